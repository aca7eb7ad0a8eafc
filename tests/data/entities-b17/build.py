"""Build pages.jsonl and gold.jsonl from the hand-annotated sources in src/.
Markup in src/*.txt: {surface|p1} = person key p1, {surface|o2} = organization key o2 (keys are page-local).
Pages start with '=== id', then '# title', then paragraphs separated by blank lines."""
import json, re, os
D = os.path.dirname(os.path.abspath(__file__))
M = re.compile(r"\{([^{}|]+)\|([po]\d+)\}")
pages, gold = [], []
for lang in ["ko", "ja", "zh", "en", "de"]:
    raw = open(os.path.join(D, "src", lang + ".txt"), encoding="utf-8").read()
    for chunk in raw.split("=== ")[1:]:
        lines = chunk.strip("\n").split("\n")
        pid = lines[0].strip()
        assert lines[1].startswith("# "), pid
        title_m = lines[1][2:].strip()
        paras = [p.strip() for p in "\n".join(lines[2:]).strip().split("\n\n") if p.strip()]
        ents = {}
        def collect(text):
            for m in M.finditer(text):
                surf, key = m.group(1), m.group(2)
                e = ents.setdefault(key, {"type": "person" if key[0] == "p" else "organization", "surfaces": []})
                if surf not in e["surfaces"]:
                    e["surfaces"].append(surf)
        for t in [title_m] + paras:
            collect(t)
        strip = lambda t: M.sub(lambda m: m.group(1), t)
        title = strip(title_m); body = "\n\n".join(strip(p) for p in paras)
        assert "{" not in title + body and "}" not in title + body, pid
        pages.append({"id": "own/" + pid, "lang": lang, "title": title, "body": body})
        gold.append({"id": "own/" + pid, "lang": lang, "entities": list(ents.values())})
with open(os.path.join(D, "pages.jsonl"), "w", encoding="utf-8") as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open(os.path.join(D, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages")
