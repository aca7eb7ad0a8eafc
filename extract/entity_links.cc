#include "extract/entity_links.h"

#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "corpus/utf8.h"
#include "extract/entity_words.h"
#include "extract/korean.h"

namespace hirewire::extract {
namespace {

constexpr std::string_view kMiddleDot = "·";

// The family name of a person written "given·family" (after the last middle dot), or "".
std::string_view DottedFamilyName(std::string_view s) {
  const size_t at = s.rfind(kMiddleDot);
  if (at == std::string_view::npos || at == 0) return {};
  const std::string_view family = s.substr(at + kMiddleDot.size());
  return CountCodePoints(family) >= 2 ? family : std::string_view{};
}

// The short forms of a Chinese court's or procuratorate's name: without 人民 before its head and without
// the city or province that opens it ("北京市朝阳区人民检察院" -> "朝阳区检察院"), and that without the
// district word too ("朝阳检察院"; "浦东新区" -> "浦东"), two characters of the district left; none when it
// is no such name.
std::vector<std::string> ChineseCourtShortForms(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& head : EntityWords::Default().List(WordList::kZhCourtHead)) {
    const std::string full = "人民" + head;
    if (!s.ends_with(full)) continue;
    std::string_view body = s.substr(0, s.size() - full.size());
    for (std::string_view city : {"省", "市"})
      if (const size_t at = body.find(city); at != std::string_view::npos && at > 0)
        body = body.substr(at + city.size());
    if (CountCodePoints(body) < 2) return out;
    out.push_back(std::string(body) + head);
    for (std::string_view district : {"新区", "区", "县"})
      if (body.ends_with(district) && CountCodePoints(body.substr(0, body.size() - district.size())) >= 2) {
        out.push_back(std::string(body.substr(0, body.size() - district.size())) + head);
        break;
      }
    return out;
  }
  return out;
}

std::string Folded(std::string_view w) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

// A German word ending in an institution head (de_institution_head: "Landgericht", "Universitätsklinikum").
bool GermanInstitutionWord(std::string_view w) {
  const std::string folded = Folded(w);
  for (const std::string& h : EntityWords::Default().List(WordList::kDeInstitutionHead))
    if (std::string_view(folded).ends_with(h)) return true;
  return false;
}

// Adds short -> long to `joins` when exactly one group of a longer name has the key.
void JoinUnique(const std::multimap<std::string, int, std::less<>>& long_of, std::string_view key, int group,
                std::map<int, int>* joins) {
  const auto [lo, hi] = long_of.equal_range(key);
  int target = -1;
  for (auto it = lo; it != hi; ++it) {
    if (it->second == group) return;
    if (target >= 0 && target != it->second) return;
    target = it->second;
  }
  if (target >= 0) joins->emplace(group, target);
}

// `s` is a Chinese contraction of the longer organization name `l` (thirtieth session, branch entlearn30):
// both Han, `s` of two to seven characters and `l` of two more at least, the same first character, every
// character of `s` taken from `l` in order but not as one run (a run is the name's own part), and the head
// contracted: the last two characters differ ("上海市消保委" of "上海市消费者权益保护委员会", "中影" of
// "中国电影集团公司", "浙大儿院" of "浙江大学医学院附属儿童医院"; not "中国银行" of "中国建设银行": both end
// in 银行). `a` and `b` are the code points of `s` and `l` when the name is all Han, else empty
// (HanCodePoints).
bool ChineseContraction(std::string_view s, const std::vector<std::string_view>& a, std::string_view l,
                        const std::vector<std::string_view>& b) {
  if (!SpelledInOrder(a, b, 0, 2, 7) || l.find(s) != std::string_view::npos) return false;
  return !(a[a.size() - 1] == b[b.size() - 1] && a[a.size() - 2] == b[b.size() - 2]);
}

// The code points of each name of a Chinese page that is all Han (empty for the others), decoded once.
std::vector<std::vector<std::string_view>> HanCodePoints(std::span<const PageName> names) {
  std::vector<std::vector<std::string_view>> out(names.size());
  for (size_t i = 0; i < names.size(); ++i)
    if (IsHanWord(names[i].surface)) out[i] = CodePointViews(names[i].surface);
  return out;
}

// The group whose longer organization name the Chinese name `i` contracts (ChineseContraction), the only one,
// or -1; none either when a name of `i`'s own group is such a longer name ("中影" of "中国电影股份有限公司"
// stays there when the page also names "中国电影家协会").
int ChineseContractionTarget(std::span<const PageName> names,
                             const std::vector<std::vector<std::string_view>>& cps, size_t i) {
  const PageName& n = names[i];
  int target = -1;
  for (size_t j = 0; j < names.size(); ++j) {
    const PageName& l = names[j];
    if (l.group != n.group && (l.person || l.group < 0)) continue;
    if (!ChineseContraction(n.surface, cps[i], l.surface, cps[j])) continue;
    if (l.group == n.group || (target >= 0 && target != l.group)) return -1;
    target = l.group;
  }
  return target;
}
}  // namespace

bool SpelledInOrder(const std::vector<std::string_view>& s, const std::vector<std::string_view>& l,
                    size_t from, size_t min_len, size_t max_len) {
  if (s.size() < min_len || s.size() > max_len || s.empty() || l.size() < from + s.size() + 2 ||
      l[from] != s[0])
    return false;
  size_t k = 0;
  for (size_t q = from; q < l.size() && k < s.size(); ++q)
    if (l[q] == s[k]) ++k;
  return k == s.size();
}

std::vector<std::string_view> GermanGenitiveStems(std::string_view w, size_t min_base,
                                                  GenitiveEndings endings) {
  std::vector<std::string_view> out;
  for (std::string_view ending : {std::string_view("s"), std::string_view("es")}) {
    if (ending == "es" && endings == GenitiveEndings::kS) continue;
    if (w.ends_with(ending) && w.size() >= ending.size() + min_base)
      out.push_back(w.substr(0, w.size() - ending.size()));
  }
  return out;
}

std::map<int, int> PageShortFormJoins(std::span<const PageName> names, std::string_view lang) {
  std::multimap<std::string, int, std::less<>> family_of, court_of, name_of, first_of;
  for (const PageName& n : names) {
    if (n.group < 0) continue;
    if (n.person) {
      if (const std::string_view f = DottedFamilyName(n.surface); !f.empty())
        family_of.emplace(std::string(f), n.group);
      continue;
    }
    for (const std::string& c : ChineseCourtShortForms(n.surface)) court_of.emplace(c, n.group);
    if (const size_t sp = n.surface.find(' '); lang == "de" && sp != std::string_view::npos) {
      name_of.emplace(std::string(n.surface), n.group);
      if (GermanInstitutionWord(n.surface.substr(0, sp)))
        first_of.emplace(std::string(n.surface.substr(0, sp)), n.group);
    } else if (lang == "de" && GermanInstitutionWord(n.surface)) {
      // (A one-word name: "Bundesverwaltungsgerichts" of "Bundesverwaltungsgericht".)
      first_of.emplace(std::string(n.surface), n.group);
    }
  }
  std::map<int, int> joins;
  const std::vector<std::vector<std::string_view>> han =
      lang == "zh" ? HanCodePoints(names) : std::vector<std::vector<std::string_view>>();
  for (size_t i = 0; i < names.size(); ++i) {
    const PageName& n = names[i];
    if (n.group < 0 || joins.count(n.group)) continue;
    if (n.person) {
      if (n.surface.find(kMiddleDot) == std::string_view::npos)
        JoinUnique(family_of, n.surface, n.group, &joins);
      continue;
    }
    JoinUnique(court_of, n.surface, n.group, &joins);
    if (lang == "zh" && !joins.count(n.group))
      if (const int target = ChineseContractionTarget(names, han, i); target >= 0)
        joins.emplace(n.group, target);
    if (lang != "de") continue;
    // "Universitätsspitals Basel" -> "Universitätsspital Basel"; "Landgerichts" alone -> "Landgericht München
    // I"; "Arbeiterkammer" alone -> "Arbeiterkammer Wien" (the word itself, twenty-seventh session).
    const size_t sp = n.surface.find(' ');
    if (sp == std::string_view::npos) JoinUnique(first_of, n.surface, n.group, &joins);
    for (std::string_view base : GermanGenitiveStems(n.surface.substr(0, sp), 5, GenitiveEndings::kSOrEs)) {
      if (joins.count(n.group)) break;
      if (sp != std::string_view::npos)
        JoinUnique(name_of, std::string(base) + std::string(n.surface.substr(sp)), n.group, &joins);
      else
        JoinUnique(first_of, base, n.group, &joins);
    }
  }
  return joins;
}

}  // namespace hirewire::extract
