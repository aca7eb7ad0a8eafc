import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import ko, ja, zh, en, de
pages = ko.PAGES + ja.PAGES + zh.PAGES + en.PAGES + de.PAGES
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(out, "pages.jsonl"), "w", encoding="utf-8") as fp, \
     open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as fg:
    for p in pages:
        assert 4 <= len(p["paras"]) <= 8, p["id"]
        pid = "own/" + p["id"]
        fp.write(json.dumps({"id": pid, "lang": p["lang"], "title": p["title"],
                             "body": "\n\n".join(p["paras"])}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": pid, "lang": p["lang"], "entities": [
            {"type": t, "surfaces": s} for t, s in p["ents"]]}, ensure_ascii=False) + "\n")
print(len(pages), "pages")
