// Edges of Chinese organization names (twenty-ninth session, branch entbound29): a predicate the character
// model glued after a name ("海港锁定胜局"), a company's China arm written after its name ("华纳音乐中国"), a
// country written before a company the page also names alone ("美国花旗集团" … "花旗认为").
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The longest row of `list` that `text` starts with; empty when none.
std::string_view RowOpening(WordList list, std::string_view text) {
  std::string_view best;
  for (const std::string& w : EntityWords::Default().List(list))
    if (w.size() > best.size() && text.starts_with(w)) best = w;
  return best;
}

}  // namespace

// Whether the text after a name opens the clause's predicate or ends the phrase: punctuation or the end,
// a verb or adverb a subject takes (zh_name_trailer, zh_predicate_lead), a function word (zh_name_left_stop).
bool entities_detail::ZhOpensPredicate(std::string_view after) {
  if (after.empty()) return true;
  size_t x = 0;
  const char32_t c = DecodeUtf8(after, &x);
  if (!(c >= 0x3400 && c <= 0x9FFF)) return true;
  for (WordList l : {WordList::kZhNameTrailer, WordList::kZhPredicateLead, WordList::kZhNameLeftStop})
    if (!RowOpening(l, after).empty()) return true;
  return false;
}

// A Chinese organization candidate (no listed name) holding, after two code points or more, a word of a
// clause's predicate (zh_org_predicate: 锁定, 拿下; zh_match_verb: 战胜) ends before it: the model read the
// subject and its verb as one name ("海港锁定胜局" → 海港, "蓉城击败对手" → 蓉城).
void EntityRecognizer::Impl::TrimChineseOrgPredicates(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2) continue;
    for (int k = c.tb + 1; k < c.te; ++k) {
      if (!p.IsWord(k)) continue;
      const std::string_view w = p.Text(k);
      if (!In(WordList::kZhOrgPredicate, w) && !In(WordList::kZhMatchVerb, w)) continue;
      if (CountCodePoints(p.text.substr(c.start, p.toks[k].start - c.start)) < 2) break;
      for (int t = k; t < c.te; ++t) p.owner[t] = -1;
      c.te = k;
      c.end = p.toks[k - 1].end;
      break;
    }
  }
}

// An organization candidate written right before 中国, with one line-of-business word between or none
// (zh_company_tail, zh_arm_line: 音乐, 制药), where the predicate or the phrase's end follows, is the
// company's China arm, one organization with it ("华纳音乐中国发行", "特斯拉中国上半年", "罗氏制药中国表示");
// not before a noun ("特斯拉中国工厂", "苹果中国市场": the country's market or plant).
void EntityRecognizer::Impl::JoinChineseCountryArms(Para& p, std::vector<Cand>& cands, int first) const {
  static constexpr std::string_view kChina = "中国";
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.te >= p.Size() || c.end != p.toks[c.te - 1].end)
      continue;
    if (CountCodePoints(p.text.substr(c.start, c.end - c.start)) < 2 ||
        EndsWith(p.text.substr(c.start, c.end - c.start), kChina))
      continue;
    std::string_view after = p.text.substr(c.end);
    std::string_view line = RowOpening(WordList::kZhCompanyTail, after);
    if (const std::string_view arm = RowOpening(WordList::kZhArmLine, after); arm.size() > line.size())
      line = arm;
    if (!after.substr(line.size()).starts_with(kChina)) line = {};
    if (!after.substr(line.size()).starts_with(kChina)) continue;
    const int end = c.end + static_cast<int>(line.size() + kChina.size());
    if (!ZhOpensPredicate(p.text.substr(end))) continue;
    int te = c.te;
    while (te < p.Size() && p.toks[te].start < end) ++te;
    bool ok = te > c.te && p.toks[te - 1].end == end;
    for (int t = c.te; ok && t < te; ++t) ok = p.owner[t] < 0 && p.IsWord(t);
    if (!ok) continue;
    for (int t = c.te; t < te; ++t) p.owner[t] = ci;
    c.te = te;
    c.end = end;
    c.dict = -1;
  }
}

// A unit of one or more characters and a one-character head (zh_unit_head_char: 所, 处, 科) written right
// after a Chinese organization candidate, before a title (cjk_title, zh_role_noun: "研究员", or the head's
// own title "处长") is a unit of it, one organization with it ("中国疾控中心营养所研究员" →
// 中国疾控中心营养所, "广州市卫健委疾控处处长" → 广州市卫健委疾控处); a free place written before the parent
// (杭州市) opens the name.
void EntityRecognizer::Impl::JoinChineseUnitsAfterParent(Para& p, std::vector<Cand>& cands, int first) const {
  for (int ci = first; ci < static_cast<int>(cands.size()); ++ci) {
    Cand& c = cands[ci];
    if (c.dropped || c.type == EntityType::kPerson || c.te >= p.Size() || c.end != p.toks[c.te - 1].end)
      continue;
    const std::string_view after = p.text.substr(c.end);
    int unit_end = -1;
    size_t b = 0;
    for (int n = 1; n <= 6 && b < after.size(); ++n) {
      const char32_t cp = DecodeUtf8(after, &b);
      if (cp < 0x4E00 || cp > 0x9FFF) break;
      if (n < 2) continue;
      const std::string_view head =
          after.substr(LastCodePointStart(after, b), b - LastCodePointStart(after, b));
      if (!In(WordList::kZhUnitHeadChar, head)) continue;
      const std::string_view next = after.substr(b);
      if (!RowOpening(WordList::kZhRoleNoun, next).empty() ||
          !RowOpening(WordList::kCjkTitle, next).empty()) {
        unit_end = c.end + static_cast<int>(b);
        break;
      }
    }
    if (unit_end < 0) continue;
    int te = c.te;
    while (te < p.Size() && p.toks[te].start < unit_end) ++te;
    bool ok = p.toks[te - 1].end == unit_end;
    for (int t = c.te; ok && t < te; ++t) ok = p.owner[t] < 0 && p.IsWord(t) && IsHanWord(p.Text(t));
    if (!ok) continue;
    for (int t = c.te; t < te; ++t) p.owner[t] = ci;
    c.te = te;
    c.end = unit_end;
    c.dict = -1;
    c.type = EntityType::kOrganization;
    // The parent's city or province, free and written right before it.
    if (c.tb > 0 && !p.toks[c.tb].space_before && p.Free(c.tb - 1)) {
      const std::string_view prev = p.Text(c.tb - 1);
      const size_t last = LastCodePointStart(prev, prev.size());
      if (IsHanWord(prev) && CountCodePoints(prev) >= 2 && In(WordList::kCjkPlaceSuffix, prev.substr(last))) {
        if (const int at = CjkPlaceStart(p, p.toks[c.tb - 1].start + last); at >= 0 && at < c.start) {
          int tb = c.tb;
          while (tb > 0 && p.toks[tb - 1].start >= at && p.Free(tb - 1)) --tb;
          if (p.toks[tb].start == at) {
            for (int t = tb; t < c.tb; ++t) p.owner[t] = ci;
            c.tb = tb;
            c.start = at;
          }
        }
      }
    }
  }
}

// A Chinese organization opening with a country (zh_country: 美国, 英国) is named without it where the page
// also writes the rest alone, or the rest without its group or company word ("美国花旗集团" … "花旗认为" →
// 花旗集团), or the rest is a listed name: the country says where the company is from.
void EntityRecognizer::Impl::TrimCountryBeforePageNames(Doc& d) const {
  std::vector<std::string_view> surfaces;
  for (const Cand& c : d.cands)
    if (!c.dropped && c.type != EntityType::kPerson)
      surfaces.push_back(d.paras[c.para].text.substr(c.start, c.end - c.start));
  // The rest is known alone: a listed name, another candidate's surface, or written on the page with no
  // country right before it ("辉瑞表示" after "美国辉瑞公司").
  auto on_page = [&](std::string_view s, std::string_view country) {
    if (CountCodePoints(s) < 2) return false;
    if (alias_to_entry.find(std::string(s)) != alias_to_entry.end()) return true;
    for (std::string_view x : surfaces)
      if (x == s) return true;
    for (const Para& q : d.paras)
      for (size_t at = q.text.find(s); at != std::string_view::npos; at = q.text.find(s, at + 1))
        if (!EndsWith(q.text.substr(0, at), country)) return true;
    return false;
  };
  for (Cand& c : d.cands) {
    if (c.dropped || c.type == EntityType::kPerson || c.dict >= 0 || c.te - c.tb < 2) continue;
    Para& p = d.paras[c.para];
    if (p.lang != "zh") continue;
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    const std::string_view country = RowOpening(WordList::kZhCountry, name);
    if (country.empty()) continue;
    const std::string_view rest = name.substr(country.size());
    std::string_view bare = rest;
    for (WordList l : {WordList::kZhGroupWord, WordList::kZhOrgSuffix})
      for (const std::string& w : EntityWords::Default().List(l))
        if (EndsWith(rest, w) && rest.size() > w.size())
          bare = std::min(bare, rest.substr(0, rest.size() - w.size()),
                          [](auto a, auto b) { return a.size() < b.size(); });
    // (A national word opens a body's own name after its country: "美国国家航空航天局".)
    if (CountCodePoints(rest) < 3 || !RowOpening(WordList::kZhNationalWord, rest).empty() ||
        !(on_page(rest, country) || (bare.size() < rest.size() && on_page(bare, country))))
      continue;
    int k = c.tb;
    while (k < c.te && p.toks[k].start < c.start + static_cast<int>(country.size())) ++k;
    if (k >= c.te || p.toks[k].start != c.start + static_cast<int>(country.size())) continue;
    for (int t = c.tb; t < k; ++t) p.owner[t] = -1;
    c.tb = k;
    c.start = p.toks[k].start;
  }
}

}  // namespace hirewire::extract
