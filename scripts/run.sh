#!/usr/bin/env bash
# The main job on the bundled corpus: installs dependencies, builds the hirewire binary only
# (tests, benchmarks and fuzzers build in scripts/test.sh), extracts every page of
# corpus/samples/ into out/samples.jsonl and the SQLite store out/hirewire.db, and prints the
# hiring events found (merged across articles).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target hirewire
mkdir -p out
rm -f out/hirewire.db out/hirewire.db-wal out/hirewire.db-shm  # a fresh store for the demo
./build/app/hirewire extract corpus/samples -o out/samples.jsonl --db out/hirewire.db
echo "articles: $(wc -l < out/samples.jsonl) -> out/samples.jsonl (store: out/hirewire.db)"
echo "hiring events, merged across articles:"
./build/app/hirewire events out/samples.jsonl
