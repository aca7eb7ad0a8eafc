// Chinese bodies counted by a numeral and a measure word ("14家公立医院", "多家医院", "三所大学"):
// a number of bodies of one kind, no name.
#include "extract/entities/internal.h"

namespace hirewire::extract {

namespace {

constexpr std::string_view kMeasureWords[] = {"家", "所", "个", "座"};

// Whether code point c counts: a digit, a Chinese numeral or a word of quantity (多, 几, 数, 两).
bool CountingChar(char32_t c) {
  if (c >= '0' && c <= '9') return true;
  constexpr std::u32string_view kCounting = U"一二三四五六七八九十百千万两几多数余";
  return kCounting.find(c) != std::u32string_view::npos;
}

// "全国已有超过一千家医院": name holds two counting characters or more (or a digit) right before a measure
// word and two code points or more after it: a count inside the span, no name (thirty-first session).
bool CountInside(std::string_view name) {
  for (std::string_view m : kMeasureWords)
    for (size_t at = name.find(m); at != std::string_view::npos; at = name.find(m, at + m.size())) {
      if (CountCodePoints(name.substr(at + m.size())) < 2) continue;
      int counting = 0;
      bool digit = false;
      for (size_t b = at; b > 0;) {
        const size_t from = LastCodePointStart(name, b);
        size_t x = from;
        const char32_t c = DecodeUtf8(name, &x);
        if (!CountingChar(c)) break;
        ++counting;
        digit = digit || (c >= '0' && c <= '9');
        b = from;
      }
      if (counting >= 2 || digit) return true;
    }
  return false;
}

}  // namespace

// A Chinese organization span that opens with a measure word (家, 所, 个, 座) right after a numeral or
// a word of quantity is a count of bodies, dropped ("已有14家公立医院开设", "多家医院"); so is one that holds
// such a count (CountInside); a listed name is kept.
void EntityRecognizer::Impl::DropCountedChineseBodies(Doc& d) const {
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type == EntityType::kPerson || p.lang != "zh" || c.start <= 0) continue;
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    bool measure = false;
    for (std::string_view m : kMeasureWords)
      measure = measure || (name.starts_with(m) && name.size() > m.size());
    if (!measure) {
      if (CountInside(name)) c.dropped = true;
      continue;
    }
    const size_t before = LastCodePointStart(p.text, static_cast<size_t>(c.start));
    size_t at = before;
    if (CountingChar(DecodeUtf8(p.text, &at))) c.dropped = true;
  }
}

}  // namespace hirewire::extract
