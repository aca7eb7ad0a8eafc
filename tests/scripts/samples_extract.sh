#!/usr/bin/env bash
# Whole-process check of the README's main command on corpus/samples/: every sample page
# (UTF-8, EUC-KR with and without a declaration, Shift_JIS, plain text, and the two WARC
# records) becomes an article in the right language, with clean UTF-8 (no U+FFFD), no
# boilerplate (photo credit, copyright line) in the body, the byline's author, and the date the
# page declares. Usage: samples_extract.sh /path/to/hirewire
set -uo pipefail
bin=${1:?usage: $0 path/to/hirewire}
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" extract corpus/samples -o "$tmp/out.jsonl" 2> "$tmp/err" || { cat "$tmp/err"; echo "FAIL: exit $?"; exit 1; }
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
by = {}
for r in recs:
    by.setdefault(r["source"].split("/")[-1].split("#")[0], []).append(r)
want = {  # file -> (records, language, author or None, published day or None, body snippet)
    "ko-hiring-utf8.html": (1, "ko", "홍길동", "2025-08-04", "1억5000만 달러(약 2080억원)"),
    "ko-hiring-euckr-meta.html": (1, "ko", "김민수", "2025-07-28", "연봉 200만 달러(약 27억원)"),
    "ko-hiring-euckr-nocharset.html": (1, "ko", "이수진", "2025-07-30", "계약금 50억원"),
    "ja-hiring-sjis.html": (1, "ja", "田中美咲", "2025-08-02", "年俸5億円を提示"),
    "en-hiring.html": (1, "en", "Jane Holloway", "2025-08-05", "raised the package to $150 million"),
    "ko-hiring-plain.txt": (1, "ko", None, None, "연봉 300만 달러(약 41억원)"),
    "samples.warc.gz": (2, None, None, None, None),
}
fails = []
for name, (n, lang, author, day, snippet) in want.items():
    got = by.get(name, [])
    if len(got) != n:
        fails.append(f"{name}: {len(got)} records, want {n}")
        continue
    for r in got:
        text = "\n\n".join(r["paragraphs"])
        if "\ufffd" in text or "\ufffd" in (r.get("title") or ""):
            fails.append(f"{name}: U+FFFD in output")
        for junk in ("무단전재", "사진=", "관련기사", "All rights reserved"):
            if junk in text:
                fails.append(f"{name}: boilerplate {junk!r} in body")
    r = got[0]
    if lang and r["language"] != lang:
        fails.append(f"{name}: language {r['language']}, want {lang}")
    if author and author not in r["authors"]:
        fails.append(f"{name}: authors {r['authors']}, want {author}")
    if day and not (r["published"] or "").startswith(day):
        fails.append(f"{name}: published {r['published']}, want {day}")
    if snippet and snippet not in "\n".join(r["paragraphs"]):
        fails.append(f"{name}: body lacks {snippet!r}")
warc_langs = sorted(r["language"] for r in by.get("samples.warc.gz", []))
if warc_langs != ["en", "ko"]:
    fails.append(f"samples.warc.gz: languages {warc_langs}, want en and ko")
undeclared = [r for r in recs if r["source"].endswith("ko-hiring-euckr-nocharset.html")]
if undeclared and not any("guessed euc-kr" in w for w in undeclared[0]["warnings"]):
    fails.append("ko-hiring-euckr-nocharset.html: no 'guessed euc-kr' warning")
for f in fails:
    print("FAIL:", f)
print(f"samples: {len(recs)} articles, {len(fails)} problems")
sys.exit(1 if fails else 0)
PY
