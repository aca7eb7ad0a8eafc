#!/usr/bin/env bash
# Writes what a hirewire binary outputs for every test page into OUTDIR, so that two builds can be
# compared byte for byte (`diff -r OLD NEW`) after a change meant to alter speed, not behaviour:
# - `entities --json` on every entities page (the fundus-dev gold pages and each
#   tests/data/entities-*/pages.jsonl, title + body one paragraph per line), without and with --lang
#   (the page's language; for fundus pages the one in tests/data/entities-fundus/gold.jsonl),
#   and on every tests/data/entities/*.txt;
# - `extract --text` (entities, money and events per article) and `events --json` on every
#   tests/data/events* batch folder.
# Usage: scripts/output_snapshot.sh BINARY OUTDIR [REPO]   (REPO defaults to this checkout)
# Then: diff -r OLD_OUTDIR NEW_OUTDIR (nothing printed: the same output). About 600 runs of the
# binary, 3 minutes on a loaded 2-core machine.
set -euo pipefail
bin=$(realpath "${1:?usage: $0 BINARY OUTDIR [REPO]}")
out=${2:?usage: $0 BINARY OUTDIR [REPO]}
repo=$(realpath "${3:-$(dirname "$0")/..}")
shared=${HIREWIRE_SHARED_DIR:-/work/shared}
mkdir -p "$out"
out=$(realpath "$out")
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT

# Pages as text files: PAGES/BATCH/N.txt, with the language in N.lang.
python3 - "$pages" "$shared/corpus/fundus-dev/gold-dev.jsonl" "$repo"/tests/data/entities-*/pages.jsonl <<'PY'
import json, os, sys
root = sys.argv[1]
fundus_lang = {}
for line in open(os.path.join(os.path.dirname(sys.argv[3]), "..", "entities-fundus", "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    fundus_lang[g["id"]] = g.get("lang") or ""
for path in sys.argv[2:]:
    batch = "fundus" if "fundus-dev" in path else os.path.basename(os.path.dirname(path))
    os.makedirs(os.path.join(root, batch), exist_ok=True)
    for n, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        body = d.get("body") or []
        if isinstance(body, str):
            body = [p for p in body.split("\n\n") if p.strip()]
        text = "\n".join([d.get("title") or ""] + body)
        stem = os.path.join(root, batch, "%04d" % n)
        open(stem + ".txt", "w", encoding="utf-8").write(text + "\n")
        open(stem + ".lang", "w").write(d.get("lang") or fundus_lang.get(d.get("id"), ""))
PY
cp -r "$repo/tests/data/entities" "$pages/entities"

for dir in "$pages"/*/; do
  batch=$(basename "$dir")
  mkdir -p "$out/entities/$batch"
  for txt in "$dir"*.txt; do
    stem=$(basename "$txt" .txt)
    "$bin" entities --json "$txt" > "$out/entities/$batch/$stem.json" 2>&1 || echo "exit $?" >> "$out/entities/$batch/$stem.json"
    lang_file="${txt%.txt}.lang"
    if [[ -s $lang_file ]]; then
      "$bin" entities --json --lang "$(cat "$lang_file")" "$txt" > "$out/entities/$batch/$stem.lang.json" 2>&1 \
        || echo "exit $?" >> "$out/entities/$batch/$stem.lang.json"
    fi
  done
done

untimed() { sed -E 's/ in [0-9.]+ s \([0-9.]+ [kMG]?B\/s\)//'; }
mkdir -p "$out/extract" "$out/events"
for dir in "$repo"/tests/data/events*/; do
  batch=$(basename "$dir")
  shopt -s nullglob
  txts=("$dir"*.txt)
  shopt -u nullglob
  [[ ${#txts[@]} -gt 0 ]] || continue
  # (stderr apart, without the run's time and speed, which differ from run to run)
  "$bin" extract --text --quiet -j 1 "${txts[@]}" > "$out/extract/$batch.jsonl" 2> "$pages/err" \
    || echo "exit $?" >> "$out/extract/$batch.jsonl"
  untimed < "$pages/err" > "$out/extract/$batch.err"
  "$bin" events --json --text --quiet "${txts[@]}" > "$out/events/$batch.jsonl" 2> "$pages/err" \
    || echo "exit $?" >> "$out/events/$batch.jsonl"
  untimed < "$pages/err" > "$out/events/$batch.err"
done
echo "snapshot of $bin in $out: $(find "$out" -type f | wc -l) files"
