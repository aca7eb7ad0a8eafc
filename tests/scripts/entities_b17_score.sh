#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b17: 36 news pages written for it at the start of the nineteenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 163 persons, 276 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (docs/blind_briefs/entities-b14.md, batch name
# changed); hidden from every helper until the final score. First run on the code before that session
# (bec3890): typed F1 0.916 (P 0.938 R 0.895; persons 0.944, organizations 0.899; de 0.862, en 0.899,
# ja 0.928, ko 0.971, zh 0.913). First run on the session's final code (694e02a): typed 0.916, the same figures. Floors just under the final run.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b17 0.90 0.93 0.88 0.92
