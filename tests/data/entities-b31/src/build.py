import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ko, ja, zh, en, de
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
with open(os.path.join(out, "pages.jsonl"), "w", encoding="utf-8") as fp, \
     open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as fg:
    for lang, mod in [("ko", ko), ("ja", ja), ("zh", zh), ("en", en), ("de", de)]:
        for pg in mod.PAGES:
            paras = [x.strip() for x in pg["body"].strip().split("\n\n") if x.strip()]
            pid = "own/" + pg["id"]
            fp.write(json.dumps({"id": pid, "lang": lang, "title": pg["title"],
                                 "body": "\n\n".join(paras)}, ensure_ascii=False) + "\n")
            ents = [{"type": t, "surfaces": s} for t, s in pg["ents"]]
            fg.write(json.dumps({"id": pid, "lang": lang, "entities": ents}, ensure_ascii=False) + "\n")
            rows.append((pid, lang, sum(t == "person" for t, _ in pg["ents"]),
                         sum(t == "organization" for t, _ in pg["ents"]),
                         sum(len(s) for _, s in pg["ents"]), len(paras)))
with open(os.path.join(out, "src", "table.md"), "w", encoding="utf-8") as f:
    f.write("| id | lang | paragraphs | persons | organizations | surfaces |\n|---|---|---|---|---|---|\n")
    for r in rows:
        f.write(f"| {r[0]} | {r[1]} | {r[5]} | {r[2]} | {r[3]} | {r[4]} |\n")
    f.write("\n| lang | pages | persons | organizations | entities | surfaces |\n|---|---|---|---|---|---|\n")
    tot = [0]*5
    for lang in ["ko", "ja", "zh", "en", "de"]:
        rr = [r for r in rows if r[1] == lang]
        v = [len(rr), sum(r[2] for r in rr), sum(r[3] for r in rr), sum(r[2]+r[3] for r in rr), sum(r[4] for r in rr)]
        tot = [a+b for a, b in zip(tot, v)]
        f.write(f"| {lang} | " + " | ".join(map(str, v)) + " |\n")
    f.write("| **all** | " + " | ".join(map(str, tot)) + " |\n")
print(open(os.path.join(out, "src", "table.md")).read())
