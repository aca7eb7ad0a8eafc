// Chinese match results name the two teams around the score: "北京首钢客场97比89战胜上海久事",
// "新疆伊力特则以95比101不敌浙江稠州金租". Clubs are written as a place (zh_place_name) and a
// sponsor or nickname that no word list knows; the score and a result verb (zh_match_verb) between
// them are the evidence.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

constexpr std::string_view kScoreJoin = "比";
// Words between a team and the score: where it played, 则 "while", 以 "by".
constexpr std::string_view kScoreLead[] = {"客场", "主场", "则", "以"};

bool IsHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// The byte offset where the score "N比N" that starts at byte `i` of `text` ends, or npos.
size_t ScoreEnd(std::string_view text, size_t i) {
  size_t k = i;
  while (k < text.size() && IsAsciiDigit(text[k])) ++k;
  if (k == i || text.substr(k, kScoreJoin.size()) != kScoreJoin) return std::string_view::npos;
  k += kScoreJoin.size();
  const size_t b = k;
  while (k < text.size() && IsAsciiDigit(text[k])) ++k;
  return k == b ? std::string_view::npos : k;
}

// A team's name [start, end): a zh_place_name row, then one to four Han characters; `end` is fixed
// and the longest place that opens such a name within the eight code points before it wins.
int TeamStart(std::string_view text, int end) {
  int best = -1;
  size_t at = static_cast<size_t>(end);
  for (int n = 0; n < 8 && at > 0; ++n) {
    at = LastCodePointStart(text, at);
    size_t x = at;
    if (!IsHan(DecodeUtf8(text, &x))) break;
    const std::string_view rest = text.substr(at, static_cast<size_t>(end) - at);
    for (const std::string& place : EntityWords::Default().List(WordList::kZhPlaceName)) {
      const int tail = CountCodePoints(rest) - CountCodePoints(place);
      if (rest.starts_with(place) && tail >= 1 && tail <= 4) best = static_cast<int>(at);
    }
  }
  return best;
}

}  // namespace

// The team before the score (the lead words skipped) and the team after the score's result verb
// (zh_match_verb), each a place and a name (TeamStart; the one after ends at punctuation or a
// space), free words whose ICU boundaries fit, are organizations.
void EntityRecognizer::Impl::ChineseMatchTeams(int pi, Para& p, std::vector<Cand>& cands) const {
  // `glued`: the name may start inside an ICU word that holds the verb's last character ("战平成都…" written
  // 战|平成|都…: 平成 is an era's name to ICU).
  auto claim = [&](int start, int end, bool glued) {
    int tb = -1, te = -1;
    for (int t = 0; t < p.Size(); ++t) {
      if (p.toks[t].start == start || (glued && p.toks[t].start < start && start < p.toks[t].end)) tb = t;
      if (p.toks[t].end == end) te = t + 1;
    }
    if (tb < 0 || te <= tb) return;
    for (int t = tb; t < te; ++t)
      if (!p.Free(t) || !IsHanWord(p.Text(t))) return;
    Claim(p, cands, SpanCand(pi, tb, te, start, end, EntityType::kOrganization, 0.6));
  };
  const std::string_view text = p.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsAsciiDigit(text[i]) || (i > 0 && IsAsciiDigit(text[i - 1]))) continue;
    const size_t score_end = ScoreEnd(text, i);
    if (score_end == std::string_view::npos) continue;
    const std::string_view verb = [&] {
      std::string_view best;
      for (const std::string& v : EntityWords::Default().List(WordList::kZhMatchVerb))
        if (v.size() > best.size() && text.substr(score_end).starts_with(v)) best = v;
      return best;
    }();
    if (verb.empty()) continue;
    // The team before: back over the lead words.
    size_t end = i;
    for (bool more = true; more;) {
      more = false;
      for (std::string_view l : kScoreLead)
        if (end >= l.size() && text.substr(end - l.size(), l.size()) == l) end -= l.size(), more = true;
    }
    if (const int start = TeamStart(text, static_cast<int>(end)); start >= 0)
      claim(start, static_cast<int>(end), false);
    // The team after: Han characters up to punctuation, a space or the end.
    const size_t b = score_end + verb.size();
    size_t e = b;
    for (int n = 0; n < 8 && e < text.size(); ++n) {
      size_t x = e;
      if (!IsHan(DecodeUtf8(text, &x))) break;
      e = x;
    }
    if (e < text.size()) {
      size_t x = e;
      const char32_t next = DecodeUtf8(text, &x);
      if (next != U'，' && next != U'。' && next != U'、' && next != U'；' && next != ' ' && next != U'　')
        continue;
    }
    if (TeamStart(text, static_cast<int>(e)) == static_cast<int>(b))
      claim(static_cast<int>(b), static_cast<int>(e), true);
    i = score_end;
  }
}

}  // namespace hirewire::extract
