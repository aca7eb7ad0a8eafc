#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b43: 36 news pages written for it at the start of the thirty-first session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 173 persons, 299 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (batch name changed); hidden from the session's
# developers until scored. First run on the start code (bce55d36): typed F1 0.947 (P 0.959 R 0.936; persons
# 0.968, organizations 0.935; de 0.955, en 0.963, ja 0.946, ko 0.944, zh 0.927); the session's final code,
# after learning from it (entlearn31, entbound31): typed 0.958 (P 0.972; persons 0.980, organizations 0.945).
# Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b43 0.95 0.97 0.94 0.97
