#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b30: 36 news pages written for it at the start of the twenty-fifth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 153 persons, 235 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (batch name changed); hidden from every helper of
# the session. First run on the start code (9ad7b3b): typed F1 0.919 (P 0.934 R 0.905; persons 0.952,
# organizations 0.896; de 0.894, en 0.917, ja 0.905, ko 0.945, zh 0.937); the session's final code (bc07539) gives
# typed 0.923 (P 0.936; organizations 0.903). Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b30 0.92 0.94 0.89 0.93
