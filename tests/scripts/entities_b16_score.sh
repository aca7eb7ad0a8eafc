#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b16: 36 news pages written for it at the start of the eighteenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 162 persons, 314 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (docs/blind_briefs/entities-b14.md, batch name
# changed); hidden from every helper until the final score. First run on the code before that session
# (6f580f1): typed F1 0.915 (P 0.934 R 0.897; persons 0.961, organizations 0.890; de 0.941, en 0.857,
# ja 0.909, ko 0.958, zh 0.907). First run on the session's final code (b0f80cd): typed 0.914 (P 0.932
# R 0.897; persons 0.961, organizations 0.889; de 0.937). Floors just under the final run.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b16 0.90 0.95 0.88 0.92
