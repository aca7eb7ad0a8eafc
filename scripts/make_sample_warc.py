#!/usr/bin/env python3
"""Writes the encoded sample pages of corpus/samples/ and corpus/samples/samples.warc.gz.

- ko-hiring-euckr-meta.html: a Korean hiring story in EUC-KR with <meta charset="euc-kr">
- ko-hiring-euckr-nocharset.html: another Korean story in EUC-KR with no charset anywhere
- ja-hiring-sjis.html: a Japanese story in Shift_JIS with <meta http-equiv> charset
- samples.warc.gz: WARC/1.1, one gzip member per record: a warcinfo record, then one
  `response` record per page (HTTP/1.1 200 + headers + body) for en-hiring.html (labelled
  utf-8 by its Content-Type) and ko-hiring-euckr-nocharset.html (Content-Type without charset,
  so the reader must detect EUC-KR). Digests are sha1, base32, as WARC requires.

Output is deterministic (fixed dates, record ids from uuid5, gzip mtime 0).
Run: python3 scripts/make_sample_warc.py
"""
import base64
import gzip
import hashlib
import io
import os
import uuid

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "samples")

KO_EUCKR_META = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="euc-kr">
<title>한빛전자, 구글 출신 칩 설계자 영입…연봉 200만 달러 제안 - 서울경제일보</title>
<meta property="og:site_name" content="서울경제일보">
<meta property="article:published_time" content="2025-07-28T16:40:00+09:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"한빛전자, 구글 출신 칩 설계자 영입…연봉 200만 달러 제안",
 "datePublished":"2025-07-28T16:40:00+09:00","author":{"@type":"Person","name":"김민수 기자"}}
</script>
</head>
<body>
<div id="gnb"><a href="/">서울경제일보</a> <a href="/industry">산업</a> <a href="/tech">테크</a> <a href="/world">국제</a></div>
<div class="article">
<h1>한빛전자, 구글 출신 칩 설계자 영입…연봉 200만 달러 제안</h1>
<p class="info">김민수 기자 | 입력 2025-07-28 16:40</p>
<div class="article_body">
<p>[서울=서울경제일보] 김민수 기자 = 한빛전자가 인공지능 반도체 설계를 맡을 인재로 미국 구글 출신 칩 설계자 박지훈 씨를 영입했다고 28일 밝혔다.</p>
<p class="photo_caption">박지훈 한빛전자 부사장 [사진=한빛전자 제공]</p>
<p>회사 측은 박 부사장에게 연봉 200만 달러(약 27억원)와 함께 4년간 나눠 받는 주식 보상 800만 달러(약 110억원)를 제안한 것으로 전해졌다.</p>
<p>박 부사장은 처음에는 미국에 남겠다며 제안을 거절했지만, 회사가 서울과 실리콘밸리를 오가며 일할 수 있도록 조건을 바꾸자 합류를 결정했다.</p>
<p>업계에서는 반도체 설계 인력의 몸값이 빠르게 오르고 있다고 본다. 한 관계자는 "설계 인력 한 명이 제품 일정을 좌우한다"고 말했다.</p>
<p>회사 측은 박 부사장에게 연봉 200만 달러(약 27억원)와 함께 4년간 나눠 받는 주식 보상 800만 달러(약 110억원)를 제안한 것으로 전해졌다.</p>
</div>
<ul class="relation"><li><a href="/a/101">반도체 인재 확보 경쟁 치열</a></li><li><a href="/a/102">AI 칩 시장 전망</a></li></ul>
<p class="copy">ⓒ 서울경제일보. 무단전재 및 재배포 금지</p>
</div>
<div id="footer">서울경제일보 | 대표전화 02-000-0000</div>
</body>
</html>
"""

KO_EUCKR_NOCHARSET = """<html>
<head>
<title>게임사 별빛소프트, 개발자 스카우트에 계약금 50억원</title>
</head>
<body>
<table width="100%"><tr><td class="menu"><a href="/">홈</a> | <a href="/game">게임</a> | <a href="/biz">비즈</a></td></tr></table>
<table width="760"><tr><td class="article">
<h2>게임사 별빛소프트, 개발자 스카우트에 계약금 50억원</h2>
<font size="2">이수진 기자 | 2025년 7월 30일 오후 2시 15분</font>
<p>게임회사 별빛소프트가 인기 게임 제작자 윤도현 씨를 영입하면서 계약금 50억원과 연봉 15억원을 제시한 것으로 30일 확인됐다.</p>
<p>윤씨는 경쟁사의 대표 게임을 만든 개발자로, 지난해 한 차례 별빛소프트의 제안을 거절한 바 있다. 별빛소프트는 이번에 계약금을 두 배로 올려 다시 제안했고, 윤씨는 이를 받아들였다.</p>
<p>별빛소프트 관계자는 "새 프로젝트를 이끌 적임자라고 판단했다"며 "개발팀 규모도 100명까지 늘릴 계획"이라고 밝혔다.</p>
<p>업계에서는 대형 게임사들의 개발자 영입 경쟁이 당분간 이어질 것으로 보고 있다.</p>
<p>이수진 기자 sujin@example.com</p>
</td></tr></table>
<p class="copyright">Copyright ⓒ 게임데일리. 무단전재 및 재배포 금지</p>
</body>
</html>
"""

JA_SJIS = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>新興AI企業ソラリス、研究者に年俸5億円を提示　辞退受け倍増で合意 | 東都経済新聞</title>
<meta property="og:site_name" content="東都経済新聞">
<meta property="article:published_time" content="2025-08-02T07:00:00+09:00">
</head>
<body>
<div class="header"><a href="/">東都経済新聞</a> <a href="/tech">テクノロジー</a> <a href="/biz">ビジネス</a></div>
<div class="main">
<h1>新興AI企業ソラリス、研究者に年俸5億円を提示　辞退受け倍増で合意</h1>
<p class="date">2025年8月2日 7時00分</p>
<div class="body">
<p>人工知能（AI）開発の新興企業ソラリスが、大規模言語モデルの研究者として知られる佐藤健一氏に年俸5億円を提示していたことが1日、関係者への取材で分かった。</p>
<p>佐藤氏は当初、現在の研究を続けたいとしてこの提案を辞退した。ソラリスはその後、条件を倍の10億円に引き上げ、佐藤氏は今月から同社に加わることで合意した。</p>
<p>関係者によると、報酬の一部は株式で4年間にわたって支払われる。AI人材の獲得競争は国内でも激しさを増しており、報酬の高騰が続いている。</p>
<p>（田中美咲記者）</p>
</div>
<div class="related"><h3>関連記事</h3><ul><li><a href="/a/1">AI人材、争奪戦が激化</a></li><li><a href="/a/2">研究者の報酬、米国並みに</a></li></ul></div>
</div>
<div class="footer">Copyright 東都経済新聞 All rights reserved. 無断転載を禁じます。</div>
</body>
</html>
"""


def b32sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def gzip_member(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def record(headers, block: bytes) -> bytes:
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'hirewire-sample:' + name)}>"


def main():
    pages = {
        "ko-hiring-euckr-meta.html": KO_EUCKR_META.encode("euc-kr"),
        "ko-hiring-euckr-nocharset.html": KO_EUCKR_NOCHARSET.encode("euc-kr"),
        "ja-hiring-sjis.html": JA_SJIS.encode("shift_jis"),
    }
    for name, data in pages.items():
        with open(os.path.join(SAMPLES, name), "wb") as f:
            f.write(data)

    with open(os.path.join(SAMPLES, "en-hiring.html"), "rb") as f:
        en = f.read()
    entries = [
        ("https://valleyledger.example/2025/08/05/orbital-labs-priya-raman-offer",
         "text/html; charset=utf-8", en, "2025-08-06T01:00:00Z", "en"),
        ("http://gamedaily.example/news/view.php?id=20250730015",
         "text/html", pages["ko-hiring-euckr-nocharset.html"], "2025-07-30T07:00:00Z", "ko"),
    ]
    out = bytearray()
    info = (b"software: hirewire scripts/make_sample_warc.py\r\n"
            b"format: WARC File Format 1.1\r\n"
            b"description: two sample news pages for hirewire extract\r\n")
    out += gzip_member(record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("WARC-Date", "2025-08-06T01:00:00Z"),
        ("WARC-Filename", "samples.warc.gz"),
        ("Content-Type", "application/warc-fields"),
    ], info))
    for url, ctype, body, date, tag in entries:
        http_head = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n"
                     f"Content-Length: {len(body)}\r\nServer: sample\r\n\r\n").encode("ascii")
        block = http_head + body
        out += gzip_member(record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", record_id(url)),
            ("WARC-Date", date),
            ("WARC-Target-URI", url),
            ("WARC-IP-Address", "127.0.0.1"),
            ("WARC-Block-Digest", b32sha1(block)),
            ("WARC-Payload-Digest", b32sha1(body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block))
    with open(os.path.join(SAMPLES, "samples.warc.gz"), "wb") as f:
        f.write(bytes(out))
    sizes = {n: os.path.getsize(os.path.join(SAMPLES, n)) for n in sorted(os.listdir(SAMPLES))}
    for n, s in sizes.items():
        print(f"{s:7d}  {n}")


if __name__ == "__main__":
    main()
