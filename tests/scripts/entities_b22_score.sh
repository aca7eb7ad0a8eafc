#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b22: 36 news pages written for it at the start of the twenty-first session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 150 persons, 249 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (docs/blind_briefs/entities-b14.md, batch name
# changed); hidden from every helper of the session. First run on the start code (d96f585): typed F1 0.895
# (P 0.912 R 0.880; persons 0.957, organizations 0.857; de 0.810, en 0.931, ja 0.915, ko 0.921,
# zh 0.902); the same on the session's final code. Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b22 0.88 0.95 0.85 0.90
