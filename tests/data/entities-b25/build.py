"""Convert the hand-written marked-up sources in src/*.txt into pages.jsonl and gold.jsonl.
Markup: {P3|surface} = person #3 of the page, {O2|surface} = organization #2 of the page.
This script only strips the author's own markup; it does no entity recognition."""
import json, re, sys
from pathlib import Path
HERE = Path(__file__).parent
MARK = re.compile(r"\{([PO])(\d+)\|([^{}|]+)\}")
pages, golds = [], []
for lang in ["ko", "ja", "zh", "en", "de"]:
    raw = (HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8")
    for chunk in raw.split("=== ")[1:]:
        lines = chunk.strip("\n").split("\n")
        pid = lines[0].strip()
        rest = "\n".join(lines[1:]).strip("\n")
        blocks = [b.strip() for b in re.split(r"\n\s*\n", rest) if b.strip()]
        title_m, paras_m = blocks[0], blocks[1:]
        ents = {}
        def strip(t):
            def rep(m):
                key = m.group(1) + m.group(2)
                e = ents.setdefault(key, {"type": "person" if m.group(1) == "P" else "organization", "surfaces": []})
                if m.group(3) not in e["surfaces"]:
                    e["surfaces"].append(m.group(3))
                return m.group(3)
            out = MARK.sub(rep, t)
            if "{" in out or "}" in out or "|" in out:
                sys.exit(f"leftover markup in {pid}: {out[:80]}")
            return out
        title = strip(title_m)
        body = "\n\n".join(strip(p) for p in paras_m)
        order = sorted(ents, key=lambda k: (k[0] == "O", int(k[1:])))
        pages.append({"id": pid, "lang": lang, "title": title, "body": body})
        golds.append({"id": pid, "lang": lang, "entities": [ents[k] for k in order]})
        # report surfaces shared by two referents on one page (allowed, but worth a look)
        seen = {}
        for k in order:
            for s in ents[k]["surfaces"]:
                if s in seen:
                    print(f"note {pid}: surface {s!r} used for {seen[s]} and {k}")
                seen[s] = k
with open(HERE / "pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
    for g in golds:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages written")
