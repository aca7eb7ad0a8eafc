#!/usr/bin/env bash
# hirewire-train-ner --extra-ko FILE (teacher-labelled Korean sentences for uptraining, docs/ner.md):
# the sentences of a KLUE-NER file join the Korean training set (the model differs from one trained
# without them, one epoch, one bag, tune fold 1), and a file with no KLUE-NER sentence stops the
# trainer with an error naming it instead of training as if the option were absent. Skipped (77)
# without ../shared or the trainer.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
tool=$(dirname "$bin")/../extract/hirewire-train-ner
shared=${HIREWIRE_SHARED_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/../shared}
klue=$shared/ner/klue-ner/klue-ner-v1.1-dev-train-split.tsv
if [[ ! -x $tool || ! -f $klue ]]; then
  echo "SKIP: $tool or $klue not found"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
train() {  # train OUT [ARGS...]
  local out=$1
  shift
  "$tool" --shared "$shared" --out "$out" --langs ko --tune-fold 1 --epochs-ko 1 --bags 1 --no-eval "$@" \
    2> "$out.log"
}
# The first three sentences of the KLUE file as the "teacher-labelled" ones (none of them held out:
# the held-out sentences are those of index i % 5 == 4).
awk '/^## /{n++} n>=1 && n<=3' "$klue" > "$tmp/extra.tsv"
printf 'not a KLUE file\nno tags here\n' > "$tmp/bad.tsv"
fail=0
train "$tmp/base.bin" || { echo "FAIL: training without --extra-ko: $(tail -2 "$tmp/base.bin.log")"; exit 1; }
if ! train "$tmp/extra.bin" --extra-ko "$tmp/extra.tsv"; then
  echo "FAIL: training with --extra-ko: $(tail -2 "$tmp/extra.bin.log")"
  exit 1
fi
grep -q "extra ko: 3 sentences" "$tmp/extra.bin.log" || { echo "FAIL: the 3 extra sentences not read"; fail=1; }
cmp -s "$tmp/base.bin" "$tmp/extra.bin" && { echo "FAIL: --extra-ko left the model unchanged"; fail=1; }
if train "$tmp/bad.bin" --extra-ko "$tmp/bad.tsv"; then
  echo "FAIL: a file with no KLUE-NER sentence trained a model"
  fail=1
elif ! grep -q -- "--extra-ko $tmp/bad.tsv: no sentence" "$tmp/bad.bin.log"; then
  echo "FAIL: the error does not name the file: $(tail -1 "$tmp/bad.bin.log")"
  fail=1
fi
[[ -e $tmp/bad.bin ]] && { echo "FAIL: a model file was written for the bad input"; fail=1; }
[[ $fail == 0 ]] && echo "ok: --extra-ko trains its sentences and refuses a file without any"
exit $fail
