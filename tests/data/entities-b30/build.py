"""Assemble pages.jsonl and gold.jsonl from the hand-written sources in src/*.txt."""
import json, os
LANGS = ["ko", "ja", "zh", "en", "de"]
HERE = os.path.dirname(os.path.abspath(__file__))

def parse(path):
    pages, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "title": None, "paras": [], "ents": []}
            pages.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:]
        elif line.startswith("P: "):
            cur["paras"].append(line[3:])
        elif line.startswith("E: "):
            parts = [x.strip() for x in line[3:].split(" | ")]
            cur["ents"].append({"type": {"p": "person", "o": "organization"}[parts[0]], "surfaces": parts[1:]})
    return pages

pages_out, gold_out = [], []
for lang in LANGS:
    for p in parse(os.path.join(HERE, "src", lang + ".txt")):
        pid = "own/" + p["id"]
        pages_out.append({"id": pid, "lang": lang, "title": p["title"], "body": "\n\n".join(p["paras"])})
        gold_out.append({"id": pid, "lang": lang, "entities": p["ents"]})
with open(os.path.join(HERE, "pages.jsonl"), "w", encoding="utf-8") as f:
    for r in pages_out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in gold_out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(pages_out), "pages written")
