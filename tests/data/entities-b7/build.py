"""Build pages.jsonl and gold.jsonl from the marked-up sources in src/*.txt.
Markup: {surface|t:key} where t is p (person) or o (organization); key is page-local."""
import json, re, glob
MARK = re.compile(r"\{([^{}|]+)\|([po]):([^{}|]+)\}")
import os
ORDER = [l for l in ["ko", "ja", "zh", "en", "de"] if os.path.exists(f"src/{l}.txt")]
pages, gold = [], []
for lang in ORDER:
    raw = open(f"src/{lang}.txt", encoding="utf-8").read()
    for block in re.split(r"^=== ", raw, flags=re.M)[1:]:
        head, _, rest = block.partition("\n")
        pid, _, title = head.partition(" | ")
        ents = {}
        def strip(text):
            def rep(m):
                surf, t, key = m.group(1), m.group(2), m.group(3)
                e = ents.setdefault((t, key), {"type": "person" if t == "p" else "organization", "surfaces": []})
                assert e["type"] == ("person" if t == "p" else "organization"), (pid, key)
                if surf not in e["surfaces"]:
                    e["surfaces"].append(surf)
                return surf
            out = MARK.sub(rep, text)
            assert "{" not in out and "}" not in out and "|" not in out, (pid, out[:200])
            return out
        t = strip(title.strip())
        paras = [strip(p.strip()) for p in re.split(r"\n\s*\n", rest.strip()) if p.strip()]
        pages.append({"id": pid.strip(), "lang": lang, "title": t, "body": "\n\n".join(paras)})
        gold.append({"id": pid.strip(), "lang": lang, "entities": list(ents.values())})
with open("pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages")
