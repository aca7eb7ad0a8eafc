// Page-level links between names the passes read as separate entities (extract/entities.cc
// GroupCandidates): a short form the page writes for a longer name of the same page.
//
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <span>
#include <string_view>
#include <vector>

namespace hirewire::extract {

// A name spelled by the characters of a longer one, in order: the short name's code points `s` (min_len to
// max_len of them) are taken from the longer name's `l` in order, starting at `l`'s code point `from`, which
// is `s`'s first, and `l` has two code points more at least after `from` ("中影" of "中国电影集团公司",
// "금감원" of "금융감독원"). The one reading of Chinese contractions (PageShortFormJoins) and CJK
// abbreviations (entities/linking.cc LinkCjkAbbreviations), each with its own bounds and further conditions.
bool SpelledInOrder(const std::vector<std::string_view>& s, const std::vector<std::string_view>& l,
                    size_t from, size_t min_len, size_t max_len);

// The endings a German genitive strips: "s" only, or "s" and "es".
enum class GenitiveEndings { kS, kSOrEs };

// The nominatives a German word in the genitive may have: the word without a final "s" ("Landgerichts" ->
// "Landgericht", "Lehrstuhls" -> "Lehrstuhl") and, for kSOrEs, without "es" ("Amtsgerichtes" ->
// "Amtsgericht"), each only when at least `min_base` bytes are left. The one owner of German genitive
// stripping (entity links, unit heads, quoted names' kind words).
std::vector<std::string_view> GermanGenitiveStems(std::string_view w, size_t min_base,
                                                  GenitiveEndings endings);

// One grouped candidate of a page: its surface, whether it is a person, and its entity group.
struct PageName {
  std::string_view surface;
  bool person = false;
  int group = -1;
};

// Groups that join another group of the page (group -> group it joins), each joined name the short
// form of exactly one longer name of the page, read by one of four rules:
// - a person written as the part after the last "·" of a person's full name ("门德斯" of "若泽·门德斯");
// - a Chinese court or procuratorate without its city and 人民 ("朝阳区检察院" of "北京市朝阳区人民检察院",
//   zh_court_head rows, the city a name ending in 市 or 省), also without its district word ("朝阳检察院",
//   "浦东法院" of "上海市浦东新区人民法院");
// - on a German page, a genitive in s or es of a name's first word ("Universitätsspitals Basel" of
//   "Universitätsspital Basel"), or that word alone when it ends in a de_institution_head row
//   ("Landgerichts" of "Landgericht München I", "Bundesgerichts" of "Bundesgericht"), also in the nominative
//   ("Arbeiterkammer" of "Arbeiterkammer Wien");
// - on a Chinese page, an organization contracted from a longer one: the same first character, its characters
//   taken in order but not as one run, the head contracted ("上海市消保委" of "上海市消费者权益保护委员会",
//   "中影" of "中国电影集团公司"), the only longer name it contracts.
std::map<int, int> PageShortFormJoins(std::span<const PageName> names, std::string_view lang);

}  // namespace hirewire::extract
