// Chinese company short names the character model types as persons: a brand or founder's name
// followed by a word of the company's line of business ("高瓴创投", "阿里健康", "国盾量子"). The
// line-of-business words are the rows of zh_company_tail (entity_words.tsv).
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

// The longest row of `list` that `text` starts with; empty when none.
std::string_view ListRowAt(WordList list, std::string_view text);
std::string_view RowAt(WordList list, std::string_view text) {
  std::string_view best;
  for (const std::string& w : EntityWords::Default().List(list))
    if (w.size() > best.size() && text.starts_with(w)) best = w;
  return best;
}

// Whether `text` ends in a zh_company_tail row with two code points or more before it.
bool EndsInCompanyTail(std::string_view text) {
  for (const std::string& w : EntityWords::Default().List(WordList::kZhCompanyTail))
    if (EndsWith(text, w) && CountCodePoints(text.substr(0, text.size() - w.size())) >= 2) return true;
  return false;
}

std::string_view ListRowAt(WordList list, std::string_view text) { return RowAt(list, text); }

}  // namespace

// A Chinese person span [sp->start, sp->cut) that is a company: it ends in a line-of-business word
// after two characters at least ("阿里健康", "国盾量子": four characters no Chinese given name
// ends in; no common family name opens it: "张伟健康状况" is his health), or a name of two or three
// characters is written right before one no topic noun shares (zh_company_tail_glued) that ends an ICU word
// and opens no longer head ("高瓴" + "创投", "启明" + "创投": the span takes it in). The span is then no
// person; false when it stays one. Not after a role noun, which names a person
// ("董事长王健康"); a title after it is the company's ("国盾量子董事长").
bool EntityRecognizer::Impl::ChineseCompanyTailSpan(const Para& p, std::string_view lang, CjkSpan* sp) const {
  if (lang != "zh" || !sp->person) return false;
  const std::string_view name = p.text.substr(sp->start, sp->cut - sp->start);
  const std::string_view after = p.text.substr(sp->cut);
  if (EndsWithAnyOf(WordList::kZhRoleNoun, p.text.substr(0, sp->start))) return false;
  size_t first = 0;
  if (!name.empty()) DecodeUtf8(name, &first);
  // A family name may open it when a title or the predicate follows and the rest is no given name
  // ("张江科技董事长", "黄河科技表示"; not "欧阳健康", a double family name and a given name, nor
  // "张伟健康状况").
  const bool surname_led = In(WordList::kZhSurname, name.substr(0, first));
  const bool company_slot = !ListRowAt(WordList::kCjkTitle, after).empty() ||
                            !ListRowAt(WordList::kZhRoleNoun, after).empty() || ZhOpensPredicate(after);
  size_t second = first;
  if (second < name.size()) DecodeUtf8(name, &second);
  const bool double_surname = In(WordList::kZhSurname, name.substr(0, second));
  if (CountCodePoints(name) >= 4 && CountCodePoints(name) <= 6 &&
      (!surname_led || (company_slot && !(double_surname && CountCodePoints(name) <= 4))) &&
      EndsInCompanyTail(name)) {
    sp->person = false;
    return true;
  }
  const int n = CountCodePoints(name);
  if (n < 2 || n > 3) return false;
  const std::string_view tail = RowAt(WordList::kZhCompanyTailGlued, after);
  if (tail.empty()) return false;
  const int end = sp->cut + static_cast<int>(tail.size());
  int te = sp->te;
  while (te < p.Size() && p.toks[te].start < end) {
    if (!p.Free(te) || !IsHanWord(p.Text(te))) return false;
    ++te;
  }
  // The tail ends a word ("创投|继续"), and no organization head follows it ("科技|部").
  if (te == sp->te || p.toks[te - 1].end != end) return false;
  if (te < p.Size() && p.toks[te].start == end && IsHanWord(p.Text(te)) &&
      (In(WordList::kZhOrgHead, p.Text(te)) || In(WordList::kCjkNameHead, p.Text(te))))
    return false;
  sp->te = te;
  sp->cut = end;
  sp->person = false;
  return true;
}

}  // namespace hirewire::extract
