// Japanese and Chinese organization candidates that name a post or a seat, no body (the twenty-seventh
// session, branch entspan27; docs/entities.md): a minister's title ("経済産業相", "国土交通大臣") and a
// company's seat written after its seat word ("（本社・横浜市）").
#include "extract/entities/internal.h"

namespace hirewire::extract {

// A CJK name ending in a portfolio title (cjk_portfolio_title: 相, 大臣) after two characters at least:
// the minister's post ("経済産業相"), no organization.
bool EntityRecognizer::Impl::PortfolioPost(std::string_view name) const {
  for (const std::string& t : EntityWords::Default().List(WordList::kCjkPortfolioTitle))
    if (EndsWith(name, t) && CountCodePoints(name.substr(0, name.size() - t.size())) >= 2) return true;
  return false;
}

// Whether the text before byte `start` of paragraph p ends in a seat word and its separator ("本社・",
// "本店：", "所在地:"): what follows is where the company sits, no organization.
bool EntityRecognizer::Impl::AfterSeatWord(const Para& p, int start) const {
  std::string_view before = p.text.substr(0, start);
  bool sep = false;
  for (std::string_view s : {"\xE3\x83\xBB", "\xEF\xBC\x9A", ":", "\xEF\xBC\x8F", "/"})
    if (EndsWith(before, s)) {
      before.remove_suffix(s.size());
      sep = true;
      break;
    }
  if (!sep) return false;
  for (const std::string& w : EntityWords::Default().List(WordList::kCjkSeatWord))
    if (EndsWith(before, w)) return true;
  return false;
}

// Drops the CJK organization candidates that are a minister's post or a company's seat.
void EntityRecognizer::Impl::DropPostsAndSeats(Doc& d) const {
  for (size_t i = 0; i < d.cands.size(); ++i) {
    Cand& c = d.cands[i];
    if (c.type == EntityType::kPerson || c.dropped) continue;
    Para& p = d.paras[c.para];
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    if (name.empty() || static_cast<unsigned char>(name[0]) < 0x80) continue;  // Latin
    if (!(c.dict < 0 && PortfolioPost(name)) && !AfterSeatWord(p, c.start)) continue;
    c.dropped = true;
    for (int t = c.tb; t < c.te; ++t)
      if (p.owner[t] == static_cast<int>(i)) p.owner[t] = -1;
  }
}

}  // namespace hirewire::extract
