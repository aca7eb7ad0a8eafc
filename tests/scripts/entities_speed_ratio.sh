#!/usr/bin/env bash
# Entity recognizer speed as a ratio to ICU word segmentation measured in the same run
# (bench/entities_bench.cc BM_RecognizerVsIcu: article by article over the fundus-dev gold body
# text, thread CPU time), so that the figure holds on a loaded or slower machine: counter
# `recognizer_speed_over_icu`. Up to three runs; passes when one reaches the floor.
# Ninth session, shared 2-core machine at load ~12: 0.083-0.086 (the code before that session's
# speed work: about 0.06, docs/entities.md "Speed"). Tenth session, load 14-20: 0.088-0.095 (the
# code before it: 0.078-0.081 in the same runs); the floor 0.08 sits ~10% under. Skipped (77)
# when the benchmarks are not built. Thirty-sixth session: idle 0.085-0.087; 0.078-0.079 when it ran
# beside another test under ctest -j2, so tests/CMakeLists.txt now runs it serially (RUN_SERIAL).
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
bench=${ENTITIES_BENCH:-$(dirname "$bin")/../bench/entities_bench}
floor=${ENTITIES_SPEED_FLOOR:-0.08}
if [[ ! -x $bench ]]; then
  echo "entities_bench not built ($bench): skipped"
  exit 77
fi
best=0
for run in 1 2 3; do
  out=$("$bench" --benchmark_filter='^BM_RecognizerVsIcu/' --benchmark_format=json 2>/dev/null)
  if ! ratio=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["benchmarks"][0]["recognizer_speed_over_icu"])' <<<"$out"); then
    echo "FAIL: no recognizer_speed_over_icu from $bench (BM_RecognizerVsIcu missing or failed)" >&2
    exit 1
  fi
  echo "run $run: recognizer_speed_over_icu=$ratio (floor $floor)"
  best=$(python3 -c "print(max($best, $ratio))")
  if python3 -c "import sys; sys.exit(0 if $ratio >= $floor else 1)"; then
    echo "ok: $ratio >= $floor"
    exit 0
  fi
done
echo "FAIL: entity recognizer at $best of ICU word segmentation's speed, under the floor $floor" >&2
exit 1
