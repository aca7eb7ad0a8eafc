#!/usr/bin/env bash
# Crawl throughput on loopback (bench/crawl_bench.cc): pages/s, CPU per page, RSS; with the bare
# transport as the baseline measured in the same run. Pass "100000" to add the memory check.
# Usage: scripts/bench_crawl.sh [BUILD_DIR] [100000]
set -euo pipefail
BUILD=${1:-build}
cmake -S "$(dirname "$0")/.." -B "$BUILD" -G Ninja -DHIREWIRE_BENCH=ON >/dev/null
ninja -C "$BUILD" -j2 crawl_bench
FILTER="BM_Crawl/10000/"
if [ "${2:-}" = 100000 ]; then FILTER="$FILTER|BM_Crawl/100000/"; fi
"$BUILD/bench/crawl_bench" --benchmark_filter="$FILTER"
