#!/usr/bin/env bash
# Scores `hirewire money` on the blind money batch tests/data/money-b1/money.jsonl (exact
# value+currency per mention, scripts/score_money.py) and asserts the floors reached in issue 12.
# First run (before learning from the batch): recall 0.819, precision 0.887.
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$(python3 "$here/scripts/score_money.py" "$bin" "$here/tests/data/money-b1/money.jsonl") || { echo "FAIL: scorer exit $?"; exit 1; }
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
floors = {"all": (0.883, 0.955), "en": (0.98, 1.0), "ko": (0.90, 0.97), "ja": (0.97, 0.95), "zh": (0.88, 1.0),
          "de": (0.88, 1.0), "fr": (0.80, 0.94), "es": (0.70, 0.77)}
bad = []
for k, (r, p) in floors.items():
    got = d[k]
    print(f"{k:4s} gold={got['gold']:3d} recall={got['recall']:.3f} precision={got['precision']:.3f}")
    if got["recall"] + 1e-9 < r or got["precision"] + 1e-9 < p:
        bad.append(f"{k}: recall {got['recall']} < {r} or precision {got['precision']} < {p}")
if bad:
    print("FAIL: " + "; ".join(bad))
    sys.exit(1)
print("money_b1_score: floors met")
PY
