#!/usr/bin/env bash
# The one test command (README, .ci/run): installs dependencies, builds, runs every test.
# Starts the services tests need (local HTTP servers are started by the tests themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
