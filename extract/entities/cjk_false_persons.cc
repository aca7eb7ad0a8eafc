// Chinese and Japanese persons read from the wrong span (thirty-sixth session, branch ent36;
// docs/entities.md): a Chinese organization written before a title and the name of the person holding it
// ("和瑞康董事长顾明远", "中国男篮主教练郭士强"), and a Japanese name of a family name in kanji and a given
// name in katakana read in halves ("七海ユウ" read as ユウ, "小野寺カイト" as 小野寺).
#include <set>
#include <string>
#include <string_view>

#include "extract/entities/internal.h"
#include "extract/korean.h"

namespace hirewire::extract {

namespace {

// Bytes of the longest title (cjk_title, zh_role_noun; two characters or more) that `text` opens with, 0 if
// none.
size_t ZhTitleAt(std::string_view text) {
  size_t best = 0;
  for (WordList l : {WordList::kCjkTitle, WordList::kZhRoleNoun})
    for (const std::string& r : EntityWords::Default().List(l))
      if (r.size() > best && r.size() >= 6 && text.starts_with(r)) best = r.size();
  return best;
}

// Bytes of one title or two in a row ("主任医师", "创始人兼首席执行官") that `text` opens with, 0 if none.
size_t ZhTitlesAt(std::string_view text) {
  const size_t first = ZhTitleAt(text);
  if (first == 0) return 0;
  std::string_view rest = text.substr(first);
  size_t join = rest.starts_with("兼") ? 3 : 0;
  const size_t second = ZhTitleAt(rest.substr(join));
  return second > 0 ? first + join + second : first;
}

// Whether `text` ends in a title (the candidate is then a name after its title, "董事长张伟", no
// organization).
bool ZhEndsInTitle(std::string_view text) {
  for (WordList l : {WordList::kCjkTitle, WordList::kZhRoleNoun})
    for (const std::string& r : EntityWords::Default().List(l))
      if (r.size() >= 6 && text.ends_with(r)) return true;
  return false;
}

bool IsKanji(char32_t cp) { return (cp >= 0x3400 && cp <= 0x9FFF) || cp == U'々'; }

// A Japanese name may end at byte `at` of `text`: the text ends or goes on with no kanji or katakana (a
// particle, punctuation), or with a listed title ("氏", "さん"); not "山崎亮チーフ債券ストラテジスト".
bool JaNameEndsAt(std::string_view text, size_t at) {
  if (at >= text.size()) return true;
  for (const std::string& r : EntityWords::Default().List(WordList::kCjkTitle))
    if (text.substr(at).starts_with(r)) return true;
  size_t x = at;
  const char32_t cp = DecodeUtf8(text, &x);
  return !IsKanji(cp) && !(cp >= 0x30A1 && cp <= 0x30FF);
}

}  // namespace

// "和瑞康董事长顾明远表示", "中国男篮主教练郭士强", "青藏所研究员刘思远": on a Chinese page, a person
// candidate followed by a title (or two: "主任医师", "创始人兼首席执行官") and right after it by another
// person is the body that person works for (the Chinese order body + title + name), an organization and no
// person; a candidate written after a title itself is a name ("总经理张三副总经理李四" keeps 张三).
void EntityRecognizer::Impl::RetypeChineseBodiesBeforeTitledNames(Doc& d) const {
  if (d.lang != "zh") return;
  std::set<std::pair<int, int>> person_starts;
  for (const Cand& c : d.cands)
    if (!c.dropped && c.type == EntityType::kPerson) person_starts.insert({c.para, c.start});
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type != EntityType::kPerson || p.toks[c.tb].latin ||
        p.toks[c.tb].has_hangul)
      continue;
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    if (CountCodePoints(sv) < 2 || ZhEndsInTitle(p.text.substr(0, c.start))) continue;
    const size_t title = ZhTitlesAt(p.text.substr(c.end));
    if (title == 0 || !person_starts.count({c.para, c.end + static_cast<int>(title)})) continue;
    c.type = EntityType::kOrganization;
  }
}

// "最年少の七海ユウも", "代表、片桐ソフィア氏": on a Japanese page, a person candidate of two to four
// katakana (a given name) glued after one to three kanji that follow no other kanji is one name with them (a
// family name written in kanji); the kanji must be owned by no other candidate. The other half, a kanji
// person candidate glued before two to four katakana and a non-katakana ("メンバーの小野寺カイトも"), takes
// the katakana.
void EntityRecognizer::Impl::JoinJapaneseKanaGivenNames(Doc& d) const {
  if (d.lang != "ja") return;
  for (Cand& c : d.cands) {
    Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type != EntityType::kPerson) continue;
    const int me = static_cast<int>(&c - d.cands.data());
    const std::string_view sv = p.text.substr(c.start, c.end - c.start);
    const size_t kana = KatakanaRunBytes(sv);
    if (kana == sv.size() && kana >= 6 && kana <= 12 && JaNameEndsAt(p.text, c.end)) {
      size_t b = static_cast<size_t>(c.start);
      int kanji = 0;
      while (b > 0 && kanji < 4) {
        const size_t prev = LastCodePointStart(p.text, b);
        size_t at = prev;
        if (!IsKanji(DecodeUtf8(p.text, &at))) break;
        b = prev;
        ++kanji;
      }
      if (kanji < 1 || kanji > 3) continue;
      int tb = c.tb;
      while (tb > 0 && p.toks[tb].start > static_cast<int>(b)) --tb;
      if (p.toks[tb].start != static_cast<int>(b)) continue;
      bool free = true;
      for (int t = tb; t < c.tb; ++t) free = free && p.owner[t] < 0;
      if (!free) continue;
      for (int t = tb; t < c.tb; ++t) p.owner[t] = me;
      c.tb = tb;
      c.start = static_cast<int>(b);
      continue;
    }
    if (!IsHanWord(sv) || CountCodePoints(sv) > 3 || c.end != p.toks[c.te - 1].end) continue;
    const std::string_view after = p.text.substr(c.end);
    const size_t run = KatakanaRunBytes(after);
    if (run < 6 || run > 12 || KatakanaContinuation(p.text, c.end + run) > 0 ||
        !JaNameEndsAt(p.text, c.end + run))
      continue;
    int te = c.te;
    while (te < p.Size() && p.toks[te].end <= c.end + static_cast<int>(run)) ++te;
    if (p.toks[te - 1].end != c.end + static_cast<int>(run)) continue;
    bool free = true;
    for (int t = c.te; t < te; ++t) free = free && p.owner[t] < 0;
    if (!free) continue;
    for (int t = c.te; t < te; ++t) p.owner[t] = me;
    c.te = te;
    c.end += static_cast<int>(run);
  }
}

}  // namespace hirewire::extract
