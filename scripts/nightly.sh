#!/usr/bin/env bash
# Thin wrapper kept for old cron lines: the nightly job is `hirewire nightly --config FILE`
# (crawl, extract, events, store, report; docs/nightly.md). The config needs a [nightly] section
# with data_dir (docs/nightly.example.toml).
# Usage: nightly.sh CONFIG.toml [hirewire nightly flags...]
set -euo pipefail
CONFIG=${1:?usage: nightly.sh CONFIG.toml [flags]  (the config needs a [nightly] section: docs/nightly.md)}
shift
exec "${HIREWIRE:-hirewire}" nightly --config "$CONFIG" "$@"
