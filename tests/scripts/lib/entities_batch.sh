# Sourced by tests/scripts/entities_b*_score.sh: scores the full entity recognizer
# (scripts/score_entities.py) on one blind entities batch in tests/data/BATCH (gold.jsonl, and
# pages.jsonl with the written articles; the fundus-dev pages come from ../shared) and checks its
# floors. Usage: score_entities_batch BIN BATCH TYPED_F1 PERSON_F1 ORG_F1 TYPED_PRECISION.
# Exits 77 (skipped) without ../shared when the batch annotates fundus-dev pages.
score_entities_batch() {
  local bin=$1 batch=$2 typed=$3 person=$4 org=$5 precision=$6
  local here fundus tmp out
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
  fundus="${HIREWIRE_SHARED_DIR:-$here/../shared}/corpus/fundus-dev/gold-dev.jsonl"
  if [ ! -f "$fundus" ]; then
    # A batch of written pages only needs no fundus-dev text.
    if grep -q '"id": *"[a-z][a-z]/' "$here/tests/data/$batch/gold.jsonl"; then
      echo "SKIP: $fundus not found"; exit 77
    fi
    fundus=
  fi
  tmp=$(mktemp -d)
  trap "rm -rf '$tmp'" EXIT
  if [ -z "$fundus" ]; then
    fundus=$tmp/no-fundus.jsonl
    : > "$fundus"
  fi
  python3 - "$fundus" "$here/tests/data/$batch/pages.jsonl" > "$tmp/pages.jsonl" <<'PY'
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    sys.stdout.write(l)
for l in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(l)
    if isinstance(d["body"], str):
        d["body"] = [p for p in d["body"].split("\n\n") if p.strip()]
    print(json.dumps(d, ensure_ascii=False))
PY
  out=$(python3 "$here/scripts/score_entities.py" "$bin" "$here/tests/data/$batch/gold.jsonl" "$tmp/pages.jsonl") ||
    { echo "FAIL: scorer exit $?"; exit 1; }
  python3 - "$out" "$batch" "$typed" "$person" "$org" "$precision" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
batch = sys.argv[2]
floors = {"typed": float(sys.argv[3]), "person": float(sys.argv[4]), "organization": float(sys.argv[5])}
bad = []
for k, v in floors.items():
    print(f"{k:12s} P={d[k]['precision']:.3f} R={d[k]['recall']:.3f} F1={d[k]['f1']:.3f}")
    if d[k]["f1"] + 1e-9 < v:
        bad.append(f"{k}: f1 {d[k]['f1']} < {v}")
if d["typed"]["precision"] + 1e-9 < float(sys.argv[6]):
    bad.append(f"typed precision {d['typed']['precision']} < {sys.argv[6]}")
if bad:
    print("FAIL: " + "; ".join(bad))
    sys.exit(1)
print(f"{batch}: floors met")
PY
}
