"""Build pages.jsonl and gold.jsonl from annotated source files in src/.
Source format: blocks starting with '=== <id>' ; next line 'title: ...'; then paragraphs separated by blank lines.
Entity mentions are marked inline as [[surface|pN]] (person) or [[surface|oN]] (organization);
N is a page-local referent number, so every mention with the same tag is the same referent."""
import json, re, glob, os
MARK = re.compile(r"\[\[([^\[\]|]+)\|([po]\d+)\]\]")
LANGS = ["ko", "ja", "zh", "en", "de"]
pages, gold = [], []
for lang in LANGS:
    txt = open(f"src/{lang}.txt", encoding="utf-8").read()
    for block in txt.split("=== ")[1:]:
        lines = block.strip("\n").split("\n")
        pid = lines[0].strip()
        assert lines[1].startswith("title: "), pid
        raw_title = lines[1][7:].strip()
        paras = [p.strip().replace("\n", " ") for p in "\n".join(lines[2:]).strip().split("\n\n") if p.strip()]
        ents = {}
        order = []
        for m in MARK.finditer(raw_title + "\n\n" + "\n\n".join(paras)):
            s, tag = m.group(1), m.group(2)
            if tag not in ents:
                ents[tag] = []; order.append(tag)
            if s not in ents[tag]:
                ents[tag].append(s)
        strip = lambda t: MARK.sub(lambda m: m.group(1), t)
        title = strip(raw_title); body = "\n\n".join(strip(p) for p in paras)
        assert "[[" not in title + body and "]]" not in title + body, pid
        pages.append({"id": f"own/{pid}", "lang": lang, "title": title, "body": body})
        gold.append({"id": f"own/{pid}", "lang": lang, "entities": [
            {"type": "person" if t[0] == "p" else "organization", "surfaces": ents[t]} for t in order]})
with open("pages.jsonl", "w", encoding="utf-8") as f:
    for p in pages: f.write(json.dumps(p, ensure_ascii=False) + "\n")
with open("gold.jsonl", "w", encoding="utf-8") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(pages), "pages")
