// Passes 4a-4c and 4e of the entity recognizer: Japanese and Chinese tagger spans, Japanese
// company cues, longer Japanese and Chinese organization names, Chinese organizations by their
// head and by lists, CJK glosses.
#include <string_view>

#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The one script every letter of the name `s` is written in: Latin (ASCII or Latin-1 and Extended-A
// letters: "STELLA NOVA", "LUMIÈRE"; digits, spaces, & . ' - between), katakana (with ー and ・) or Hangul
// (with spaces); NameScript::kOther for a mix or any other script.
NameScript WholeScriptOf(std::string_view s) {
  NameScript kind = NameScript::kOther;
  bool letter = false;
  for (size_t b = 0; b < s.size();) {
    const char32_t cp = DecodeUtf8(s, &b);
    NameScript k = NameScript::kOther;
    if ((cp < 0x80 && std::isalpha(static_cast<int>(cp))) ||
        (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7))
      k = NameScript::kLatin;
    else if ((cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC)
      k = NameScript::kKana;
    else if (cp >= 0xAC00 && cp <= 0xD7A3)
      k = NameScript::kHangul;
    else if ((cp < 0x80 && (std::isdigit(static_cast<int>(cp)) || cp == ' ' || cp == '&' || cp == '.' ||
                            cp == '\'' || cp == '-')) ||
             cp == 0x30FB)
      continue;
    else
      return NameScript::kOther;
    if (letter && k != kind) return NameScript::kOther;
    kind = k;
    letter = true;
  }
  return kind;
}

// `gloss`, written in brackets after the organization name `name`, spells it in another script: one is
// Latin, the other katakana or Hangul ("ステラセブン（STELLAR7）", "LUMINOVA(ルミノバ)",
// "루미에르(LUMIÈRE)"), each two code points or more.
bool ScriptPairGloss(std::string_view name, std::string_view gloss) {
  const NameScript a = WholeScriptOf(name), b = WholeScriptOf(gloss);
  if (a == NameScript::kOther || b == NameScript::kOther || a == b || CountCodePoints(name) < 2 ||
      CountCodePoints(gloss) < 2)
    return false;
  return a == NameScript::kLatin || b == NameScript::kLatin;
}

// The word of `list` that opens `s`, if any (longest).
std::string_view ListWordAt(WordList list, std::string_view s) {
  std::string_view best;
  for (const std::string& w : EntityWords::Default().List(list))
    if (w.size() > best.size() && s.starts_with(w)) best = w;
  return best;
}

// "深圳初创企业芯驰储能", "江苏常州光伏企业“天衡新能”", "苏州电池材料企业": a Chinese place (zh_place_name)
// and a line of business before a kind of company (zh_org_cue_weak: 企业, 车企), up to six Han characters on,
// describe the company named after them: a span [start, cut) that opens with the place, ends in no
// organization head and stops inside that phrase is no name ("深圳初创", "深圳固态" of
// "深圳固态电池初创企业").
bool ZhDescribedKind(std::string_view text, int start, int cut) {
  const std::string_view name = text.substr(start, cut - start);
  const std::string_view place = ListWordAt(WordList::kZhPlaceName, name);
  if (place.empty() || place.size() == name.size() || EndsWithAnyOf(WordList::kZhOrgHead, name) ||
      EndsWithAnyOf(WordList::kCjkNameHead, name) || EndsWithAnyOf(WordList::kZhOrgSuffix, name))
    return false;
  size_t at = static_cast<size_t>(cut);
  for (int cps = 0; cps <= 4 && at < text.size(); ++cps) {
    const std::string_view rest = text.substr(at);
    if (const std::string_view kind = ListWordAt(WordList::kZhOrgCueWeak, rest); !kind.empty())
      return ListWordAt(WordList::kZhOrgHead, rest.substr(kind.size())).empty();
    size_t next = at;
    const char32_t cp = DecodeUtf8(text, &next);
    if (cp < 0x4E00 || cp > 0x9FFF) return false;
    at = next;
  }
  return false;
}

}  // namespace

// ---- Pass 4b: Japanese and Chinese tagger spans (the character model of `lang`, "ja" or "zh")

// Marks of a clause inside a span the tagger took for an organization.
constexpr std::string_view kZhClauseMarks[] = {"了", "我", "你", "他", "她", "在", "是", "将",  "把",
                                               "被", "这", "着", "过", "吗", "呢", "吧", "期待"};
constexpr std::string_view kJaClauseMarks[] = {"は", "が", "を", "ます", "です", "した"};
// "Former" before a Japanese title ("元社員", "元社長").
constexpr std::string_view kJaFormer = "元";
// Staff nouns after a Japanese name ("中野元社員"), but also after a company ("トヨタ社員"), so no title.
constexpr std::string_view kJaStaffNouns[] = {"社員", "職員", "従業員"};
// The mark of an anonymized Chinese name ("王某", "李某某"), its end.
constexpr std::string_view kZhAnonymous = "某";
// Heads that end organization names in Chinese and Japanese.
constexpr std::string_view kCjkOrgHeads[] = {
    "大学",   "大學",   "学院",   "學院", "研究所", "研究院", "公司",   "集团", "集團", "银行",   "銀行",
    "委员会", "委員会", "委員會", "协会", "協會",   "協会",   "基金会", "联盟", "聯盟", "组织",   "組織",
    "中心",   "局",     "社",     "党",   "黨",     "军",     "軍",     "署",   "厅",   "廳",     "庁",
    "省",     "司",     "办",     "辦",   "部",     "院",     "会",     "會",   "队",   "隊",     "团",
    "團",     "馆",     "館",     "网",   "網",     "报",     "報",     "台",   "金庫", "会議所", "会议所"};

namespace {
bool IsKanji(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005; }  // (々 too)
bool IsHiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }

// Three or four Han characters that open with no family name and end in a zh_contraction_tail row (协 of
// 协会, 委 of 委员会) or in a cjk_name_head row of two: the contracted name of a body ("中汽协", "中消协",
// "中影股份"), no person.
bool ChineseBodyContraction(std::string_view name) {
  const int cps = CountCodePoints(name);
  if (cps < 3 || cps > 4) return false;
  // (Two characters and a cjk_name_head row of two, whatever the first: "中影" + "股份".)
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkNameHead))
    if (CountCodePoints(h) == 2 && EndsWith(name, h) && cps == 4) return true;
  size_t first = 0;
  DecodeUtf8(name, &first);
  const std::string_view lead = name.substr(0, first);
  if (In(WordList::kZhSurname, lead) || In(WordList::kZhSurnameRare, lead)) return false;
  for (const std::string& t : EntityWords::Default().List(WordList::kZhContractionTail))
    if (EndsWith(name, t) && CountCodePoints(t) == 1) return true;
  return false;
}

// The start of the longest listed CJK title (`cjk_title`) that opens inside the last five code
// points of [start, cut) and runs past cut, leaving two code points before it at least; `cut`
// when none does. In Chinese (`zh`) an organization span also ends before a role noun (zh_role_noun:
// 副司长, 副主任) so straddled where what is left ends in a head ("…投资司副司" + "长" → …投资司); "商务部长"
// keeps its head (商务 ends in none).
int TitleStraddleStart(std::string_view text, int start, int cut, bool zh) {
  int best = cut;
  size_t at = static_cast<size_t>(cut);
  for (int k = 1; k <= 5 && at > static_cast<size_t>(start); ++k) {
    at = LastCodePointStart(text, at);
    if (CountCodePoints(text.substr(start, at - start)) < 2) break;
    const std::string_view rest = text.substr(at);
    // (Also a word a team's name comes before, "成都蓉城主场": ICU's 城主 took its first character.)
    if (ListWordAt(WordList::kCjkTitle, rest).size() > static_cast<size_t>(cut) - at ||
        (zh && ListWordAt(WordList::kZhNameAfterWord, rest).size() > static_cast<size_t>(cut) - at)) {
      best = static_cast<int>(at);
    } else if (zh && ListWordAt(WordList::kZhRoleNoun, rest).size() > static_cast<size_t>(cut) - at) {
      const std::string_view body = text.substr(start, at - start);
      bool head = false;
      for (std::string_view h : kCjkOrgHeads) head = head || EndsWith(body, h);
      if (head) best = static_cast<int>(at);
    }
  }
  return best;
}
}  // namespace

// A Japanese name written right before a title ("…の石黒拓海投手(29)", "片山さつき財務相",
// "川端沙織主席エコノミスト"): three to five kanji, or two or three kanji and two or three hiragana,
// after no kanji or katakana, with no organization head or title inside, before a title of two
// code points or more (`cjk_title`) or a two-kanji portfolio + 相. The character model misses such
// names or cuts them ("阿部慎之" of "阿部慎之助監督").
void EntityRecognizer::Impl::JapaneseNameBeforeTitle(int pi, Para& p, std::vector<Cand>& cands) const {
  const std::string_view text = p.text;
  std::vector<std::pair<size_t, char32_t>> cps;  // (byte offset, code point)
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    cps.emplace_back(at, DecodeUtf8(text, &i));
  }
  const int n = static_cast<int>(cps.size());
  for (int e = 3; e < n; ++e) {  // e: the first code point of the title
    size_t title = ListWordAt(WordList::kCjkTitle, text.substr(cps[e].first)).size();
    if (title > 0 && CountCodePoints(text.substr(cps[e].first, title)) < 2) title = 0;
    bool portfolio =
        e + 2 < n && IsKanji(cps[e].second) && IsKanji(cps[e + 1].second) && cps[e + 2].second == U'相';
    // A one-kanji portfolio + 相 that is a title itself ("佐伯誠一郎首相") leaves the name whole.
    if (portfolio && CountCodePoints(ListWordAt(WordList::kCjkTitle, text.substr(cps[e + 1].first))) >= 2)
      portfolio = false;
    if (title == 0 && !portfolio) continue;
    // A rank prefix belongs to the title, not the name: "小林誠副頭取", "前社長", "現会長".
    if (std::u32string_view(U"副前現元").find(cps[e - 1].second) != std::u32string_view::npos) continue;
    // No longer title covers it: not "副知事" of "水野副知事", "特任教授" of "澤芳樹特任教授".
    // (ICU's words do not help: "阿部慎之|助監督".)
    bool opens = true;
    for (int d = 1; d <= 3 && e - d >= 0; ++d)
      opens = opens && CountCodePoints(ListWordAt(WordList::kCjkTitle, text.substr(cps[e - d].first))) <= d;
    if (!opens) continue;
    // A title prefix belongs to the title ("澤芳樹名誉教授", "岩佐浩審査局長"; cjk_title_prefix).
    int ne = e;
    for (const std::string& w : EntityWords::Default().List(WordList::kCjkTitlePrefix))
      if (text.substr(0, cps[e].first).ends_with(w)) ne = e - CountCodePoints(w);
    int b = ne, hira = 0, kanji = 0;
    while (b > 0 && IsHiragana(cps[b - 1].second) && hira < 4) --b, ++hira;
    while (b > 0 && IsKanji(cps[b - 1].second) && kanji < 6) --b, ++kanji;
    if (hira > 3 || (hira > 0 && (hira < 2 || kanji < 2 || kanji > 3)) ||
        (hira == 0 && (kanji < 3 || kanji > 5)))
      continue;
    // A hiragana given name holds no particle or verb ending ("最終的には", "反対した"); 元
    // ("former") opens a title, no name ("元経理部長").
    bool particle = false;
    for (int k = ne - hira; k < ne; ++k)
      particle = particle || std::u32string_view(U"をにはがでたしのともへや").find(cps[k].second) !=
                                 std::u32string_view::npos;
    if (particle || cps[b].second == U'元') continue;
    if (b > 0 && (IsKanji(cps[b - 1].second) || (cps[b - 1].second >= 0x30A1 && cps[b - 1].second <= 0x30FF)))
      continue;
    const size_t bs = cps[b].first, be = cps[ne].first;
    const std::string_view name = text.substr(bs, be - bs);
    bool bad = alias_to_entry.count(name) > 0;
    // (One-character heads only at the end: 阿部 is a family name, 党 in the middle a party's.)
    for (std::string_view h : kCjkOrgHeads)
      bad = bad || EndsWith(name, h) || (CountCodePoints(h) >= 2 && name.find(h) != std::string_view::npos);
    for (WordList l : {WordList::kCjkTitle, WordList::kCjkNameHead, WordList::kCjkGenericOrgFinal})
      for (const std::string& w : EntityWords::Default().List(l))
        bad = bad || (CountCodePoints(w) >= 2 && name.find(w) != std::string_view::npos);
    if (bad) continue;
    int tb = -1, te = -1;
    for (int t = 0; t < p.Size(); ++t) {
      if (p.toks[t].end <= static_cast<int>(bs)) continue;
      if (p.toks[t].start >= static_cast<int>(be)) break;
      if (tb < 0) tb = t;
      te = t + 1;
    }
    if (tb < 0 || p.toks[tb].start != static_cast<int>(bs)) continue;
    bool free = true;
    for (int t = tb; t < te; ++t) free = free && p.owner[t] < 0;
    if (free) ClaimSpan(pi, p, cands, tb, te, static_cast<int>(be), EntityType::kPerson, 0.6);
  }
}

namespace {
// The end of a dateline that opens a paragraph, "【ソウル＝小池和樹】", "【北京＝共同】" (a place and
// the reporter or agency in lenticular brackets, joined by an equals sign), or 0.
size_t DatelineEnd(std::string_view text) {
  const size_t a = text.find_first_not_of(" \t");
  if (a == std::string_view::npos || !text.substr(a).starts_with("【")) return 0;
  const size_t close = text.find("】", a);
  if (close == std::string_view::npos || close - a > 90) return 0;
  const std::string_view inside = text.substr(a, close - a);
  if (inside.find("＝") == std::string_view::npos && inside.find('=') == std::string_view::npos) return 0;
  return close + std::string_view("】").size();
}

// Bytes [bs, be) of `text` are the whole of a bracket right after a kanji and all katakana: the
// reading of that word ("地震の規模（マグニチュード）", "尹錫悦（ユンソンニョル）"), no organization.
bool KatakanaReading(std::string_view text, int bs, int be) {
  const std::string_view open = text.substr(0, bs), close = text.substr(be);
  if (!(open.ends_with("（") || open.ends_with("(")) || !(close.starts_with("）") || close.starts_with(")")))
    return false;
  const size_t o = open.ends_with("（") ? open.size() - 3 : open.size() - 1;
  if (o == 0) return false;
  size_t prev = LastCodePointStart(text, o);
  if (!IsKanji(DecodeUtf8(text, &prev))) return false;
  for (size_t i = bs; i < static_cast<size_t>(be);) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (!(cp >= 0x30A1 && cp <= 0x30FC)) return false;
  }
  return true;
}
}  // namespace

// The bounds of an organization span of the character model, [start, end) as ICU's words widened
// it: no clause inside, cut after its last head or widened to a head right after it, no generic
// body, a Chinese start past glue. False when the span is no name.
bool EntityRecognizer::Impl::CjkOrgBounds(const Para& p, std::string_view lang, int end, CjkSpan* sp) const {
  int tb = sp->tb, te = sp->te, start = sp->start, cut = sp->cut;
  std::string_view surface = p.text.substr(start, end - start);
  // A clause is no name ("中国助力玻利维亚成功发射了通信卫星", "我期待玻中两国未来在航天"):
  // Chinese function words and Japanese case particles never stand inside one.
  bool clause = false;
  const std::span<const std::string_view> marks = lang == "zh"
                                                      ? std::span<const std::string_view>(kZhClauseMarks)
                                                      : std::span<const std::string_view>(kJaClauseMarks);
  for (std::string_view f : marks) clause = clause || surface.find(f) != std::string_view::npos;
  if (clause) return false;
  // "自民、公明両党", "双方两国": 両/两/兩 and one head character after a name say "both", the last
  // of a list of names, and are no part of it.
  for (std::string_view both : {"両", "两", "兩"}) {
    const size_t at = surface.rfind(both);
    if (at == std::string_view::npos || at < 6 || CountCodePoints(surface.substr(at)) != 2) continue;
    surface = surface.substr(0, at);
    end = start + static_cast<int>(at);
    cut = std::min(cut, end);
  }
  // A name runs to its head ("…大学", "…研究所", "新华社"); what the span carries past the
  // last head is the next word ("南京航空航天大学航空", "…研究所研究员米歇尔", "新华社北京").
  size_t head_end = 0;
  bool ends_in_head = false;
  for (std::string_view h : kCjkOrgHeads) {
    for (size_t at = surface.find(h); at != std::string_view::npos; at = surface.find(h, at + 1)) {
      head_end = std::max(head_end, at + h.size());
      ends_in_head = ends_in_head || at + h.size() == surface.size();
    }
  }
  if (!ends_in_head && head_end >= 6 && head_end < surface.size()) cut = start + static_cast<int>(head_end);
  // The model often stops right before the head ("財務" of "財務省内"): a head that follows
  // the span belongs to it (heads of two characters, or the unambiguous ones: 省, 庁, 党 ...).
  if (!ends_in_head && cut == end) {
    std::string_view after = p.text.substr(end);
    for (std::string_view h : kCjkOrgHeads) {
      if (!after.starts_with(h) || (CountCodePoints(h) < 2 && !In(WordList::kCjkFollowingHead, h))) continue;
      cut = end + static_cast<int>(h.size());
      ends_in_head = true;
      break;
    }
    // (Chinese: the listed heads of two characters or more too, "交通运输" + "出版社".)
    if (const std::string_view h = ListWordAt(WordList::kZhOrgHead, after);
        lang == "zh" && !ends_in_head && CountCodePoints(h) >= 2) {
      cut = end + static_cast<int>(h.size());
      ends_in_head = true;
    }
    int nte = te;
    while (nte < p.Size() && p.toks[nte].start < cut) ++nte;
    bool free_more = true;
    for (int t = te; t < nte; ++t) free_more &= p.owner[t] < 0;
    if (!free_more)
      cut = end;
    else
      te = nte;
  }
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  // Generic bodies are no names (対策本部, 災害対策本部, 取締役会).
  bool generic = false;
  for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal))
    generic = generic || EndsWith(p.text.substr(start, cut - start), g);
  if (generic) return false;
  if (lang == "zh" && !ChineseOrgSpanStart(p, &tb, te, &start, &cut)) return false;
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  *sp = CjkSpan{tb, te, start, cut, false};
  return true;
}

// Whether the span [sp->start, sp->cut) the model tagged (a person when sp->person) names a person
// or a body: a head of two characters or more ends a body, a name before a title is a person. False
// when it is neither (a head alone, a word before a title that is no name).
bool EntityRecognizer::Impl::CjkSpanIsPerson(const Para& p, CjkSpan* sp) const {
  const int start = sp->start, cut = sp->cut;
  bool person = sp->person;
  // A span ending in an organization head of two characters or more names a body, no person
  // ("尼崎信用金庫", "…银行").
  if (person)
    for (std::string_view h : kCjkOrgHeads)
      person = person && !(CountCodePoints(h) >= 2 && EndsWith(p.text.substr(start, cut - start), h) &&
                           cut - start > static_cast<int>(h.size()));
  // "尼崎信用金庫": a person span ending in an organization head of two characters or more
  // (cjk_name_head) after two characters at least is that organization; the head alone is
  // a kind of body, no name.
  if (person) {
    const std::string_view name = p.text.substr(start, cut - start);
    bool head_only = false;
    for (const std::string& h : EntityWords::Default().List(WordList::kCjkNameHead)) {
      if (CountCodePoints(h) < 2 || !EndsWith(name, h)) continue;
      const int before = CountCodePoints(name.substr(0, name.size() - h.size()));
      head_only = head_only || before == 0;
      person = person && before < 2;
    }
    if (head_only) return false;
  }
  if (!person && cut < static_cast<int>(p.text.size()) &&
      !ListWordAt(WordList::kCjkTitle, p.text.substr(cut)).empty()) {
    const std::string_view name = p.text.substr(start, cut - start);
    bool head = false;
    for (std::string_view h : kCjkOrgHeads) head = head || EndsWith(name, h);
    if (head) {
    } else if (CountCodePoints(name) >= 3 && CountCodePoints(name) <= 4) {
      person = true;
    } else {
      return false;
    }
  }
  sp->person = person;
  return true;
}

// A person span's name: an anonymized name ends after 某, a title or a Chinese trailer verb the span
// took in goes, a Chinese name ends at its last character, Japanese 元 before a title goes.
void EntityRecognizer::Impl::CjkPersonName(const Para& p, std::string_view lang, CjkSpan* sp) const {
  const int tb = sp->tb, start = sp->start;
  int te = sp->te, cut = sp->cut;
  // "王某退": an anonymized name ends after 某 (王某, 李某某); "阿部慎之助監督": a title the
  // span took in is no part of the name (two code points of the name left at least).
  const std::string_view name = p.text.substr(start, cut - start);
  size_t first_cp = 0;
  if (!name.empty()) DecodeUtf8(name, &first_cp);
  if (name.substr(first_cp).starts_with(kZhAnonymous)) {
    size_t e = first_cp + kZhAnonymous.size();
    if (name.substr(e).starts_with(kZhAnonymous)) e += kZhAnonymous.size();
    cut = start + static_cast<int>(e);
  } else {
    size_t title = 0;
    // (Also a verb the span took in: "郑凯说", "苏念饰", `zh_name_trailer`.)
    for (WordList l : {WordList::kCjkTitle, WordList::kZhNameTrailer})
      for (const std::string& w : EntityWords::Default().List(l))
        // (Trailers only in Chinese: 野村達也 is a Japanese name.)
        if ((l == WordList::kCjkTitle || lang == "zh") && w.size() > title && EndsWith(name, w) &&
            CountCodePoints(name.substr(0, name.size() - w.size())) >= 2)
          title = w.size();
    cut -= static_cast<int>(title);
    // "韩松坦" of "韩松坦言", "澤芳樹名誉" of "澤芳樹名誉教授": a trailer verb (Chinese) that opens inside
    // the name and runs past it, or a title prefix (cjk_title_prefix) before a title, is no part of it.
    if (title == 0) cut = CjkNameEndBeforeTrailer(p, lang, start, cut);
    if (lang == "zh" && title == 0 && cut == sp->cut) cut = ChineseNameLastChar(p, start, cut);
    // "中野元社員": 元 "former" before a title is no part of a Japanese name (three code
    // points of the span at least: 秋元, 坂元 stay).
    const std::string_view kept = p.text.substr(start, cut - start);
    const std::string_view after = p.text.substr(cut);
    bool title_after = !ListWordAt(WordList::kCjkTitle, after).empty();
    for (std::string_view w : kJaStaffNouns) title_after = title_after || after.starts_with(w);
    if (lang == "ja" && EndsWith(kept, kJaFormer) && CountCodePoints(kept) >= 3 && title_after)
      cut -= static_cast<int>(kJaFormer.size());
  }
  while (te < p.Size() && p.toks[te].start < cut) ++te;
  while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
  sp->te = te;
  sp->cut = cut;
}

void EntityRecognizer::Impl::CjkTaggerPass(int pi, Para& p, std::vector<Cand>& cands,
                                           std::string_view lang) const {
  if (!tagger) return;
  const int dateline = static_cast<int>(DatelineEnd(p.text));
  for (const auto& [sa, sb] : p.sentences) {
    std::string_view sent = p.text.substr(sa, sb - sa);
    for (const TaggedSpan& s : tagger->Tag(sent, lang)) {
      // No score threshold: the character model's spans often win through the transitions
      // with a negative mean emission margin (the score is not a probability).
      const int bs = sa + s.start, be = sa + s.end;
      // The reporter of a dateline is a byline, no person of the story.
      if (s.type == "PER" && bs < dateline) continue;
      if (s.type == "ORG" && lang == "ja" && KatakanaReading(p.text, bs, be)) continue;
      std::string_view surface = p.text.substr(bs, be - bs);
      if (CountCodePoints(surface) < 2) continue;
      // Tokens covering the span (ICU's words need not end where the tagger's span does).
      int tb = -1, te = -1;
      if (!p.TokensOver(bs, be, &tb, &te)) continue;
      bool free = true, word = false;
      for (int t = tb; t < te; ++t) {
        free &= p.owner[t] < 0;
        word |= p.toks[t].kind == kWord;
      }
      if (!free || !word) continue;
      // Latin words inside Japanese or Chinese text are left to the English rules (capitalized
      // runs, dictionary): the character model is weak on them.
      if (p.toks[tb].latin && p.toks[te - 1].latin) continue;
      // "MFアレックス・ソウザ": a football position in capitals glued before a Japanese name is no part of
      // it, and the name after it is a player's.
      std::string_view type = s.type;
      int from = bs;
      if (lang == "ja" && tb + 1 < te && In(WordList::kJaPlayerPosition, p.Text(tb)) &&
          !p.toks[tb + 1].latin) {
        from = p.toks[++tb].start;
        type = "PER";
      }
      // A span that starts or ends inside one of ICU's dictionary words takes the whole word
      // ("イオン銀" of "イオン銀行"): the character model's boundaries are its weak point.
      int start = p.toks[tb].kind == kWord ? std::min(from, p.toks[tb].start) : from;
      // (Not over a one-character function word ICU wrote together with a family name, "后梁" of
      // "会后梁嘉欣表示": the model's person starts at the family name; thirtieth session, branch
      // entlearn30.)
      if (lang == "zh" && s.type == "PER" && start < bs &&
          CountCodePoints(p.text.substr(start, bs - start)) == 1 &&
          In(WordList::kZhNameLeftStop, p.text.substr(start, bs - start))) {
        size_t first = 0;
        DecodeUtf8(p.text.substr(bs), &first);
        if (In(WordList::kZhSurname, p.text.substr(bs, first))) start = bs;
      }
      const int end = p.toks[te - 1].kind == kWord ? std::max(be, p.toks[te - 1].end) : be;
      surface = p.text.substr(start, end - start);
      int cut = end;
      if (type == "ORG") {
        CjkSpan sp{tb, te, start, cut, false};
        if (!CjkOrgBounds(p, lang, end, &sp)) continue;
        tb = sp.tb, te = sp.te, start = sp.start, cut = sp.cut;
        if (lang == "zh" && ZhDescribedKind(p.text, start, cut)) continue;
        // "ひかり" + "坂法律事務所": a hiragana front the model left out (extract/entity_bounds.h).
        if (lang == "ja" && start == p.toks[tb].start)
          for (start = JapaneseHiraganaFrontStart(p.text, p.toks, tb, p.owner); p.toks[tb].start > start;)
            --tb;
      }
      // "サンライズ・ミュージック": katakana parts after a middle dot continue the name.
      if (size_t more = KatakanaContinuation(p.text, static_cast<size_t>(cut)); more > 0) {
        const int new_cut = cut + static_cast<int>(more);
        int nte = te;
        while (nte < p.Size() && p.toks[nte].start < new_cut) ++nte;
        bool free_more = true;
        for (int t = te; t < nte; ++t) free_more &= p.owner[t] < 0;
        if (free_more) {
          cut = new_cut;
          te = nte;
        }
      }
      // The first characters of a listed title that runs on past the span are no part of the name
      // before it ("山口広美副" + "知事" of "副知事", "堀内最高経営" + "責任者" of
      // "最高経営責任者"); two code points of the name are left at least.
      if (const int title_at = TitleStraddleStart(p.text, start, cut, lang == "zh" && type == "ORG");
          title_at < cut) {
        cut = title_at;
        while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
      }
      // A name before a title is a person ("野村証券の松本彩アナリスト"); a word before a
      // minister's title is a portfolio ("財務相"), no name.
      bool person = type == "PER";
      {
        CjkSpan sp{tb, te, start, cut, person};
        if (!CjkSpanIsPerson(p, &sp)) continue;
        // "高瓴" + "创投", "阿里健康": a company's short name, no person (zh_company_tails.cc).
        if (ChineseCompanyTailSpan(p, lang, &sp)) te = sp.te, cut = sp.cut;
        person = sp.person;
      }
      if (person) {
        CjkSpan sp{tb, te, start, cut, true};
        CjkPersonName(p, lang, &sp);
        te = sp.te, cut = sp.cut;
        // "研究员于周一表示": a Chinese time word is no person's name (周 is also a family name); "中汽协",
        // "中影股份": a body's contracted name is no person either (thirty-first session).
        const std::string_view name = p.text.substr(start, cut - start);
        if (lang == "zh" && In(WordList::kZhTimeWord, name)) continue;
        if (lang == "zh" && ChineseBodyContraction(name)) person = false;
      } else if (lang == "zh") {
        // "中汽协呼吁": a trailer verb of two characters or more the span took in is no part of an
        // organization's name either (two code points of the name left at least; twenty-ninth session).
        const std::string_view name = p.text.substr(start, cut - start);
        for (const std::string& w : EntityWords::Default().List(WordList::kZhNameTrailer))
          if (CountCodePoints(w) >= 2 && EndsWith(name, w) &&
              CountCodePoints(name.substr(0, name.size() - w.size())) >= 2) {
            cut -= static_cast<int>(w.size());
            while (te - 1 > tb && p.toks[te - 1].start >= cut) --te;
            break;
          }
      }
      Cand c = SpanCand(pi, tb, te, start, cut, person ? EntityType::kPerson : EntityType::kOrganization,
                        0.4 + 0.4 * s.score);
      surface = p.text.substr(start, cut - start);
      if (auto it = alias_to_entry.find(surface);
          it != alias_to_entry.end() && (entries[it->second].type == EntityType::kPerson) == person) {
        c.dict = it->second;
        c.type = entries[it->second].type;
      }
      Claim(p, cands, std::move(c));
    }
  }
}

// The end of a CJK person name [start, cut) before a word that starts inside it: a Chinese trailer
// verb (zh_name_trailer) opening in the last code point and running past cut ("韩松坦" + "坦言"), or a
// title prefix (cjk_title_prefix) ending the span right before a listed title ("澤芳樹名誉" + "教授");
// two code points of the name are left at least. `cut` when none.
int EntityRecognizer::Impl::CjkNameEndBeforeTrailer(const Para& p, std::string_view lang, int start,
                                                    int cut) const {
  const std::string_view name = p.text.substr(start, cut - start);
  const size_t last = LastCodePointStart(name, name.size());
  if (lang == "zh" && CountCodePoints(name.substr(0, last)) >= 2)
    for (const std::string& w : EntityWords::Default().List(WordList::kZhNameTrailer))
      if (w.size() > name.size() - last && p.text.substr(start + last).starts_with(w))
        return start + static_cast<int>(last);
  if (ListWordAt(WordList::kCjkTitle, p.text.substr(cut)).empty()) return cut;
  for (const std::string& w : EntityWords::Default().List(WordList::kCjkTitlePrefix))
    if (EndsWith(name, w) && CountCodePoints(name.substr(0, name.size() - w.size())) >= 2)
      return cut - static_cast<int>(w.size());
  return cut;
}

// The end of a Chinese person span [start, cut) the character model cut before the name's last
// character: a family name and one character, then one free Han character that opens no stop,
// trailer or cue word, then a trailer verb ("胡一" of "胡一鸣评价称", "何立" of "何立新则认为").
int EntityRecognizer::Impl::ChineseNameLastChar(const Para& p, int start, int cut) const {
  const std::string_view name = p.text.substr(start, cut - start);
  size_t first = 0;
  if (name.empty() || CountCodePoints(name) != 2) return cut;
  DecodeUtf8(name, &first);
  if (!In(WordList::kZhSurname, name.substr(0, first))) return cut;
  const std::string_view rest = p.text.substr(cut);
  size_t x = 0;
  const char32_t c = DecodeUtf8(rest, &x);
  if (x == 0 || c < 0x4E00 || c > 0x9FFF) return cut;
  for (int t = 0; t < p.Size(); ++t)
    if (p.toks[t].start < cut + static_cast<int>(x) && p.toks[t].end > cut && p.owner[t] >= 0) return cut;
  for (WordList l :
       {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue, WordList::kCjkTitle})
    for (const std::string& w : EntityWords::Default().List(l))
      if (rest.starts_with(w)) return cut;
  for (const std::string& w : EntityWords::Default().List(WordList::kZhNameTrailer))
    if (rest.substr(x).starts_with(w)) return cut + static_cast<int>(x);
  return cut;
}

// A Chinese organization span of the character model [*start, *cut) over tokens [*tb, te) that
// took in the words before the name: verbs or function words opening it (zh_name_left_stop:
// "举行新闻", "请来浙江大学") are no part of it; an anonymized body ("某电商平台") is none. A team of the
// body ("北京协和医院团队", "清华团队") is the body. False when no name of two code points or more (three
// after a stop word) is left.
bool EntityRecognizer::Impl::ChineseOrgSpanStart(const Para& p, int* tb, int te, int* start, int* cut) const {
  for (std::string_view tail : {std::string_view("团队"), std::string_view("小组")})
    if (EndsWith(p.text.substr(*start, *cut - *start), tail)) *cut -= static_cast<int>(tail.size());
  // ("杭州一公司", "上海一物流公司": a place, "a" and a kind of body name none.)
  for (int t = *tb; t < te && p.toks[t].end <= *cut; ++t)
    if (p.IsWord(t) && (p.Text(t) == kZhAnonymous || p.Text(t) == "一")) return false;
  int k = -1;
  for (int t = *tb; t < te && p.toks[t].end <= *cut && p.IsWord(t) &&
                    In(WordList::kZhNameLeftStop, p.Text(t)) && !ZhStopInsideName(p, t);
       ++t)
    k = t;
  if (k >= 0) {
    if (k + 1 >= te || p.toks[k + 1].start >= *cut ||
        CountCodePoints(p.text.substr(p.toks[k + 1].start, *cut - p.toks[k + 1].start)) < 3)
      return false;
    *tb = k + 1;
    *start = p.toks[k + 1].start;
  }
  return CountCodePoints(p.text.substr(*start, *cut - *start)) >= 2;
}

// ---- Pass 4a: Japanese company cues. A katakana word written right after a company cue word
// ("新興企業ソラリスが", "スタートアップのアルテミスは" is left to the tagger) and closed by a
// particle or punctuation is a company: the character model misses such new names.

namespace {
// Every code point is katakana (the long vowel mark included) or Han ("ナ", "ミノ", "食品").
bool IsKatakanaOrHanWord(std::string_view w) {
  if (w.empty()) return false;
  for (size_t i = 0; i < w.size();) {
    const char32_t c = DecodeUtf8(w, &i);
    if (!((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || (c >= 0x3400 && c <= 0x9FFF))) return false;
  }
  return true;
}
bool IsKatakanaWord(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size();) {
    char32_t c = DecodeUtf8(w, &i);
    if (!((c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC)) return false;  // katakana, long vowel mark
    ++n;
  }
  return n >= 2;
}
}  // namespace

void EntityRecognizer::Impl::JapaneseCuePass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.toks[t].space_before || !IsKatakanaWord(p.Text(t))) continue;
    std::string_view prev = p.Text(t - 1);
    bool cue = false;
    for (const std::string& c : EntityWords::Default().List(WordList::kJaCompanyCue))
      cue = cue || prev.ends_with(c);
    // The name ends where a particle or punctuation follows (not inside a longer katakana word).
    if (!cue || !p.IsWord(t - 1) || IsKatakanaWord(p.Text(t + 1)) || p.toks[t + 1].space_before) continue;
    // (A kind of company after it makes the word a kind, no name: "大手バス会社", "大手ゲーム企業";
    // thirty-second session.)
    bool kind = false;
    for (const std::string& c : EntityWords::Default().List(WordList::kJaCompanyCue))
      kind = kind || (p.IsWord(t + 1) && p.Text(t + 1).starts_with(c));
    if (kind) continue;
    ClaimWord(pi, p, cands, t, EntityType::kCompany, 0.55);
  }
}

// "投資コンサルティング会社「グローバル・ブリッジ」", "NPO法人「おたりの足」", "5人組ボーカルグループ「星屑
// ライン」", "电商平台“优选汇”": a name in corner brackets or double quotes written right after a
// word that ends in a kind of organization (`cjk_quote_org_cue`) is an organization, whatever its
// script (hiragana and spaces included: "炉ばた 月光"). A quote of two to sixteen code points with no
// sentence or list punctuation inside; a listed name inside keeps its entry.
void EntityRecognizer::Impl::CjkQuotedNamePass(int pi, Para& p, std::vector<Cand>& cands) const {
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"「", "」"}, {"『", "』"}, {"“", "”"}, {"《", "》"}};
  // Ends of newspaper and magazine names ("北京青年报", "新闻周刊").
  static constexpr std::string_view kPublicationEnds[] = {"报", "報", "杂志", "雜誌", "周刊", "週刊"};
  for (int t = 1; t + 2 < p.Size(); ++t) {
    std::string_view close;
    for (const auto& [o, c] : kQuotes)
      if (p.IsPunct(t, o)) close = c;
    if (close.empty() || !p.IsWord(t - 1) || p.toks[t].space_before) continue;
    bool cue = false;
    // (The text before the quote, not the last word: ICU may split the cue, "俱|乐部".)
    // (Japanese may write の between the kind and the quote: "バイオベンチャーの「…」"; thirty-first
    // session.)
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    const std::string_view before_no = before.ends_with("の") ? before.substr(0, before.size() - 3) : before;
    for (const std::string& c : EntityWords::Default().List(WordList::kCjkQuoteOrgCue))
      cue = cue || before.ends_with(c) || before_no.ends_with(c);
    // Book-title brackets hold works as well as publications: 《…》 names a newspaper or magazine
    // by a cue before it (期刊《自然》), a publication ending (《北京青年报》) or "据《…》报道".
    const bool book = close == "》";
    if (!cue && !book) continue;
    int r = t + 1;
    while (r < p.Size() && r < t + 12 && !p.IsPunct(r, close)) ++r;
    if (r >= p.Size() || !p.IsPunct(r, close) || r == t + 1) continue;
    const int start = p.toks[t + 1].start, end = p.toks[r - 1].end;
    const std::string_view name = p.text.substr(start, end - start);
    if (book && !cue) {
      bool publication = before.ends_with("据") && p.text.substr(p.toks[r].end).starts_with("报道");
      for (std::string_view e : kPublicationEnds) publication = publication || EndsWith(name, e);
      if (!publication) continue;
    }
    const int n = CountCodePoints(name);
    bool clean = n >= 2 && n <= 16;
    for (std::string_view x : {"。", "、", "，", "！", "？", "「", "“"})
      clean = clean && name.find(x) == std::string_view::npos;
    for (int k = t + 1; k < r && clean; ++k) clean = p.owner[k] < 0;
    if (!clean) continue;
    // 「LUMINOVA(ルミノバ)」: a name and its other script's spelling in brackets (ScriptPairGloss) are one
    // name written twice, the bracketed one a gloss of the first.
    if (const int open = BracketedSpellingAt(p, t + 1, r); open > 0) {
      const int first = ClaimHanOrganization(pi, p, cands, t + 1, open, start, 0.7);
      if (first >= 0) {
        const int g = ClaimHanOrganization(pi, p, cands, open + 1, r - 1, p.toks[open + 1].start, 0.7);
        if (g >= 0) {
          cands[g].key = "#" + std::to_string(first);
          cands[g].type = cands[first].type;
        }
      }
      continue;
    }
    ClaimHanOrganization(pi, p, cands, t + 1, r, start, 0.7);
  }
}

// Tokens [b, e) of `p` end in a bracketed spelling of the words before it in another script
// (ScriptPairGloss: "LUMINOVA(ルミノバ)", "ルミナス（LUMINUS）"): the opening bracket's token, else -1.
int EntityRecognizer::Impl::BracketedSpellingAt(const Para& p, int b, int e) const {
  if (e - b < 4 || !(p.IsPunct(e - 1, ")") || p.IsPunct(e - 1, "）"))) return -1;
  int open = e - 2;
  while (open > b && !(p.IsPunct(open, "(") || p.IsPunct(open, "（"))) --open;
  if (open <= b || open + 1 >= e - 1) return -1;
  const std::string_view name = p.text.substr(p.toks[b].start, p.toks[open - 1].end - p.toks[b].start);
  const std::string_view gloss =
      p.text.substr(p.toks[open + 1].start, p.toks[e - 2].end - p.toks[open + 1].start);
  return ScriptPairGloss(name, gloss) ? open : -1;
}

// "株式会社ナミノ食品が", "所属事務所の株式会社ヒカリエージェンシーが": a legal form written before
// the name (`ja_company_form`) and the katakana and Han words after it, up to a particle or
// punctuation, are one company (the character model takes the form for a name, or half the name).
void EntityRecognizer::Impl::JapaneseLegalFormPass(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t)) continue;
    // The form may end a word ICU wrote together ("企業株式会社"): the name starts at the form.
    int at = -1;
    std::string_view form;
    for (const std::string& x : EntityWords::Default().List(WordList::kJaCompanyForm))
      if (const size_t k = p.text.substr(p.toks[t].start, p.Text(t).size() + x.size()).find(x);
          k < p.Text(t).size() && at < 0) {
        at = p.toks[t].start + static_cast<int>(k);
        form = x;
      }
    if (at < 0) continue;
    int f = t;  // the form's last token
    while (f < p.Size() && p.toks[f].end < at + static_cast<int>(form.size())) ++f;
    if (f >= p.Size() || p.toks[f].end != at + static_cast<int>(form.size())) continue;
    int e = f + 1, cps = 0;
    while (e < p.Size() && e < f + 6 && p.IsWord(e) && !p.toks[e].space_before &&
           p.toks[e].sentence == p.toks[t].sentence &&
           (IsKatakanaOrHanWord(p.Text(e)) || (p.toks[e].latin && e == f + 1)))
      cps += CountCodePoints(p.Text(e++));
    if (e == f + 1 || cps < 2 || cps > 16) continue;
    bool listed = false;
    for (int k = t; k < e; ++k) listed |= p.owner[k] >= 0 && cands[p.owner[k]].dict >= 0;
    if (listed) continue;
    EraseCands(p, cands, t, e);
    Claim(p, cands, SpanCand(pi, t, e, at, p.toks[e - 1].end, EntityType::kCompany, 0.7));
  }
}

// ---- Pass 4c: longer Japanese and Chinese organization names

// "阿里巴巴集团", "华为技术有限公司", "みずほ証券", "SMBC日興証券", "杭州市公安局公共交通分局",
// "全国人大常委会预算工作委员会": a listed or tagged organization followed, written together, by
// up to ten Han characters (sixteen with katakana) that end in a head of `cjk_name_head` is the start of a
// longer name. Repeated, so a branch of a committee is read whole.
bool EntityRecognizer::Impl::ExtendCjkOrgName(Para& p, std::vector<Cand>& cands, int ci) const {
  Cand& c = cands[ci];
  if (c.type == EntityType::kPerson || (c.dict >= 0 && entries[c.dict].type == EntityType::kOther) ||
      c.te <= c.tb || c.end != p.toks[c.te - 1].end)
    return false;
  int cps = 0;
  bool joined = false;  // a 与 / 及 inside the unit's name passed (ZhUnitJoin)
  for (int q = c.te; q < p.Size() && q < c.te + 6; ++q) {
    const Token& t = p.toks[q];
    // Parent + unit: another organization written right after it is a unit of it, one name
    // ("経済産業省資源エネルギー庁", "中国科学院国家天文台"); so is one after the unit's words and 与 / 及.
    if ((q == c.te || joined) && t.kind == kWord && p.owner[q] >= 0 && p.owner[q] != ci && !t.space_before &&
        !t.latin && t.sentence == p.toks[c.tb].sentence) {
      const int o = p.owner[q];
      Cand& u = cands[o];
      // (A listed company is no unit: "电商平台京东".)
      if (u.tb != q || u.dropped || u.type == EntityType::kPerson || !u.key.empty() ||
          u.end != p.toks[u.te - 1].end ||
          (u.dict >= 0 &&
           (entries[u.dict].type == EntityType::kOther || entries[u.dict].type == EntityType::kCompany)))
        break;
      for (int k = u.tb; k < u.te; ++k) p.owner[k] = ci;
      c.te = u.te;
      c.end = u.end;
      c.dict = -1;
      c.type = EntityType::kOrganization;
      u.dropped = true;
      u.drop_rule = -1;
      return true;
    }
    // A number written inside the unit's name, words on both sides ("捜査2課", "刑事第11部", "2012实验室").
    if (t.kind == kNumber && p.owner[q] < 0 && !t.space_before && q + 1 < p.Size() && p.IsWord(q + 1) &&
        !p.toks[q + 1].space_before && t.sentence == p.toks[c.tb].sentence) {
      cps += CountCodePoints(p.Text(q));
      continue;
    }
    // Latin letters written inside the unit's name ("京都大学iPS細胞研究所"), not after a space.
    if (t.kind != kWord || p.owner[q] >= 0 || t.sentence != p.toks[c.tb].sentence ||
        (t.latin && t.space_before) || t.has_hangul)
      break;
    const std::string_view w = p.Text(q);
    // (After a listed parent only: a tagged one may be cut at its front, "交通大学" of "西南交通大学".)
    if (c.dict >= 0 && ZhUnitJoin(p, c.end, q)) {
      joined = true;
      ++cps;
      continue;
    }
    // A Chinese stop word is no part of a name ("发改委已会同财政部"); "财政部和水利部": 和 after a
    // name that ends in a head opens the next item of a list.
    if (In(WordList::kZhNameLeftStop, w) ||
        (w == kZhNameJoin &&
         (EndsWithAnyOf(WordList::kZhOrgHead, p.text.substr(c.start, c.end - c.start)) ||
          EndsWithAnyOf(WordList::kCjkNameHead, p.text.substr(c.start, c.end - c.start)))))
      break;
    if (t.latin) {
      cps += CountCodePoints(w);
      continue;
    }
    // A space only before a katakana word ("パナソニック エナジー"); hiragana are particles.
    if (t.space_before && !(q == c.te && IsKatakanaWord(w))) break;
    bool kana_or_han = true;
    for (size_t b = 0; b < w.size() && kana_or_han;) {
      const char32_t cp = DecodeUtf8(w, &b);
      kana_or_han = (cp >= 0x30A1 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF);
    }
    // (Katakana spell long: "フィナンシャルグループ" is eleven code points.)
    if (!kana_or_han || (cps += CountCodePoints(w)) > (IsKatakanaWord(w) ? 16 : 10)) break;
    // ("…投资司" + "副司长": a one-character word that opens a title with the text after it, 司 + 长 = 司长,
    // is the title's, no head of the name; thirtieth session, branch entlearn30.)
    const bool title_word = CountCodePoints(w) == 1 &&
                            (ListWordAt(WordList::kZhRoleNoun, p.text.substr(t.start)).size() > w.size() ||
                             ListWordAt(WordList::kCjkTitle, p.text.substr(t.start)).size() > w.size());
    const std::string_view unit_text = p.text.substr(c.end, t.end - c.end);
    const bool head = CjkUnitEndsInHead(w, unit_text);
    // A relation word ends the name ("…有限公司" + "全资子公司": a subsidiary of it, named elsewhere).
    bool relation = false;
    for (size_t b = 0; head && !relation && b < unit_text.size();) {
      const std::string_view tail = unit_text.substr(b);
      relation = CountCodePoints(tail) >= 2 && In(WordList::kZhNameLeftStop, tail);
      DecodeUtf8(unit_text, &b);
    }
    if (relation || title_word) break;
    if (!head) continue;
    for (int k = c.te; k <= q; ++k) p.owner[k] = ci;
    c.te = q + 1;
    c.end = t.end;
    // "みずほ" + "リサーチ" + "&テクノロジーズ": katakana parts after a joiner continue the name, another
    // company than the listed one.
    if (const size_t more = KatakanaContinuation(p.text, static_cast<size_t>(c.end)); more > 0) {
      const int new_end = c.end + static_cast<int>(more);
      int nte = c.te;
      bool free_more = true;
      for (; nte < p.Size() && p.toks[nte].start < new_end; ++nte) free_more = free_more && p.owner[nte] < 0;
      if (free_more && p.toks[nte - 1].end == new_end) {
        for (int k = c.te; k < nte; ++k) p.owner[k] = ci;
        c.te = nte;
        c.end = new_end;
        c.dict = -1;
      }
    }
    // A listed company stays itself ("阿里巴巴集团" is Alibaba, "みずほ証券" Mizuho's arm); a
    // committee or branch of a listed body is another body.
    // A unit of a listed company is another body too ("腾讯" + "可持续社会价值事业部").
    if (c.dict >= 0 && (entries[c.dict].type != EntityType::kCompany ||
                        EndsWithAnyOf(WordList::kCjkUnitHead, p.text.substr(c.start, c.end - c.start))))
      c.dict = -1;
    if (c.type == EntityType::kPublication) c.type = EntityType::kOrganization;
    return true;
  }
  return false;
}

// ---- Pass 4e: Chinese organizations by their head and by lists

// Candidates of tokens [tb, te) are no names: another reading of their words wins. Their
// tokens are freed; they are never output nor revived.
void EntityRecognizer::Impl::EraseCands(Para& p, std::vector<Cand>& cands, int tb, int te) const {
  for (int t = tb; t < te; ++t) {
    const int o = p.owner[t];
    if (o < 0) continue;
    Cand& c = cands[o];
    for (int k = c.tb; k < c.te; ++k) p.owner[k] = -1;
    c.dropped = true;
    c.drop_rule = -1;
  }
}

// "梅赛德斯-奔驰", "劳斯莱斯-宾利": two Han names joined by a hyphen, nothing between, one of them a
// company or organization, are one company's name (the model reads the first a person).
void EntityRecognizer::Impl::JoinCjkHyphenNames(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.te + 1 >= p.Size() || c.end != p.toks[c.te - 1].end) continue;
    const int h = c.te;
    const int o = p.owner[h + 1];
    if (!(p.IsPunct(h, "-") || p.IsPunct(h, "－")) || p.toks[h].start != c.end || o < 0 || o == ci) continue;
    Cand& d = cands[o];
    if (d.dropped || d.tb != h + 1 || d.start != p.toks[h].end || p.toks[c.tb].latin || p.toks[d.tb].latin ||
        (c.type == EntityType::kPerson && d.type == EntityType::kPerson) ||
        CountCodePoints(p.text.substr(c.start, c.end - c.start)) < 2 ||
        CountCodePoints(p.text.substr(d.start, d.end - d.start)) < 2)
      continue;
    for (int t = d.tb; t < d.te; ++t) p.owner[t] = ci;
    p.owner[h] = ci;
    c.te = d.te;
    c.end = d.end;
    c.type = EntityType::kCompany;
    c.dict = -1;
    d.dropped = true;
    d.drop_rule = -1;
  }
}

// The unit's words `unit_text` written after a CJK organization, its last word `w`, end in a head
// (`cjk_name_head`). A one-character head is a word of its own, ends one of three characters or more ("検査"
// + "局", "公安局"; not "部署"), or ends one of two after other words of the unit ("装备工业" + "一司",
// "消化器" + "内科"; not "眼科" alone). A centre or a head office is a unit only with a qualifier of its own
// (`cjk_qualified_head`: "反诈" + "中心").
bool EntityRecognizer::Impl::CjkUnitEndsInHead(std::string_view w, std::string_view unit_text) const {
  const int word_cps = CountCodePoints(w);
  const int unit_cps = CountCodePoints(unit_text);
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkNameHead)) {
    const int head_cps = CountCodePoints(h);
    if (EndsWith(w, h) ? head_cps >= 2 || w.size() == h.size() || word_cps >= 3 ||
                             (word_cps == 2 && unit_cps >= 3 && !In(WordList::kCjkFalseUnitWord, w))
                       : head_cps >= 2 && EndsWith(unit_text, h))
      return true;
  }
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkQualifiedHead))
    if (EndsWith(unit_text, h) && unit_cps >= CountCodePoints(h) + 2) return true;
  return false;
}

// Word q is 与 or 及 inside the name of a unit written right after its parent (ending at byte `from`): two
// code points of Han words or more before it since `from`, no head, title or stop word among them
// ("国家航天局" + "探月与航天工程中心", "…联合会" + "命名及分类委员会"); ExtendCjkOrgName then reads on to
// the unit's head (thirty-first session).
bool EntityRecognizer::Impl::ZhUnitJoin(const Para& p, int from, int q) const {
  const std::string_view w = p.Text(q);
  if (w != kZhNameJoinFormal && w != "及") return false;
  int words = 0;
  for (int k = q - 1; k >= 0 && p.toks[k].start >= from; --k) {
    const std::string_view x = p.Text(k);
    if (!p.IsWord(k) || p.owner[k] >= 0 || !IsHanWord(x) || In(WordList::kZhNameLeftStop, x) ||
        In(WordList::kCjkTitle, x) || In(WordList::kZhRoleNoun, x) ||
        EndsWithAnyOf(WordList::kCjkNameHead, x))
      return false;
    ++words;
  }
  return words > 0 && CountCodePoints(p.text.substr(from, p.toks[q].start - from)) >= 2;
}

// Word k is 与 (or 和) joining two modifiers of one name ("交通运输与物流学院", "地理科学与资源研究所"): the
// word before it is a Han word of two characters or more that ends in no head and is no stop word ("并与",
// "将与" open the phrase instead).
bool EntityRecognizer::Impl::ZhJoinInsideName(const Para& p, int k) const {
  const std::string_view w = p.Text(k);
  return (w == kZhNameJoin || w == kZhNameJoinFormal) && k > 0 && p.IsWord(k) && p.IsWord(k - 1) &&
         IsHanWord(p.Text(k - 1)) && CountCodePoints(p.Text(k - 1)) >= 2 &&
         !EndsWithAnyOf(WordList::kZhOrgHead, p.text.substr(0, p.toks[k - 1].end)) &&
         !In(WordList::kZhNameLeftStop, p.Text(k - 1)) &&
         // (A place right after it opens another name: "社区和|浙江某律师事务所"; thirty-first session.)
         !(p.IsWord(k + 1) && In(WordList::kZhPlaceName, p.Text(k + 1)));
}

// Word k is a one-character function word (`zh_name_left_stop`, 和, `zh_left_glue`) written between two Han
// characters the segmenter found no word in: the character after it is a word of one character, no function
// word itself, written tight ("北京鑫|和|源文化传播有限公司", "毕业于|同|济|大学", "对|外|经济贸易大学"). It
// is then a character of an unknown name, no word that opens the phrase (thirty-eighth session).
bool EntityRecognizer::Impl::ZhStopInsideName(const Para& p, int k) const {
  if (k <= 0 || k + 1 >= p.Size() || !p.IsWord(k) || !p.IsWord(k + 1) || !p.IsWord(k - 1)) return false;
  const std::string_view w = p.Text(k), next = p.Text(k + 1);
  if (CountCodePoints(w) != 1 || CountCodePoints(next) != 1 || !IsHanWord(next) ||
      !IsHanWord(p.Text(k - 1)) || p.toks[k].space_before || p.toks[k + 1].space_before ||
      p.toks[k + 1].sentence != p.toks[k].sentence)
    return false;
  return !In(WordList::kZhNameLeftStop, next) && next != kZhNameJoin && !In(WordList::kZhLeftGlue, next) &&
         !In(WordList::kZhPronoun, next);
}

// A personal pronoun opens the phrase before a name, no part of it: the pronoun as a word ("我们|实验室")
// or one ICU wrote together with a one-character stop word after it ("他在|研究室", "她从|…").
static bool ZhPronounLead(std::string_view w) {
  if (In(WordList::kZhPronoun, w)) return true;
  if (CountCodePoints(w) != 2) return false;
  const size_t first = Utf8SequenceLength(w, 0);
  return first < w.size() && In(WordList::kZhPronoun, w.substr(0, first)) &&
         In(WordList::kZhNameLeftStop, w.substr(first));
}

// The Han words [a, k) written before a name that starts at token k (a tagger span or a listed name)
// are glue, no part of it: the word right before the name is a one-character function word
// (`zh_name_left_stop` or 和, 同, 跟: "会同|工业和信息化部", "和|中国建筑集团"), the words end in a stop word
// of two characters or more (a relation cue or verb: "赔偿原告", "合作方", "加入") or in a kind of
// organization ("经纪公司", "服务机构", "部件厂商"), or a personal pronoun stands among them ("他希望").
bool EntityRecognizer::Impl::ZhGluedLead(const Para& p, int a, int k) const {
  if (a >= k || k <= 0) return false;
  const std::string_view last = p.Text(k - 1);
  if (CountCodePoints(last) == 1 && !ZhStopInsideName(p, k - 1) &&
      (In(WordList::kZhNameLeftStop, last) || last == kZhNameJoin || In(WordList::kZhLeftGlue, last)))
    return true;
  const std::string_view lead = p.text.substr(p.toks[a].start, p.toks[k].start - p.toks[a].start);
  // (A pronoun ends the modifier's walk, ZhNameStart: "他|希望|协和医院", "他|曾在|长江水利委员会".)
  if (a > 0 && p.IsWord(a - 1) && ZhPronounLead(p.Text(a - 1))) return true;
  for (int q = a; q < k; ++q) {
    if (In(WordList::kZhPronoun, p.Text(q))) return true;
    const std::string_view tail = p.text.substr(p.toks[q].start, p.toks[k].start - p.toks[q].start);
    if (CountCodePoints(tail) >= 2 &&
        (In(WordList::kZhNameLeftStop, tail) || In(WordList::kZhLeftGlue, tail)))
      return true;
  }
  return EndsWithAnyOf(WordList::kZhOrgCue, lead) || EndsWith(lead, "公司") ||
         (EndsWithAnyOf(WordList::kZhListKind, lead) && !EndsWithAnyOf(WordList::kZhOrgHead, lead) &&
          !EndsWithAnyOf(WordList::kCjkNameHead, lead));
}

// A registered Chinese name opens with its place: `rest` starts with a `zh_place_name` (and its
// `cjk_place_suffix`), two code points or more of name follow, and it ends in a legal form, a school head
// or a people's court ("深圳市鸿达盛电子有限公司", "杭州师范大学", "杭州市余杭区人民法院"). The words before
// it
// (`lead`) are then the clause's verb or adverb ("多次收受", "作为", "附近", "维持"), no part of it, unless
// they are a parent's name (ending in an organization head or a place: "中国科学院", "浙江省"), a country
// or a place.
static bool ZhRegisteredNameAfterLead(std::string_view lead, std::string_view rest) {
  std::string_view place = ListWordAt(WordList::kZhPlaceName, rest);
  if (place.empty() || CountCodePoints(lead) < 2 || In(WordList::kZhCountry, lead) ||
      In(WordList::kZhPlaceName, lead))
    return false;
  for (WordList l :
       {WordList::kZhOrgHead, WordList::kCjkNameHead, WordList::kCjkPlaceSuffix, WordList::kZhOrgCue})
    if (EndsWithAnyOf(l, lead)) return false;
  std::string_view body = rest.substr(place.size());
  body = body.substr(ListWordAt(WordList::kCjkPlaceSuffix, body).size());
  std::string_view end;
  for (WordList l : {WordList::kZhLegalForm, WordList::kZhSchoolHead})
    for (const std::string& x : EntityWords::Default().List(l))
      if (x.size() > end.size() && EndsWith(body, x)) end = x;
  for (const std::string& x : EntityWords::Default().List(WordList::kZhCourtHead))
    if (EndsWith(body, "人民" + x))
      end = body.substr(body.size() - x.size() - std::string_view("人民").size());
  return !end.empty() && CountCodePoints(body.substr(0, body.size() - end.size())) >= 2;
}

// A Chinese organization span that opens with a preposition or function word (`zh_name_left_stop`:
// "通过北京康寿园…" "through"), with a kind of organization before a place ("经纪公司北京声浪…": an
// agency, `zh_org_cue` or a word ending in 公司, then a `zh_place_name`) or with a clause's words before a
// registered name (ZhRegisteredNameAfterLead: "多次收受|深圳市鸿达盛电子有限公司") starts after it; the rest
// keeps four code points or more.
void EntityRecognizer::Impl::TrimChineseOrgLeads(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2) continue;
    for (int k = c.tb + 1; k < c.te; ++k) {
      const std::string_view lead = p.text.substr(c.start, p.toks[k].start - c.start);
      const std::string_view rest = p.text.substr(p.toks[k].start, c.end - p.toks[k].start);
      if (!IsHanWord(lead) || CountCodePoints(rest) < 4) break;
      bool place = false;
      for (const std::string& pl : EntityWords::Default().List(WordList::kZhPlaceName))
        place = place || rest.substr(0, pl.size()) == pl;
      // (Also a stop word of two characters or more that ends the lead: "京华东方置业母公司|京华城建集团".)
      bool stop = In(WordList::kZhNameLeftStop, lead) || In(WordList::kZhLeftGlue, lead);
      for (int q = c.tb + 1; q < k && !stop; ++q) {
        const std::string_view tail = p.text.substr(p.toks[q].start, p.toks[k].start - p.toks[q].start);
        stop = CountCodePoints(tail) >= 2 && In(WordList::kZhNameLeftStop, tail);
      }
      const bool kind = place && (EndsWithAnyOf(WordList::kZhOrgCue, lead) || EndsWith(lead, "公司"));
      if (!stop && !kind && !(place && ZhRegisteredNameAfterLead(lead, rest))) continue;
      for (int q = c.tb; q < k; ++q) p.owner[q] = -1;
      c.tb = k;
      c.start = p.toks[k].start;
      break;
    }
  }
}

// Where a Chinese name ending with token t (inclusive) starts: Han words going left, free, in
// the same sentence, up to `max_cps` code points, stopping at a function word or a verb that
// opens the phrase before a name (`zh_name_left_stop`: 从, 据, 在, 表示, 包括); -1 if none.
// "和" joins two modifiers when the word before it ends no organization head.
int EntityRecognizer::Impl::ZhNameStart(const Para& p, int t, int sentence, int max_cps, int ignore,
                                        bool* stopped) const {
  int a = -1, cps = 0;
  *stopped = false;
  for (int k = t; k >= 0; --k) {
    const std::string_view w = p.Text(k);
    // (A word that is a head by itself ends the name before: "一审法院|浦东新区人民法院".)
    if (!p.IsWord(k) || !IsHanWord(w) || (p.owner[k] >= 0 && p.owner[k] != ignore) ||
        p.toks[k].sentence != sentence || (k < t && p.toks[k + 1].space_before) ||
        (k < t && CountCodePoints(w) >= 2 && In(WordList::kZhOrgHead, w)))
      break;
    // (与 joins modifiers too: "交通运输与物流学院", "音像与数字出版协会"; "并与" opens the phrase.)
    // (The word before it is one of two characters or more: "将与中国…" opens the phrase with 将.)
    if (a >= 0 && ZhJoinInsideName(p, k)) {
    } else if (((In(WordList::kZhNameLeftStop, w) || w == kZhNameJoin) && !ZhStopInsideName(p, k)) ||
               ZhPronounLead(w) ||
               (a >= 0 && w.size() > kZhNameJoinFormal.size() && EndsWith(w, kZhNameJoinFormal))) {
      // (A word ICU wrote ending in 与 opens the phrase: "将与|中国音像与数字出版协会".)
      *stopped = true;
      break;
    }
    if ((cps += CountCodePoints(w)) > max_cps) break;
    a = k;
  }
  return a;
}

// "杭州市发展和改革委员会", "华东政法大学", "商务部", "杭州日报": a head of `zh_org_head` ending a
// word, after a modifier of Han words (ZhNameStart) of two code points or more, is an
// organization. A head of one character must be a word of its own ("商务|部", not "内部").
void EntityRecognizer::Impl::ChineseHeadNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int h = 1; h < p.Size(); ++h) {
    // An unlisted tagger span that ends in the same head may start later than the name does
    // ("区人民法院" of "浦东新区人民法院") or take in the words before it ("这家长河大学"): the
    // head's modifier decides.
    const int tagged = p.owner[h];
    const bool retake = tagged >= 0 && cands[tagged].dict < 0 && cands[tagged].type != EntityType::kPerson &&
                        cands[tagged].source == EntitySource::kCjkTagger && cands[tagged].te == h + 1 &&
                        cands[tagged].end == p.toks[h].end;
    if (!p.IsWord(h) || (p.owner[h] >= 0 && !retake) || !IsHanWord(p.Text(h))) continue;
    const std::string_view upto = p.text.substr(0, p.toks[h].end);
    std::string_view head;
    for (const std::string& x : EntityWords::Default().List(WordList::kZhOrgHead))
      if (x.size() > head.size() && EndsWith(upto, x)) head = x;
    if (head.empty()) continue;
    const int head_start = p.toks[h].end - static_cast<int>(head.size());
    if (CountCodePoints(head) == 1 && p.toks[h].start != head_start) continue;
    // ("投资司副司长": a one-character head that opens a title with the text after it, 司 + 长 = 司长, is the
    // title's, no head; thirtieth session, branch entlearn30.)
    if (CountCodePoints(head) == 1 &&
        (ListWordAt(WordList::kZhRoleNoun, p.text.substr(head_start)).size() > head.size() ||
         ListWordAt(WordList::kCjkTitle, p.text.substr(head_start)).size() > head.size()))
      continue;
    int h0 = h;
    while (h0 > 0 && p.toks[h0].start > head_start) --h0;
    // A tagger span that stops inside the head ("市场信息联" of "…联席会") is retaken too
    // (extract/entity_bounds.h).
    const int cut_inside = retake ? -1 : TaggerSpanCutInHead(p, cands, h0, h, head_start);
    const int ignore = retake ? tagged : cut_inside;
    bool free = true;
    for (int t = h0; t < h; ++t) free &= (p.owner[t] < 0 || p.owner[t] == ignore) && IsHanWord(p.Text(t));
    if (!free) continue;
    // The modifier: what the head's first word holds before it, and the words before that.
    int a = p.toks[h0].start < head_start ? h0 : h0 - 1;
    if (a < 0) continue;
    // ("锁定|胜|局": a one-character head after a one-character word is a word's end.)
    if (CountCodePoints(head) == 1 && (a != h - 1 || CountCodePoints(p.Text(a)) < 2)) continue;
    bool stopped = false;
    const int first = ZhNameStart(p, a, p.toks[h].sentence, 12, ignore, &stopped);
    if (first < 0 || first > a) continue;
    // A stop word of two characters or more that ICU wrote together with the next word ("这|家长|河"
    // of "这家长河大学") still ends the phrase before the name: the name starts after its last one
    // (when two characters of modifier are left: "中国企业联合会" keeps 企业).
    // (Also one ICU wrote as two words, the first a stop word of its own: "这|家".)
    int start = p.toks[first].start;
    const int window = p.toks[first > 0 && IsHanWord(p.Text(first - 1)) ? first - 1 : first].start;
    const std::string_view modifier = p.text.substr(window, head_start - window);
    for (const std::string& x : EntityWords::Default().List(WordList::kZhNameLeftStop)) {
      if (x.size() < 6) continue;
      if (const size_t at = modifier.rfind(x); at != std::string_view::npos &&
                                               modifier.size() - at - x.size() >= 6 &&
                                               window + static_cast<int>(at + x.size()) > start) {
        start = window + static_cast<int>(at + x.size());
        stopped = true;
      }
    }
    // A tagger span is retaken when the name reaches further left, or when a stop word opens the
    // tagger's span ("并与同济大学").
    if (head_start - start < 6 ||
        (retake && (start == cands[tagged].start || (start > cands[tagged].start && !stopped))))
      continue;
    // The tagger's span is kept when the words the modifier adds before it are glue ("他希望|协和医院",
    // "经纪公司|星辰体育管理有限公司", "赔偿原告|锐驰智联科技有限公司").
    if (retake && start < cands[tagged].start) {
      int a0 = first;
      while (p.toks[a0].end <= start) ++a0;
      // ("地理科学与|资源研究所": 与 between two modifiers of a name with a head of two characters or more
      // joins them, ZhJoinInsideName; not "加强与|财政部".)
      const int tb = cands[tagged].tb;
      const bool joined = CountCodePoints(head) >= 2 && tb - 1 > a0 && ZhJoinInsideName(p, tb - 1);
      if (!joined && ZhGluedLead(p, a0, tb)) continue;
    }
    const std::string_view name = p.text.substr(start, p.toks[h].end - start);
    bool generic = false;
    for (const std::string& g : EntityWords::Default().List(WordList::kCjkGenericOrgFinal))
      generic = generic || EndsWith(name, g);
    if (generic) continue;
    if (retake) EraseCands(p, cands, h, h + 1);
    if (cut_inside >= 0) EraseCands(p, cands, cands[cut_inside].tb, cands[cut_inside].tb + 1);
    // A unit written right after its parent is one organization with it ("浙江大学建筑工程学院").
    if (const int o = first > 0 && start == p.toks[first].start && !p.toks[first].space_before
                          ? p.owner[first - 1]
                          : -1;
        o >= 0 && cands[o].type != EntityType::kPerson && !cands[o].dropped && cands[o].te == first &&
        cands[o].end == p.toks[first - 1].end &&
        (cands[o].dict < 0 || entries[cands[o].dict].type != EntityType::kOther)) {
      for (int t = first; t <= h; ++t) p.owner[t] = o;
      cands[o].te = h + 1;
      cands[o].end = p.toks[h].end;
      cands[o].type = EntityType::kOrganization;
      cands[o].dict = -1;
      continue;
    }
    int tb = first;
    while (p.toks[tb].end <= start) ++tb;
    ClaimHanOrganization(pi, p, cands, tb, h + 1, static_cast<int>(start));
  }
}

// An organization candidate over tokens [tb, te) from byte `start`, with its dictionary entry
// when the name is listed (not as a person).
int EntityRecognizer::Impl::ClaimHanOrganization(int pi, Para& p, std::vector<Cand>& cands, int tb, int te,
                                                 int start, double conf) const {
  Cand c = SpanCand(pi, tb, te, start, p.toks[te - 1].end, EntityType::kOrganization, conf);
  const std::string_view name = p.text.substr(c.start, c.end - c.start);
  if (auto it = alias_to_entry.find(name);
      it != alias_to_entry.end() && entries[it->second].type != EntityType::kPerson) {
    c.dict = it->second;
    c.type = entries[it->second].type;
  }
  return Claim(p, cands, std::move(c));
}

// "中国铁建、中国中铁等央企", "猫眼娱乐、华谊兄弟、万达电影等院线公司": the items of a list joined by
// "、" before 等 and a kind of organization (`zh_list_kind`: 企业, 公司, 机构) are organizations
// (the character model reads some as persons: "华谊", "万达"). A listed name keeps its entry.
void EntityRecognizer::Impl::ChineseListNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 2; t + 1 < p.Size(); ++t) {
    if (p.Text(t) != "等" || p.toks[t + 1].space_before) continue;
    const std::string_view kind = ListWordAt(WordList::kZhListKind, p.text.substr(p.toks[t].end));
    if (kind.empty()) continue;
    // Items right to left: [a, b) ends before "等" or "、".
    std::vector<std::pair<int, int>> items;
    const int sentence = p.toks[t].sentence;
    for (int b = t;;) {
      int a = b - 1;
      // ("发改委)、": a bracketed short form ends no item; the list is read up to it.)
      if (a < 0 || !p.IsWord(a) || !IsHanWord(p.Text(a))) break;
      while (a - 1 >= 0 && p.IsWord(a - 1) && IsHanWord(p.Text(a - 1)) &&
             p.toks[a - 1].sentence == sentence && b - a < 6)
        --a;
      if (a >= b || !p.IsWord(a) || !IsHanWord(p.Text(a))) break;
      items.emplace_back(a, b);
      if (!p.IsPunct(a - 1, "、")) break;
      b = a - 1;
    }
    if (items.size() < 2) continue;
    // The first item may follow a verb ("包括比亚迪"): it starts where a name could.
    std::pair<int, int>& first_item = items.back();
    for (int k = first_item.first; k < first_item.second; ++k)
      if (In(WordList::kZhNameLeftStop, p.Text(k))) first_item.first = k + 1;
    for (auto [a, b] : items) {
      const std::string_view name = p.text.substr(p.toks[a].start, p.toks[b - 1].end - p.toks[a].start);
      const int n = CountCodePoints(name);
      if (a >= b || n < 2 || n > 8) continue;
      const int o = p.owner[a];
      if (o >= 0 && cands[o].dict >= 0 && cands[o].type != EntityType::kPerson && cands[o].tb == a &&
          cands[o].te == b)
        continue;
      // A name found inside the item after glue words stays itself ("会同|工业和信息化部、财政部等部门").
      if (const int in = p.owner[b - 1]; in >= 0 && cands[in].type != EntityType::kPerson &&
                                         cands[in].te == b && cands[in].tb > a &&
                                         ZhGluedLead(p, a, cands[in].tb))
        continue;
      EraseCands(p, cands, a, b);
      ClaimHanOrganization(pi, p, cands, a, b, p.toks[a].start);
    }
  }
}

// Characters that refer to a place named before instead of naming one ("同市", "该市", "本区"), and the most
// code points a place of a government's name takes ("广东省广州市天河区").
constexpr std::string_view kCjkPlaceDeictic[] = {"同", "该", "該", "本", "当", "當",
                                                 "全", "各", "此", "其", "某", "我"};
constexpr int kCjkPlaceMaxCps = 12;

// The first byte of the place whose place suffix (`cjk_place_suffix`: 省, 市, 区, 府, 県 ...) starts at byte
// `suffix`: free Han words written together, the last ending in the suffix ("杭州市") or the suffix
// alone after the name ("大阪" "市"), and before them more such places ("广东省" "广州市", "大阪市"
// "北区"); -1 when no name of one code point or more stands before the suffix, or it refers back ("同市").
int EntityRecognizer::Impl::CjkPlaceStart(const Para& p, size_t suffix) const {
  int k = -1;
  for (int t = 0; t < p.Size() && k < 0; ++t)
    if (static_cast<size_t>(p.toks[t].start) <= suffix && suffix < static_cast<size_t>(p.toks[t].end)) k = t;
  if (k < 0 || !p.IsWord(k) || !p.Free(k)) return -1;
  const auto han_free = [&](int t) { return t >= 0 && p.IsWord(t) && p.Free(t) && IsHanWord(p.Text(t)); };
  if (static_cast<size_t>(p.toks[k].start) == suffix) {
    if (p.toks[k].space_before || !han_free(k - 1)) return -1;
    --k;
  } else if (!IsHanWord(p.text.substr(p.toks[k].start, suffix - p.toks[k].start))) {
    return -1;
  }
  // ("武" "侯区", "拱" "墅区": ICU cut a name of two characters before its suffix.)
  if (suffix - p.toks[k].start <= 3 && !p.toks[k].space_before && han_free(k - 1) &&
      CountCodePoints(p.Text(k - 1)) == 1 && !In(WordList::kZhNameLeftStop, p.Text(k - 1)) &&
      !In(WordList::kCjkPlaceSuffix, p.Text(k - 1)))
    --k;
  const auto ends_in_suffix = [&](std::string_view w) {
    const size_t last = LastCodePointStart(w, w.size());
    return In(WordList::kCjkPlaceSuffix, w.substr(last));
  };
  while (!p.toks[k].space_before && han_free(k - 1)) {
    const std::string_view w = p.Text(k - 1);
    size_t first = 0;
    DecodeUtf8(p.Text(k), &first);
    if (CountCodePoints(w) >= 2 && ends_in_suffix(w)) {
      --k;
    } else if (first < p.Text(k).size() && In(WordList::kCjkPlaceSuffix, p.Text(k).substr(0, first)) &&
               CountCodePoints(w) <= 3 && !In(WordList::kZhNameLeftStop, w)) {
      --k;  // ("大阪" "市北" "区役所": ICU joined the suffix to the next place's name.)
    } else if (CountCodePoints(w) == 1 && ends_in_suffix(w) && !p.toks[k - 1].space_before &&
               han_free(k - 2)) {
      k -= 2;
    } else {
      break;
    }
  }
  const std::string_view place = p.text.substr(p.toks[k].start, suffix + 3 - p.toks[k].start);
  if (CountCodePoints(place) > kCjkPlaceMaxCps || In(WordList::kZhNameLeftStop, p.Text(k))) return -1;
  for (std::string_view d : kCjkPlaceDeictic)
    if (place.starts_with(d)) return -1;
  return p.toks[k].start;
}

// "杭州市人民政府", "广东省人民政府", "大阪市北区役所", "横浜市役所", "大阪府庁": a place (CjkPlaceStart)
// right before a government head (`cjk_government_head`: 人民政府, 政府, 役所, 庁) is one organization.
void EntityRecognizer::Impl::CjkGovernmentPass(int pi, Para& p, std::vector<Cand>& cands) const {
  const std::string_view text = p.text;
  for (const std::string& h : EntityWords::Default().List(WordList::kCjkGovernmentHead)) {
    for (size_t at = text.find(h); at != std::string_view::npos; at = text.find(h, at + h.size())) {
      if (at < 6) continue;
      const size_t suffix = LastCodePointStart(text, at);
      if (!In(WordList::kCjkPlaceSuffix, text.substr(suffix, at - suffix))) continue;
      const int start = CjkPlaceStart(p, suffix);
      if (start < 0) continue;
      const int end = static_cast<int>(at + h.size());
      int tb = -1, te = -1;
      bool free = true;
      for (int t = 0; t < p.Size(); ++t) {
        if (p.toks[t].end <= start || p.toks[t].start >= end) continue;
        if (tb < 0) tb = t;
        te = t + 1;
        free = free && p.Free(t);
      }
      if (tb < 0 || !free) continue;
      Claim(p, cands, SpanCand(pi, tb, te, start, end, EntityType::kOrganization, 0.7));
    }
  }
}

// "家住良渚的张女士", "市民李先生说": a Chinese family name written as a word of its own right before a
// form of address (zh_address_title: 女士, 先生, 阿姨, 师傅) names a person by the family name alone, when
// the word before it is no single character of a name (a word of two characters or more, 的, or none).
// The person is the family name; a full name of the article that starts with it takes it in
// (LinkCjkFamilyNames).
void EntityRecognizer::Impl::ChineseAddressedFamilyNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 0; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || !p.IsWord(t + 1) || p.toks[t + 1].space_before ||
        p.toks[t + 1].sentence != p.toks[t].sentence || !In(WordList::kZhSurname, p.Text(t)) ||
        !In(WordList::kZhAddressTitle, p.Text(t + 1)))
      continue;
    const bool glued_char = t > 0 && p.IsWord(t - 1) && !p.toks[t].space_before &&
                            p.toks[t - 1].sentence == p.toks[t].sentence && IsHanWord(p.Text(t - 1)) &&
                            CountCodePoints(p.Text(t - 1)) == 1 && p.Text(t - 1) != "的";
    if (!glued_char) ClaimWord(pi, p, cands, t, EntityType::kPerson, 0.6);
  }
}

// "总经理陈立群表示", "替补中锋梁子豪在", "成员马嘉祺为": two or three free Han characters opening
// with a family name (`zh_surname`) right after a role noun (`zh_role_noun`, `cjk_title`) and closed
// by punctuation, a stop word, a verb glued to names (`zh_name_trailer`) or a person cue are a
// person the character model missed; so are two or three transliteration characters (zh_translit_char)
// closed by a dictionary word ("外援克鲁兹下半场").
void EntityRecognizer::Impl::ChineseRoleNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || !p.Free(t) || p.toks[t].space_before || !IsHanWord(p.Text(t))) continue;
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    bool role = false;
    for (WordList l : {WordList::kZhRoleNoun, WordList::kCjkTitle})
      for (const std::string& r : EntityWords::Default().List(l))
        role = role || (CountCodePoints(r) >= 2 && before.ends_with(r));
    if (!role) continue;
    size_t first = 0;
    DecodeUtf8(p.Text(t), &first);
    // ("外援克鲁兹下半场", "博士研究生阿米尔负责": a transliterated name, every character a zh_translit_char,
    // ends before a dictionary word of two characters or more.)
    auto translit = [&](std::string_view w) {
      for (size_t i = 0; i < w.size();) {
        const size_t from = i;
        DecodeUtf8(w, &i);
        if (!In(WordList::kZhTranslitChar, w.substr(from, i - from))) return false;
      }
      return !w.empty();
    };
    const bool foreign = translit(p.Text(t)) && !In(WordList::kZhSurname, p.Text(t).substr(0, first));
    if ((!foreign && !In(WordList::kZhSurname, p.Text(t).substr(0, first))) ||
        In(WordList::kZhNameLeftStop, p.Text(t)) || In(WordList::kZhNameTrailer, p.Text(t)) ||
        In(WordList::kZhPersonCue, p.Text(t)))
      continue;
    auto boundary = [&](int k) {
      if (k >= p.Size() || !p.IsWord(k) || p.toks[k].sentence != p.toks[t].sentence || !IsHanWord(p.Text(k)))
        return true;
      if (foreign && CountCodePoints(p.Text(k)) >= 2 && !translit(p.Text(k))) return true;
      const std::string_view w = p.text.substr(p.toks[k].start);
      for (WordList l : {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue})
        for (const std::string& x : EntityWords::Default().List(l))
          if (w.starts_with(x) && (CountCodePoints(x) >= 2 || p.Text(k) == x)) return true;
      return false;
    };
    int e = t, cps = 0;
    while (e < p.Size() && cps < (foreign ? 4 : 3) && !(e > t && boundary(e)) && p.IsWord(e) && p.Free(e) &&
           IsHanWord(p.Text(e)) && p.toks[e].sentence == p.toks[t].sentence &&
           (e == t || !p.toks[e].space_before) && (!foreign || translit(p.Text(e))))
      cps += CountCodePoints(p.Text(e++));
    if (cps < 2 || cps > (foreign ? 4 : 3) || !boundary(e)) continue;
    Cand c = TokenCand(p, pi, t, e, EntityType::kPerson, 0.6);
    Claim(p, cands, std::move(c));
    t = e - 1;
  }
}

// The unlisted candidate `ci` is a short form of the organization claiming exactly tokens [b, e) in
// the brackets after it: its Hangul, Han or kana code points, two to five, open that name and
// appear in it in order ("전준위(전국당원대회준비위원회)", "中汽协（中国汽车工业协会）").
bool EntityRecognizer::Impl::IsGlossedShortForm(const Para& p, const std::vector<Cand>& cands, int ci, int b,
                                                int e) const {
  const int o = p.owner[b];
  if (o < 0 || o == ci || cands[o].type == EntityType::kPerson || cands[o].tb != b || cands[o].te != e ||
      cands[ci].dict >= 0 || !cands[ci].key.empty() || (!cands[o].key.empty() && cands[o].key[0] == '#'))
    return false;
  const std::string_view x = p.text.substr(cands[ci].start, cands[ci].end - cands[ci].start);
  const std::string_view y = p.text.substr(cands[o].start, cands[o].end - cands[o].start);
  const int n = static_cast<int>(CountCodePoints(x));
  if (n < 2 || n > 5 || CountCodePoints(y) < n + 2) return false;
  size_t at = 0;
  for (size_t i = 0; i < x.size();) {
    const size_t from = i;
    const char32_t cp = DecodeUtf8(x, &i);
    const bool cjk =
        (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
    const size_t found = y.find(x.substr(from, i - from), at);
    if (!cjk || found == std::string_view::npos || (from == 0 && found != 0)) return false;
    at = found + (i - from);
  }
  return true;
}

// "乐队野草莓为影片创作", "电池结构件企业甬翔精密总经理", "女团星芒成员": two to six free Han characters
// right after a kind of organization (`zh_org_cue`), opening with a word ICU finds no longer word for (one
// character: names are no dictionary words) and closed by punctuation, a stop word, a verb glued to
// names, a role noun or a title, are an organization the character model missed.
void EntityRecognizer::Impl::ChineseCueOrgNames(int pi, Para& p, std::vector<Cand>& cands) const {
  for (int t = 1; t + 1 < p.Size(); ++t) {
    if (!p.IsWord(t) || p.toks[t].space_before || !IsHanWord(p.Text(t))) continue;
    const std::string_view before = p.text.substr(0, p.toks[t].start);
    bool cue = false, weak = false;
    for (const std::string& r : EntityWords::Default().List(WordList::kZhOrgCue))
      cue = cue || before.ends_with(r);
    for (const std::string& r : EntityWords::Default().List(WordList::kZhOrgCueWeak))
      weak = weak || before.ends_with(r);
    if (!cue && !weak) continue;
    // (A name the character tagger typed person right after the kind noun is that kind: "乐队甬翔",
    // "企业甬翔精密总经理"; the tagger reads a name, the cue its type and where it starts: "女团甬翔"
    // tagged 团甬翔 starts after the cue.)
    if (const int o = p.owner[t]; o >= 0) {
      Cand& c = cands[o];
      if (c.tb <= t && c.te > t && c.dict < 0 && c.type == EntityType::kPerson &&
          c.source == EntitySource::kCjkTagger) {
        for (int k = c.tb; k < t; ++k) p.owner[k] = -1;
        c.tb = t;
        c.start = p.toks[t].start;
        c.type = EntityType::kOrganization;
      }
      continue;
    }
    if (CountCodePoints(p.Text(t)) != 1) continue;
    // (After a weak cue only a role noun, a title or a speech verb closes the name.)
    auto boundary = [&](int k) {
      if (k >= p.Size() || !p.IsWord(k) || p.toks[k].sentence != p.toks[t].sentence || !IsHanWord(p.Text(k)))
        return cue;
      const std::string_view w = p.text.substr(p.toks[k].start);
      for (WordList l : {WordList::kZhNameLeftStop, WordList::kZhNameTrailer, WordList::kZhPersonCue,
                         WordList::kZhRoleNoun, WordList::kCjkTitle})
        for (const std::string& x : EntityWords::Default().List(l))
          if (w.starts_with(x) && (CountCodePoints(x) >= 2 || p.Text(k) == x) &&
              (cue || l != WordList::kZhNameLeftStop))
            return true;
      return false;
    };
    if (boundary(t)) continue;
    int e = t, cps = 0;
    while (e < p.Size() && cps <= 6 && !(e > t && boundary(e)) && p.IsWord(e) && p.Free(e) &&
           IsHanWord(p.Text(e)) && (e == t || !p.toks[e].space_before))
      cps += CountCodePoints(p.Text(e++));
    if (cps < 2 || cps > 6 || !boundary(e)) continue;
    // (A clause is no name: "最关心的是".)
    const std::string_view name = p.text.substr(p.toks[t].start, p.toks[e - 1].end - p.toks[t].start);
    bool clause = name.find("的") != std::string_view::npos;
    for (std::string_view m : kZhClauseMarks) clause = clause || name.find(m) != std::string_view::npos;
    if (clause) continue;
    ClaimHanOrganization(pi, p, cands, t, e, p.toks[t].start, 0.6);
    t = e - 1;
  }
}

// "国家发展和改革委员会（国家发改委）", "中国汽车工业协会（中汽协）": a Han or kana short form in
// brackets right after an organization, its characters taken in order from the name, is
// another name of it.
void EntityRecognizer::Impl::CjkGlossPass(int pi, Para& p, std::vector<Cand>& cands, int first) const {
  const int n = static_cast<int>(cands.size());
  for (int ci = first; ci < n; ++ci) {
    const Cand& c = cands[ci];
    int k = c.te;
    const bool person = c.type == EntityType::kPerson;
    // (「STELLAR7」（ステラセブン）: a closing quote between the name and the bracket, for a spelling in
    // another script only.)
    const bool quoted = (p.IsPunct(k, "」") || p.IsPunct(k, "』")) && !p.toks[k].space_before;
    if (quoted) ++k;
    if (c.para != pi || c.dropped || !c.key.empty() || c.te <= c.tb || c.end != p.toks[c.te - 1].end ||
        !(p.IsPunct(k, "（") || p.IsPunct(k, "(")) || p.toks[k].space_before)
      continue;
    int close = k + 1;
    while (close < p.Size() && close < k + 7 && (p.IsWord(close) || p.toks[close].kind == kNumber)) ++close;
    if (close == k + 1 || !(p.IsPunct(close, "）") || p.IsPunct(close, ")"))) continue;
    if (!quoted && ListedGlossNames(p, cands, ci, k + 1, close)) continue;
    const std::string_view g =
        p.text.substr(p.toks[k + 1].start, p.toks[close - 1].end - p.toks[k + 1].start);
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    // An organization's name spelled in another script ("ルミナス（LUMINUS）", "루미에르(LUMIÈRE)"): a
    // free Latin gloss of a Hangul name is GlossPass's.
    const bool script_pair = !person && ScriptPairGloss(name, g) &&
                             (p.owner[k + 1] >= 0 || WholeScriptOf(name) == NameScript::kKana ||
                              WholeScriptOf(g) == NameScript::kKana);
    if (quoted && !script_pair) continue;
    // The short form's code points (kana, Han, Hangul: "대한의사협회(의협)") appear in the name in
    // order, and it is shorter; a person's gloss is the katakana reading of a name in kanji
    // ("青木悠真（ユウマ）").
    size_t at = 0;
    bool in_order = true, reading = person, kanji = person;
    for (size_t b = 0; b < g.size() && in_order;) {
      const size_t from = b;
      const char32_t cp = DecodeUtf8(g, &b);
      in_order =
          (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
      reading = reading && cp >= 0x30A1 && cp <= 0x30FC;
      const size_t found = name.find(g.substr(from, b - from), at);
      in_order = in_order && found != std::string_view::npos;
      at = in_order ? found + (b - from) : at;
    }
    for (size_t b = 0; b < name.size() && kanji;) {
      const char32_t cp = DecodeUtf8(name, &b);
      kanji = cp >= 0x4E00 && cp <= 0x9FFF;
    }
    // A Latin acronym the Hangul or CJK name opens with ("SM엔터테인먼트(SM)").
    const bool latin_prefix =
        !person && g.size() < name.size() && name.substr(0, g.size()) == g &&
        std::all_of(g.begin(), g.end(),
                    [](char ch) { return IsAsciiUpper(ch) || (ch >= '0' && ch <= '9'); }) &&
        static_cast<unsigned char>(name[g.size()]) >= 0x80;
    // A short name in katakana that keeps the name's first two characters
    // ("大阪市高速電気軌道（大阪メトロ）").
    bool kana_short = !person && g.size() < name.size();
    size_t nb = 0, gb = 0;
    for (int k2 = 0; k2 < 2 && kana_short; ++k2)
      kana_short = gb < g.size() && DecodeUtf8(name, &nb) == DecodeUtf8(g, &gb);
    bool has_kana = false;
    for (size_t b = gb; b < g.size() && kana_short;) {
      const char32_t cp = DecodeUtf8(g, &b);
      has_kana = has_kana || (cp >= 0x30A1 && cp <= 0x30FC);
    }
    kana_short = kana_short && has_kana;
    const int o = p.owner[k + 1];
    if (!script_pair && !latin_prefix && !kana_short &&
        (person ? !(reading && kanji) : !in_order || g.size() >= name.size())) {
      if (IsGlossedShortForm(p, cands, ci, k + 1, close)) {
        // "전준위(전국당원대회준비위원회)": the short form first, the body's name in the brackets;
        // the short form is that body, whatever the tagger typed it.
        cands[ci].type = cands[o].type;
        cands[ci].key = "#" + std::to_string(o);
        cands[ci].short_form = true;
        cands[ci].glossed = true;
      }
      continue;
    }
    if (CountCodePoints(g) < 2) continue;
    bool one = true;
    for (int t = k + 1; t < close; ++t) one &= p.owner[t] == o;
    // (The other spelling of an organization is that organization, whatever the tagger typed it.)
    if (o >= 0 && script_pair && one && cands[o].tb == k + 1 && cands[o].te == close && cands[o].dict < 0)
      cands[o].type = c.type;
    if (o >= 0 && (!one || cands[o].tb != k + 1 || cands[o].te != close ||
                   (cands[o].type == EntityType::kPerson) != person))
      continue;
    if (o >= 0 && cands[o].dict >= 0 && c.dict < 0) {
      // The listed short form names the organization ("国家发改委").
      cands[ci].dict = cands[o].dict;
      cands[ci].type = entries[cands[o].dict].type;
      continue;
    }
    if (o >= 0) {
      cands[o].key = "#" + std::to_string(ci);
      continue;
    }
    Cand a = TokenCand(p, pi, k + 1, close, c.type, c.conf);
    a.dict = c.dict;
    a.key = "#" + std::to_string(ci);
    Claim(p, cands, std::move(a));
  }
}

// A listed short form in brackets, tokens [b, e), names the unknown organization `ci` before it
// ("미국항공우주국(NASA)", "三菱UFJフィナンシャル・グループ（MUFG）"): the candidate takes its entry.
bool EntityRecognizer::Impl::ListedGlossNames(const Para& p, std::vector<Cand>& cands, int ci, int b,
                                              int e) const {
  const int o = b < p.Size() ? p.owner[b] : -1;
  if (o < 0 || cands[o].tb != b || cands[o].te != e || cands[o].dict < 0 || cands[ci].dict >= 0 ||
      cands[ci].type == EntityType::kPerson || cands[o].type == EntityType::kPerson ||
      entries[cands[o].dict].type == EntityType::kOther)
    return false;
  cands[ci].dict = cands[o].dict;
  cands[ci].type = entries[cands[o].dict].type;
  return true;
}

}  // namespace hirewire::extract
