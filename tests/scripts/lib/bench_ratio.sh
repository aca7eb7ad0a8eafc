# Sourced by the tests/scripts/*_speed_ratio.sh checks: runs one Google Benchmark that reports a speed
# ratio against a baseline timed in the same run (so the figure holds on a loaded or slower machine)
# up to three times and passes when one run reaches the floor.
# Usage: bench_ratio_floor BENCH FILTER COUNTER FLOOR WHAT
# (WHAT names the measured code in the failure line). Exits 77 (skipped) when BENCH is not built.
bench_ratio_floor() {
  local bench=$1 filter=$2 counter=$3 floor=$4 what=$5
  local best=0 run out ratio
  if [[ ! -x $bench ]]; then
    echo "$(basename "$bench") not built ($bench): skipped"
    exit 77
  fi
  for run in 1 2 3; do
    out=$("$bench" --benchmark_filter="$filter" --benchmark_format=json 2>/dev/null)
    if ! ratio=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["benchmarks"][0][sys.argv[1]])' \
      "$counter" <<<"$out"); then
      echo "FAIL: no $counter from $bench ($filter missing or failed)" >&2
      exit 1
    fi
    echo "run $run: $counter=$ratio (floor $floor)"
    best=$(python3 -c "print(max($best, $ratio))")
    if python3 -c "import sys; sys.exit(0 if $ratio >= $floor else 1)"; then
      echo "ok: $ratio >= $floor"
      exit 0
    fi
  done
  echo "FAIL: $what at $best, under the floor $floor" >&2
  exit 1
}
