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

}  // namespace

// A Chinese organization span that opens with a measure word (家, 所, 个, 座) right after a numeral or
// a word of quantity is a count of bodies, dropped ("已有14家公立医院开设", "多家医院"); a listed name
// is kept.
void EntityRecognizer::Impl::DropCountedChineseBodies(Doc& d) const {
  for (Cand& c : d.cands) {
    const Para& p = d.paras[c.para];
    if (c.dropped || c.dict >= 0 || c.type == "person" || p.lang != "zh" || c.start <= 0) continue;
    const std::string_view name = p.text.substr(c.start, c.end - c.start);
    bool measure = false;
    for (std::string_view m : kMeasureWords) measure = measure || (name.starts_with(m) && name.size() > m.size());
    if (!measure) continue;
    const size_t before = LastCodePointStart(p.text, static_cast<size_t>(c.start));
    size_t at = before;
    if (CountingChar(DecodeUtf8(p.text, &at))) c.dropped = true;
  }
}

}  // namespace hirewire::extract
