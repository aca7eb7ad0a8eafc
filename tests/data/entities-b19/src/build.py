"""Build pages.jsonl and gold.jsonl from the hand-written src/*.txt files."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
pages, gold = [], []
for lang in ["ko", "ja", "zh", "en", "de"]:
    cur = None
    for line in open(os.path.join(HERE, lang + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = {"id": "own/" + line[4:].strip(), "lang": lang, "title": None, "paras": [], "ents": []}
            pages.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:].strip()
        elif line.startswith("P: "):
            cur["paras"].append(line[3:].strip())
        elif line.startswith("E: "):
            parts = [p.strip() for p in line[3:].split(" | ")]
            cur["ents"].append({"type": parts[0], "surfaces": parts[1:]})
        elif line.strip():
            raise SystemExit("bad line: " + line)
with open(os.path.join(OUT, "pages.jsonl"), "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps({"id": p["id"], "lang": p["lang"], "title": p["title"],
                            "body": "\n\n".join(p["paras"])}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps({"id": p["id"], "lang": p["lang"], "entities": p["ents"]}, ensure_ascii=False) + "\n")
print(len(pages), "pages")
