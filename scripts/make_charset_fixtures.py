#!/usr/bin/env python3
"""Writes the charset fixtures in tests/data/charset/ and their manifest.json.

Each fixture is a small HTML (or text) page encoded with Python's codecs; manifest.json says,
per file, the transport Content-Type to pretend (may be empty), the charset and source that
extract/decode.h must report, and a UTF-8 snippet the decoded text must contain.
Re-run after editing: python3 scripts/make_charset_fixtures.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "charset")

KO = ("인공지능 스타트업 한빛랩스가 연구원 영입 경쟁에 뛰어들었다. 회사는 지난달 박서준 연구원에게 "
      "연봉 150만 달러(약 20억 원)를 제안했지만, 박 연구원은 이를 거절한 것으로 알려졌다. "
      "업계에서는 인재 확보를 위한 보상 경쟁이 더 치열해질 것으로 보고 있다. "
      "한빛랩스 관계자는 \"최고의 인재를 모시기 위해 모든 방안을 검토하고 있다\"고 말했다.")
# Characters that exist in CP949 (UHC) but not in KS X 1001 / strict EUC-KR.
KO_CP949 = "그는 '똠방각하'와 '햏자', '뷁' 같은 옛 인터넷 말투를 즐겨 썼다. 쌰갈 똠얌꿍도 좋아했다."
JA = ("人工知能の新興企業が研究者の獲得競争を繰り広げている。関係者によると、同社は山田太郎氏に"
      "年俸二億円を提示したが、山田氏はこれを辞退したという。業界では報酬の高騰が続いている。")
ZH = ("人工智能初创公司正在展开人才争夺战。据知情人士透露，该公司向研究员王伟提供了年薪一千万元的"
      "待遇，但王伟拒绝了这一邀请。业内人士认为，人才竞争将更加激烈。")
ZH_GB18030 = "部分生僻字只有GB18030能够表示：㐀㐁㐂䶵，以及欧元符号€。"
ZH_TW = ("人工智慧新創公司正在展開人才爭奪戰。據知情人士透露，該公司向研究員王偉提供了年薪一千萬元的"
         "待遇，但王偉拒絕了這項邀請。業界人士認為，人才競爭將更加激烈。")
RU = ("Стартап в области искусственного интеллекта предложил исследователю Ивану Петрову "
      "зарплату в полтора миллиона долларов в год, но тот отказался. Эксперты считают, что "
      "борьба за таланты будет только усиливаться.")
DE = ("Das Münchner Start-up für künstliche Intelligenz hat dem Forscher Jörg Müller ein "
      "Jahresgehalt von 1,5 Millionen Euro angeboten. Müller lehnte zunächst ab – später "
      "wechselte er doch. „Größer ist nicht immer besser“, sagte er.")
FR = ("La jeune pousse française a proposé à la chercheuse Hélène Côté un salaire annuel de "
      "deux millions d'euros. Elle a décliné l'offre, puis a finalement accepté après une "
      "nouvelle proposition. Coût total : 5 € par action.")


def page(title, body, meta="", lang="en"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head>{meta}<title>{title}</title></head>\n"
            f"<body><article><h1>{title}</h1>\n<p>{body}</p>\n<p>{body}</p>\n</article></body></html>\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []

    def add(name, data, charset, source, expect, content_type="", is_html=True):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        manifest.append({"file": name, "content_type": content_type, "charset": charset,
                         "source": source, "expect": expect, "is_html": is_html,
                         "replaced": False})

    ko_title = "한빛랩스, 연구원에 150만 달러 제안"
    # EUC-KR with no declaration anywhere: must be detected.
    add("euckr_no_charset.html", page(ko_title, KO, lang="ko").encode("euc-kr"),
        "euc-kr", "detected", KO[:40])
    # EUC-KR declared only by the transport header.
    add("euckr_transport.html", page(ko_title, KO, lang="ko").encode("euc-kr"),
        "euc-kr", "transport", KO[:40], content_type="text/html; charset=EUC-KR")
    # euc-kr label with CP949-only characters (WHATWG decodes euc-kr as windows-949).
    add("cp949_only_chars.html",
        page(ko_title, KO + " " + KO_CP949, '<meta charset="euc-kr">', "ko").encode("cp949"),
        "euc-kr", "meta", KO_CP949)
    add("cp949_ks_c_label.html",
        page(ko_title, KO_CP949 + " " + KO,
             '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">',
             "ko").encode("cp949"),
        "euc-kr", "meta", KO_CP949)
    # Korean plain text, CP949, no declaration.
    add("cp949_no_charset.txt", (KO + "\n\n" + KO_CP949 + "\n\n" + KO + "\n").encode("cp949"),
        "euc-kr", "detected", KO_CP949, is_html=False)
    ja_title = "研究者獲得競争が激化"
    add("shift_jis_meta.html",
        page(ja_title, JA, '<meta http-equiv="content-type" content="text/html; charset=Shift_JIS">',
             "ja").encode("cp932"),
        "shift_jis", "meta", JA[:30])
    add("shift_jis_no_charset.html", page(ja_title, JA, lang="ja").encode("cp932"),
        "shift_jis", "detected", JA[:30])
    add("euc_jp_meta.html", page(ja_title, JA, '<meta charset="EUC-JP">', "ja").encode("euc_jp"),
        "euc-jp", "meta", JA[:30])
    zh_title = "人工智能人才争夺战"
    add("gb2312_meta.html", page(zh_title, ZH, '<meta charset="gb2312">', "zh").encode("gbk"),
        "gbk", "meta", ZH[:30])
    add("gbk_no_charset.html", page(zh_title, ZH, lang="zh").encode("gbk"),
        "gb18030", "detected", ZH[:30])
    add("gb18030_meta.html",
        page(zh_title, ZH + ZH_GB18030, '<meta charset="GB18030">', "zh").encode("gb18030"),
        "gb18030", "meta", ZH_GB18030)
    add("big5_meta.html", page("人工智慧人才爭奪戰", ZH_TW, '<meta charset="big5">', "zh-TW").encode("big5"),
        "big5", "meta", ZH_TW[:30])
    add("windows1251_meta.html",
        page("Борьба за таланты", RU, '<meta charset="windows-1251">', "ru").encode("cp1251"),
        "windows-1251", "meta", RU[:40])
    add("windows1251_no_charset.html", page("Борьба за таланты", RU, lang="ru").encode("cp1251"),
        "windows-1251", "detected", RU[:40])
    add("koi8r_transport.html", page("Борьба за таланты", RU, lang="ru").encode("koi8_r"),
        "koi8-r", "transport", RU[:40], content_type="text/html;charset=koi8-r")
    # Genuine latin-1 bytes labelled iso-8859-1: decoded as windows-1252 (0x80 is the euro sign).
    add("latin1_real.html",
        page("Start-up", DE, '<meta charset="iso-8859-1">', "de").encode("cp1252")
        .replace(b"Jahresgehalt", b"Jahresgehalt (\x80)"),
        "windows-1252", "meta", "Jahresgehalt (€) von 1,5 Millionen")
    add("windows1252_fr.html", page("Recrutement", FR, lang="fr").encode("cp1252"),
        "windows-1252", "transport", FR[:60], content_type="text/html; charset=windows-1252")
    # ISO-8859-1-labelled UTF-8: valid UTF-8 with multibyte sequences wins over the label.
    add("latin1_labelled_utf8.html",
        page("Start-up", DE, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
             "de").encode("utf-8"),
        "utf-8", "detected", DE[:60])
    add("latin1_transport_utf8.html", page("Recrutement", FR, lang="fr").encode("utf-8"),
        "utf-8", "detected", FR[:60], content_type="text/html; charset=iso-8859-1")
    # UTF-16 with BOM (the BOM beats a contrary transport label).
    add("utf16le_bom.html", b"\xff\xfe" + page(ko_title, KO, lang="ko").encode("utf-16-le"),
        "utf-16le", "bom", KO[:40], content_type="text/html; charset=iso-8859-1")
    add("utf16be_bom.html", b"\xfe\xff" + page(ja_title, JA, lang="ja").encode("utf-16-be"),
        "utf-16be", "bom", JA[:30])
    add("utf8_bom.html", b"\xef\xbb\xbf" + page(ko_title, KO, '<meta charset="euc-kr">', "ko").encode("utf-8"),
        "utf-8", "bom", KO[:40])
    # Plain UTF-8 with no label at all.
    add("utf8_no_charset.html", page(ko_title, KO, lang="ko").encode("utf-8"),
        "utf-8", "detected", KO[:40])
    # Transport says utf-8 (server default) but the page is EUC-KR and says so in <meta>.
    add("utf8_transport_euckr_meta.html",
        page(ko_title, KO, '<meta charset="euc-kr">', "ko").encode("euc-kr"),
        "euc-kr", "meta", KO[:40], content_type="text/html; charset=UTF-8")
    # Invalid bytes in a UTF-8 page: replaced with U+FFFD, never a crash.
    bad = page(ko_title, KO, '<meta charset="utf-8">', "ko").encode("utf-8")
    cut = bad.index("연봉".encode("utf-8"))
    bad = bad[:cut] + b"\xff\xfe\xc0\xaf\xed\xa0\x80" + bad[cut:cut + 1] + bad[cut + 3:]
    add("invalid_utf8.html", bad, "utf-8", "meta", "\ufffd")
    manifest[-1]["replaced"] = True
    # Invalid bytes in an EUC-KR page.
    bad = page(ko_title, KO, '<meta charset="euc-kr">', "ko").encode("euc-kr")
    cut = bad.index("연봉".encode("euc-kr"))
    bad = bad[:cut] + b"\xff\xff\x80" + bad[cut:]
    add("invalid_euckr.html", bad, "euc-kr", "meta", "\ufffd")
    manifest[-1]["replaced"] = True

    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(manifest)} fixtures to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
