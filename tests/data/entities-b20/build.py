"""Build pages.jsonl and gold.jsonl from the hand-written sources in src/*.txt.

Source format: '=== <id> <lang>' starts a page, 'T: ' title, 'P: ' one paragraph,
'E: per|org | surface | surface ...' one entity (one referent).
"""
import json, pathlib

HERE = pathlib.Path(__file__).parent
TYPES = {"per": "person", "org": "organization"}
ORDER = ["ko", "ja", "zh", "en", "de"]

pages = []
for lang in ORDER:
    cur = None
    for line in (HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("=== "):
            pid, plang = line[4:].split()
            cur = {"id": pid, "lang": plang, "title": None, "paras": [], "entities": []}
            pages.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:]
        elif line.startswith("P: "):
            cur["paras"].append(line[3:])
        elif line.startswith("E: "):
            parts = [p.strip() for p in line[3:].split(" | ")]
            cur["entities"].append({"type": TYPES[parts[0]], "surfaces": parts[1:]})
        else:
            raise SystemExit(f"bad line: {line!r}")

with open(HERE / "pages.jsonl", "w", encoding="utf-8") as fp, \
     open(HERE / "gold.jsonl", "w", encoding="utf-8") as fg:
    for p in pages:
        fp.write(json.dumps({"id": p["id"], "lang": p["lang"], "title": p["title"],
                             "body": "\n\n".join(p["paras"])}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": p["id"], "lang": p["lang"], "entities": p["entities"]},
                            ensure_ascii=False) + "\n")
print(f"wrote {len(pages)} pages")
