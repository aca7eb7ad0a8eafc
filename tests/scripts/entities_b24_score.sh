#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b24: 36 news pages written for it at the start of the twenty-second session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 168 persons, 288 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (batch name changed); hidden from every helper of
# the session. First run on the start code (5881642): typed F1 0.934 (P 0.940 R 0.928; persons 0.967,
# organizations 0.914; de 0.955, en 0.918, ja 0.921, ko 0.957, zh 0.908); the session's final code gives the
# same. Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b24 0.92 0.95 0.90 0.93
