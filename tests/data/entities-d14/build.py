#!/usr/bin/env python3
"""Build pages.jsonl and gold.jsonl from the hand-written sources in src/*.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"person": "person", "org": "organization"}

def parse(path):
    pages, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            pid, lang = [x.strip() for x in line[4:].split("|")]
            cur = {"id": pid, "lang": lang, "title": None, "paras": [], "entities": []}
            pages.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:]
        elif line.startswith("P: "):
            cur["paras"].append(line[3:])
        elif line.startswith("E: "):
            parts = [x.strip() for x in line[3:].split(" | ")]
            cur["entities"].append({"type": TYPES[parts[0]], "surfaces": parts[1:]})
        elif line.strip():
            raise ValueError("bad line in %s: %r" % (path, line))
    return pages

def main():
    pages = []
    for lang in ["ko", "ja", "zh", "en", "de"]:
        pages += parse(os.path.join(HERE, "src", lang + ".txt"))
    with open(os.path.join(HERE, "pages.jsonl"), "w", encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps({"id": p["id"], "lang": p["lang"], "title": p["title"],
                                "body": "\n\n".join(p["paras"])}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps({"id": p["id"], "lang": p["lang"], "entities": p["entities"]},
                               ensure_ascii=False) + "\n")
    print(len(pages), "pages written")

if __name__ == "__main__":
    main()
