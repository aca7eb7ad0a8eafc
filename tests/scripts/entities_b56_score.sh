#!/usr/bin/env bash
# Scores the full entity recognizer (scripts/score_entities.py) on the blind entities batch
# tests/data/entities-b56: 36 news pages written for it at the start of the thirty-eighth session (8 Korean, 7
# Japanese, 7 Chinese, 7 English, 7 German; 147 persons, 285 organizations) by a helper that ran no NER tool and
# saw no code, from the brief of entities-b14 (batch name changed); sealed until the session's merged code
# (merge38) was scored on it once. First run on that code: typed F1 0.941 (P 0.959 R 0.924; persons 0.976,
# organizations 0.923; de 0.936, en 0.950, ja 0.930, ko 0.946, zh 0.942). The start code (ffffaa36): 0.942.
# Floors just under.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
. "$(dirname "$0")/lib/entities_batch.sh"
score_entities_batch "$bin" entities-b56 0.94 0.97 0.92 0.95
