"""Build pages.jsonl and gold.jsonl from the hand-written sources in src/*.txt."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
ORDER = ["ko", "ja", "zh", "en", "de"]
TYPES = {"P": "person", "O": "organization"}

def parse(path):
    pages = []
    for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
        head, rest = block.split("\n", 1)
        pid = head.strip()
        sections = {}
        cur = None
        for line in rest.split("\n"):
            if line.startswith("# ") and line[2:].strip() in ("title", "body", "ents"):
                cur = line[2:].strip(); sections[cur] = []
            elif cur:
                sections[cur].append(line)
        title = "\n".join(sections["title"]).strip()
        paras = [p.strip() for p in "\n".join(sections["body"]).strip().split("\n\n") if p.strip()]
        ents = []
        for line in sections["ents"]:
            line = line.strip()
            if not line:
                continue
            t, surf = line.split(" ", 1)
            ents.append({"type": TYPES[t], "surfaces": [s.strip() for s in surf.split(" | ")]})
        pages.append({"id": "own/" + pid, "lang": pid.split("-")[0], "title": title,
                      "body": "\n\n".join(paras), "entities": ents})
    return pages

allp = []
for lang in ORDER:
    allp += parse(HERE / "src" / f"{lang}.txt")
with open(HERE / "pages.jsonl", "w", encoding="utf-8") as f:
    for p in allp:
        f.write(json.dumps({k: p[k] for k in ("id", "lang", "title", "body")}, ensure_ascii=False) + "\n")
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
    for p in allp:
        f.write(json.dumps({k: p[k] for k in ("id", "lang", "entities")}, ensure_ascii=False) + "\n")
print(len(allp), "pages")
