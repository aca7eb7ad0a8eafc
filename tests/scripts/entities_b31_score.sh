#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b31: 36 news pages written for it at the start of the twenty-fifth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 164 persons, 276 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (batch name changed); hidden from every helper of
# the session. First run on the start code (9ad7b3b): typed F1 0.926 (P 0.937 R 0.916; persons 0.958,
# organizations 0.907; de 0.911, en 0.907, ja 0.934, ko 0.974, zh 0.901); the session's final code (bc07539) gives
# typed 0.928 (P 0.937; organizations 0.907). Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b31 0.92 0.95 0.90 0.93
