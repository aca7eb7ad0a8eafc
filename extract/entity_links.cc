#include "extract/entity_links.h"

#include <unicode/unistr.h>

#include <string>
#include <vector>

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
// district word too ("朝阳检察院"; "浦东新区" -> "浦东"), two characters of the district left; none when it is
// no such name.
std::vector<std::string> ChineseCourtShortForms(std::string_view s) {
  std::vector<std::string> out;
  for (const std::string& head : EntityWords::Default().List(WordList::kZhCourtHead)) {
    const std::string full = "人民" + head;
    if (!s.ends_with(full)) continue;
    std::string_view body = s.substr(0, s.size() - full.size());
    for (std::string_view city : {"省", "市"})
      if (const size_t at = body.find(city); at != std::string_view::npos && at > 0) body = body.substr(at + city.size());
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
  icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size()))).foldCase().toUTF8String(out);
  return out;
}

// The nominatives a German word in the genitive may have ("Landgerichts" -> "Landgericht", "Amtsgerichtes"
// -> "Amtsgericht"): the word without s and without es, five letters at least.
std::vector<std::string_view> GermanGenitiveBases(std::string_view w) {
  std::vector<std::string_view> out;
  for (std::string_view ending : {"s", "es"})
    if (w.ends_with(ending) && w.size() >= ending.size() + 5) out.push_back(w.substr(0, w.size() - ending.size()));
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

}  // namespace

std::map<int, int> PageShortFormJoins(std::span<const PageName> names, std::string_view lang) {
  std::multimap<std::string, int, std::less<>> family_of, court_of, name_of, first_of;
  for (const PageName& n : names) {
    if (n.group < 0) continue;
    if (n.person) {
      if (const std::string_view f = DottedFamilyName(n.surface); !f.empty()) family_of.emplace(std::string(f), n.group);
      continue;
    }
    for (const std::string& c : ChineseCourtShortForms(n.surface)) court_of.emplace(c, n.group);
    if (const size_t sp = n.surface.find(' '); lang == "de" && sp != std::string_view::npos) {
      name_of.emplace(std::string(n.surface), n.group);
      if (GermanInstitutionWord(n.surface.substr(0, sp))) first_of.emplace(std::string(n.surface.substr(0, sp)), n.group);
    } else if (lang == "de" && GermanInstitutionWord(n.surface)) {
      // (A one-word name: "Bundesverwaltungsgerichts" of "Bundesverwaltungsgericht".)
      first_of.emplace(std::string(n.surface), n.group);
    }
  }
  std::map<int, int> joins;
  for (const PageName& n : names) {
    if (n.group < 0 || joins.count(n.group)) continue;
    if (n.person) {
      if (n.surface.find(kMiddleDot) == std::string_view::npos) JoinUnique(family_of, n.surface, n.group, &joins);
      continue;
    }
    JoinUnique(court_of, n.surface, n.group, &joins);
    if (lang != "de") continue;
    // "Universitätsspitals Basel" -> "Universitätsspital Basel"; "Landgerichts" alone -> "Landgericht München I";
    // "Arbeiterkammer" alone -> "Arbeiterkammer Wien" (the word itself, twenty-seventh session).
    const size_t sp = n.surface.find(' ');
    if (sp == std::string_view::npos) JoinUnique(first_of, n.surface, n.group, &joins);
    for (std::string_view base : GermanGenitiveBases(n.surface.substr(0, sp))) {
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
