#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b13: 36 news pages written at the start of the fifteenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 166 persons, 253 organizations) by a helper that ran no
# NER tool and saw no code; hidden from every helper until the session's final score. First run on the
# code before that session (d26e969): typed F1 0.888 (P 0.910 R 0.866; persons 0.951, organizations
# 0.845; de 0.880, en 0.864, ja 0.914, ko 0.938, zh 0.840). First run on the session's final code
# (710f3d6): typed F1 0.888 (P 0.910 R 0.866; persons 0.951, organizations 0.845; de 0.875, en 0.864,
# ja 0.914, ko 0.943, zh 0.840). Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b13 0.88 0.945 0.84 0.905
