#!/usr/bin/env bash
# Builds the "pessimistic" hirewire binary of docs/entities.md: the same code with every alias record
# (person/company/organization/publication; not `other`) that names a gold entity of the general-news
# sets removed, so their score estimates pages whose entities the dictionary does not know.
#   scripts/entities_pessimistic.sh BUILD_DIR OUT_BINARY [GOLD.jsonl ...]
# Default gold: tests/data/entities-fundus and tests/data/entities-b2. The alias files are filtered in
# place for the build and restored afterwards (also on failure); BUILD_DIR is rebuilt once more with them.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR OUT_BINARY [GOLD.jsonl ...]}
out=${2:?usage: $0 BUILD_DIR OUT_BINARY [GOLD.jsonl ...]}
shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
golds=("$@")
[ ${#golds[@]} -gt 0 ] || golds=("$here/tests/data/entities-fundus/gold.jsonl" "$here/tests/data/entities-b2/gold.jsonl")
keep=$(mktemp -d)
cp "$here/extract/data/aliases.tsv" "$here/extract/data/aliases_world.tsv" "$keep/"
restore() { cp "$keep/aliases.tsv" "$keep/aliases_world.tsv" "$here/extract/data/"; rm -rf "$keep"; }
trap restore EXIT
python3 - "$(IFS=,; echo "${golds[*]}")" "$here/extract/data/aliases.tsv" "$here/extract/data/aliases_world.tsv" <<'PY'
import json, sys
def key(s): return "".join(c for c in (s or "").lower() if c not in " .·-'’")
gold = set()
for g in sys.argv[1].split(","):
    for line in open(g, encoding="utf-8"):
        for e in json.loads(line)["entities"]:
            gold.update(key(s) for s in e["surfaces"])
for path in sys.argv[2:]:
    out, dropped = [], 0
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3 and not line.startswith("#") and f[0] != "other" and any(key(a) in gold for a in [f[1]] + f[2].split("|")):
            dropped += 1
            continue
        out.append(line)
    open(path, "w", encoding="utf-8").writelines(out)
    print(f"{path}: {dropped} records naming a gold entity left out", file=sys.stderr)
PY
cmake --build "$build" --target hirewire >/dev/null
cp "$build/app/hirewire" "$out"
restore
trap - EXIT
cmake --build "$build" --target hirewire >/dev/null
echo "pessimistic binary: $out"
