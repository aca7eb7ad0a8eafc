#!/usr/bin/env bash
# Retrains the keep/type table of the entity recognizer (extract/data/entity_keep.tsv) in one
# command: leave-one-set-out over the annotated sets picks the keep threshold and type margin, the
# table trained on all sets is written with the held-out figures in its header. No network.
#   scripts/train_entities.sh [BUILD_DIR] [extra hirewire-train-entities flags]
# Needs liblinear-dev (scripts/setup.sh) and ../shared (HIREWIRE_SHARED_DIR) for the fundus-dev pages.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
shift || true
shared=${HIREWIRE_SHARED_DIR:-$here/../shared}
cmake --build "$build" --target hirewire-train-entities >/dev/null
"$build/extract/hirewire-train-entities" --root "$here" --shared "$shared" --cv \
  --out "$here/extract/data/entity_keep.tsv" "$@"
echo "wrote $here/extract/data/entity_keep.tsv; rebuild to compile it in"
