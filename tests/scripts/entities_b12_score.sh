#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b12: 36 news pages written at the start of the fourteenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 149 persons, 294 organizations) by a helper that ran no
# NER tool and saw no code; hidden from every helper until the session's final score. First run on the
# code before that session (ed2edeb): typed F1 0.885 (P 0.905 R 0.865; persons 0.937, organizations
# 0.857). First run on the session's final code (711f888): typed F1 0.891 (P 0.914 R 0.869; persons
# 0.940, organizations 0.865; de 0.892, en 0.880, ja 0.896, ko 0.894, zh 0.894). Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b12 0.885 0.935 0.86 0.905
