#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the binary, the example configs, the man page, bash
# completion and the systemd units are installed; the unit runs the installed binary; the example
# config passes `hirewire nightly --check`; the man page renders without groff warnings; the
# completion loads and completes subcommands.
# Usage: install_layout.sh /path/to/build/app/hirewire
set -euo pipefail
BIN=${1:?usage: install_layout.sh HIREWIRE}
BUILD=$(cd "$(dirname "$BIN")/.." && pwd)
P=$(mktemp -d /tmp/hw_install.XXXXXX)
trap 'rm -rf "$P"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cmake --install "$BUILD" --prefix "$P" >"$P.log" 2>&1 || { cat "$P.log"; fail "cmake --install"; }
rm -f "$P.log"
for f in bin/hirewire share/doc/hirewire/nightly.example.toml share/doc/hirewire/crawl.example.toml \
         share/man/man1/hirewire.1 share/bash-completion/completions/hirewire \
         lib/systemd/system/hirewire-nightly.service lib/systemd/system/hirewire-nightly.timer; do
  [ -s "$P/$f" ] || fail "$f not installed"
done
grep -qx "ExecStart=$P/bin/hirewire nightly --config /etc/hirewire/nightly.toml --quiet" \
  "$P/lib/systemd/system/hirewire-nightly.service" || fail "service ExecStart does not run the installed binary"
grep -q "^OnCalendar=" "$P/lib/systemd/system/hirewire-nightly.timer" || fail "timer has no OnCalendar"
"$P/bin/hirewire" nightly --config "$P/share/doc/hirewire/nightly.example.toml" --check | grep -q ": ok$" ||
  fail "the example config does not pass --check"
if command -v groff >/dev/null; then
  W=$(groff -man -ww -z "$P/share/man/man1/hirewire.1" 2>&1)
  [ -z "$W" ] || fail "man page warnings: $W"
fi
OUT=$(bash -c 'source "$1"; COMP_WORDS=(hirewire nig); COMP_CWORD=1; _hirewire; echo "${COMPREPLY[*]}"' _ \
      "$P/share/bash-completion/completions/hirewire")
[ "$OUT" = nightly ] || fail "completion of 'hirewire nig' gave '$OUT'"
OUT=$(bash -c 'source "$1"; COMP_WORDS=(hirewire nightly --con); COMP_CWORD=2; _hirewire; echo "${COMPREPLY[*]}"' _ \
      "$P/share/bash-completion/completions/hirewire")
[ "$OUT" = --config ] || fail "completion of 'hirewire nightly --con' gave '$OUT'"
echo "install_layout: 1 passed, 0 failed"
