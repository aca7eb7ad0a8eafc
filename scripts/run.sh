#!/usr/bin/env bash
# The main job on the bundled corpus: installs dependencies, builds, extracts every page of
# corpus/samples/ into out/samples.jsonl and the SQLite store out/hirewire.db, and prints the
# hiring events found (merged across articles).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
mkdir -p out
rm -f out/hirewire.db
./build/app/hirewire extract corpus/samples -o out/samples.jsonl --db out/hirewire.db
echo "articles: $(wc -l < out/samples.jsonl) -> out/samples.jsonl (store: out/hirewire.db)"
echo "hiring events, merged across articles:"
./build/app/hirewire events out/samples.jsonl
