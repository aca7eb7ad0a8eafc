#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b15: 36 news pages written for it at the start of the seventeenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 155 persons, 275 organizations) by a helper that ran no NER
# tool and saw no code, from the brief of entities-b14 (docs/blind_briefs/entities-b14.md, batch name
# changed); hidden from every helper until the final score. First run on the code before that session
# (363c6dc, code of bfc58e5): typed F1 0.907 (P 0.945 R 0.872; persons 0.920, organizations 0.899; de
# 0.854, en 0.922, ja 0.957, ko 0.952, zh 0.855). First run on the session's final code (a7757fb): typed
# 0.908 (P 0.945 R 0.874; persons 0.920, organizations 0.902; en 0.928). Floors just under the final run.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b15 0.90 0.91 0.89 0.94
