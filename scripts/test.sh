#!/usr/bin/env bash
# The one test command (README, .ci/run): installs dependencies, builds with warnings as errors,
# runs every test (unit, golden dataset scores, loopback servers, fuzz replays), compiles the
# binary in Release with the default options (what a new user builds), then replays every fuzz
# target's seeds again under AddressSanitizer + UndefinedBehaviorSanitizer.
# Local HTTP test servers are started by the tests themselves. Set HIREWIRE_SKIP_SANITIZE=1 to
# skip the sanitizer stage.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh -DHIREWIRE_WERROR=ON
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"

echo "== Release build with the default options (tests off)"
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHIREWIRE_TESTS=OFF >/dev/null
cmake --build build-release -j"$(nproc)" --target hirewire

if [ "${HIREWIRE_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== fuzz replays under ASan+UBSan"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHIREWIRE_SANITIZE=ON \
    -DHIREWIRE_TESTS=OFF -DHIREWIRE_BENCH=OFF >/dev/null
  targets=()
  for f in fuzz/*_fuzz.cc; do targets+=("$(basename "$f" .cc)"); done
  cmake --build build-asan -j"$(nproc)" --target "${targets[@]}"
  passed=0
  for t in "${targets[@]}"; do
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "build-asan/fuzz/$t" "fuzz/seeds/$t"
    passed=$((passed + 1))
  done
  echo "sanitizer: ${passed} passed, 0 failed"
fi
