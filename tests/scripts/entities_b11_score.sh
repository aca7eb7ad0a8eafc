#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b11: 36 news pages written for it at the start of the thirteenth session (8 Korean,
# 7 Japanese, 7 Chinese, 7 English, 7 German; 156 persons, 243 organizations) by a helper that ran no
# NER tool and saw no code; hidden from every helper until the final score. First run on the code
# before that session (2d8233f): typed F1 0.885 (P 0.921 R 0.852; persons 0.930, organizations 0.855;
# de 0.880, en 0.884, ja 0.889, ko 0.944, zh 0.816). First run on the session's final code (d80bb84):
# typed F1 0.909 (P 0.929 R 0.890; persons 0.958, organizations 0.876; de 0.904, en 0.908, ja 0.894,
# ko 0.957, zh 0.873). Floors just under the final first run.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b11 0.90 0.95 0.865 0.92
