"""Build pages.jsonl and gold.jsonl from the hand-written sources in src/*.txt."""
import json, glob, os

ORDER = ["ko", "ja", "zh", "en", "de"]

def parse(path):
    pages, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = {"id": "own/" + line[4:].strip(), "title": None, "paras": [], "ents": []}
            cur["lang"] = line[4:].strip().split("-")[0]
            pages.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:]
        elif line.startswith("P: "):
            cur["paras"].append(line[3:])
        elif line.startswith("E: "):
            parts = [p.strip() for p in line[3:].split(" | ")]
            cur["ents"].append({"type": parts[0], "surfaces": parts[1:]})
    return pages

pages = []
for lang in ORDER:
    pages += parse(f"src/{lang}.txt")

with open("pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps({"id": p["id"], "lang": p["lang"], "title": p["title"],
                            "body": "\n\n".join(p["paras"])}, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for p in pages:
        f.write(json.dumps({"id": p["id"], "lang": p["lang"], "entities": p["ents"]},
                           ensure_ascii=False) + "\n")
print(len(pages), "pages")
