#!/usr/bin/env bash
# hirewire-train-ner refuses settings it cannot read instead of training with a default: an unknown
# language in --langs or --crf, a --crf-* value that is no number or names an unknown language. Each
# exits 2 with a message naming the option and the item, before any data is read, and writes no model.
# Skipped (77) without the trainer.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
tool=$(dirname "$bin")/../extract/hirewire-train-ner
if [[ ! -x $tool ]]; then
  echo "SKIP: $tool not found"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check EXPECTED_MESSAGE ARGS...
  local want=$1
  shift
  "$tool" --shared "$tmp/no-shared" --out "$tmp/m.bin" "$@" 2> "$tmp/err"
  local rc=$?
  if [[ $rc != 2 ]] || ! grep -qF -- "$want" "$tmp/err" || [[ -e $tmp/m.bin ]]; then
    echo "FAIL: $* -> exit $rc, model $([[ -e $tmp/m.bin ]] && echo written || echo none): $(tail -1 "$tmp/err")"
    fail=1
  fi
}
check "--langs: unknown language fr" --langs ko,fr
check "--crf: unknown language kx" --crf kx
check '--crf-c2: cannot read "abc"' --crf ko --crf-c2 abc
check '--crf-eta: cannot read "fr:0.2"' --crf ko --crf-eta ko:0.1,fr:0.2
check '--crf-epochs: cannot read "15x"' --crf ko --crf-epochs 15x
check '--crf-prune: cannot read "ko:"' --crf ko --crf-prune ko:
[[ $fail == 0 ]] && echo "ok: every unreadable setting stops the trainer with exit 2 and names itself"
exit $fail
