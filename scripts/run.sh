#!/usr/bin/env bash
# The main job on the bundled corpus: installs dependencies, builds, extracts every page of
# corpus/samples/ into out/samples.jsonl and prints the hiring events found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
mkdir -p out
./build/app/hirewire extract corpus/samples -o out/samples.jsonl
echo "articles: $(wc -l < out/samples.jsonl) -> out/samples.jsonl"
./build/app/hirewire events corpus/samples || true
