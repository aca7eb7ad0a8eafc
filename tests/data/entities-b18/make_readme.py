import json
G=[json.loads(l) for l in open('gold.jsonl',encoding='utf-8')]
rows=[]; agg={}
for g in G:
    p=sum(e['type']=='person' for e in g['entities']); o=sum(e['type']=='organization' for e in g['entities'])
    s=sum(len(e['surfaces']) for e in g['entities'])
    rows.append(f"| {g['id']} | {g['lang']} | {p} | {o} | {s} |")
    a=agg.setdefault(g['lang'],[0,0,0,0]); a[0]+=1; a[1]+=p; a[2]+=o; a[3]+=s
tot=[sum(a[i] for a in agg.values()) for i in range(4)]
counts="\n".join(f"| {l} | {a[0]} | {a[1]} | {a[2]} | {a[3]} |" for l,a in agg.items())
counts+=f"\n| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |"
open('README.md','w',encoding='utf-8').write(f"""# Gold set b18 — persons and organizations in self-written news pages

36 news-style pages written for this set (not copied from any source), annotated with person and
organization entities. Files:

- `pages.jsonl` — {{"id", "lang", "title", "body"}}; body = paragraphs joined by "\\n\\n"; ids `own/<lang>-NN`.
- `gold.jsonl` — {{"id", "lang", "entities": [{{"type": "person"|"organization", "surfaces": [...]}}]}}.
- `check.py` — verifies every surface occurs verbatim (case-sensitive) in title + "\\n\\n" + body, no entity
  lists a surface twice, page ids/langs match. Last run: **0 problems**.
- `src/*.txt`, `build.py`, `make_readme.py` — the annotated sources: every mention was marked inline as
  `[[surface|pN]]` / `[[surface|oN]]` (page-local referent id) while writing; `build.py` strips the marks
  into pages.jsonl and collects the distinct marked strings per referent into gold.jsonl.

## Counts by language and type

| lang | pages | persons | organizations | surfaces |
|---|---|---|---|---|
{counts}

## Page table

| id | lang | persons | organizations | surfaces |
|---|---|---|---|---|
""" + "\n".join(rows) + """

## Topics
ko: budget politics, coin-fraud sentencing, K League football, idol group world tour, HBM chips, Busan metro
extension, doctors' association vs. health ministry, superconductor verification.
ja: supplementary budget, embezzlement indictment, Hanshin–Giants baseball, BoJ rate decision, idol group tour,
shopping-street health room (Osaka), iPS heart-sheet trial.
zh: NDRC briefing, elderly investment fraud appeal (王某), CSL football, BYD/CATL overseas, film premiere,
Hangzhou metro line, rare-disease gene discovery.
en: UK welfare rebellion, US merger blocked by FTC (court), India SEBI F&O rules, AFL Collingwood–Carlton,
UK A&E death/coroner, Nashville council + indie band, ISRO Gaganyaan.
de: Wehrpflicht debate (DE), BVG strike Berlin (DE), ÖBB/WKStA indictment (AT), UBS capital rules (CH),
BVB–Leverkusen (DE), Munich fintech fraud trial (DE), ETH Zürich spin-off blood test (CH).

Most people and small organizations are invented (firms, start-ups, law firms, associations, clubs, the band
and idol groups); some real public figures and real institutions appear, with invented statements.

## Conventions used
- One entity = one referent per page; surfaces = every distinct string used for it on the page (full name,
  short form, acronym, family name alone, nickname, inflected form such as "Merz'", "Putins", "Süddeutschen
  Zeitung", "Österreichischen Bundesbahnen", "Eidgenössischen Finanzmarktaufsicht").
- Courtesy/academic honorifics written directly before the name are part of the surface: Mr, Ms, Mrs, Dr,
  Dr., Prof, Professor, Prof. Dr., Dame, Herr, Frau ("Ms Okafor", "Herr Arndt", "Dr. Wolfgang Prantl").
  Functional/job titles and ranks are not (Judge, Chancellor, Mayor, Group Captain, Bundeskanzler,
  원내대표, 부장판사, 首相, 監督, 董事长, 主任).
- CJK: no particles, honorifics or titles in surfaces (김민수씨 → 김민수; 김 대표 → 김; 田中氏 → 田中;
  村上被告 → 村上; 张阿姨 → 张; 崔指导 → 崔). "王某"/"李某某" (anonymised court names) are surfaces as written.
  "Gerald K." likewise.
- A bracketed short form after a name is a separate surface of the same entity:
  대한의사협회(의협) → "대한의사협회", "의협"; 루미나리(LUMINARY); 日本野球機構（NPB）.
- Parent + unit written as one phrase = one organization with the whole phrase ("서울중앙지법 형사합의25부",
  "서울중앙지검 금융·증권범죄합동수사단", "国家发改委政策研究室", "北京协和医院神经科",
  "京都大学iPS細胞研究所", "中央广播电视总台电影频道", "Rechnungshofausschuss des Nationalrats",
  "SPD-Fraktion", "삼성전자 DS부문"). If the parent is also mentioned alone elsewhere it is a separate entity.
- An organization name inside a hyphenated German/English compound with a job noun is still annotated as the
  organization ("SPD-Fraktionschef" → "SPD", "BVB-Trainer" → "BVB", "ÖBB-Chef" → "ÖBB"); bare job titles that
  merely contain an institution word are not (국회의장, DS부문장, Bundeskanzler, Illinois Attorney General).
- Articles excluded ("the BBC" → "BBC", "Die Grünen" → "Grünen", "the Gilded Owls" → "Gilded Owls") except
  newspapers whose article is used mid-sentence ("The Times", "The Hindu", "The Tennessean").
- Metonyms acting as institutions annotated ("Downing Street", "Bundesregierung", "대통령실"); capitalised
  short mentions of a specific institution annotated ("Parlament", "Senat"). Generic mentions not annotated
  (검찰, 경찰, 法院, "the regulator", "die Bank",
  "集团", "同社"); exception: 特捜部 is annotated as the short form of 東京地検特捜部 because it names that unit.
- Not annotated: places, venues (MCG, KSPO돔, 甲子園, Signal Iduna Park), products/apps (위버스, Gaganyaan,
  Vyommitra), competitions/leagues as competitions (K리그1, 中超联赛, "AFL ladder", 코리아컵), films, laws,
  journals, social-media handles. "AFL" is annotated where it acts as the governing body.
- Nicknames of clubs count as surfaces (Magpies, Pies, Blues, Borussen, 巨人/読売ジャイアンツ).

## Provenance
Written from scratch for this brief. Read only the brief (/work/blind/briefs/entities-b18.md) and this folder.
No NER tool, model, or the tool under test was run or looked at; the only check run on the articles is
`check.py` (plus a paragraph-count / same-surface-in-two-entities sanity check of my own build output).
""")
print(counts)
