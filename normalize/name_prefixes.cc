#include "normalize/name_prefixes.h"

#include <cctype>
#include <string>
#include <string_view>

#include "corpus/utf8.h"

namespace hirewire::normalize {
namespace {

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// The end of the capitalized word starting at `at` (letters, digits, "-", "&", "."), or `at` when none starts
// there.
size_t WordEnd(std::string_view p, size_t at) {
  if (at >= p.size() || !Upper(p[at])) return at;
  size_t e = at;
  while (e < p.size() && (std::isalnum(static_cast<unsigned char>(p[e])) || p[e] == '-' || p[e] == '&')) ++e;
  return e;
}

// `name` starts with `prefix` and goes on with a space and more: the prefix is its first words, not all of
// them.
bool FirstWordsOf(std::string_view name, std::string_view prefix) {
  return name.size() > prefix.size() + 1 && name.compare(0, prefix.size(), prefix) == 0 &&
         name[prefix.size()] == ' ';
}

// The organization other than `self` whose name, canonical or an alias `prefix` begins, else -1.
int LongerOrg(const Article& a, size_t self, std::string_view prefix) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (i == self || !IsOrgType(e.type)) continue;
    if (FirstWordsOf(e.name, prefix) || FirstWordsOf(e.canonical, prefix)) return static_cast<int>(i);
    for (const std::string& al : e.aliases)
      if (FirstWordsOf(al, prefix)) return static_cast<int>(i);
  }
  return -1;
}

// A CJK ideograph (U+4E00-U+9FFF) is written at byte `at` of `p`: the Hanja of a Korean headline short form
// ("삼성重" for 삼성중공업, "현대車", "LG電").
bool HanjaAt(std::string_view p, size_t at) {
  if (at >= p.size()) return false;
  size_t len = 0;
  const char32_t c = DecodeUtf8At(p, at, &len);
  return c >= 0x4E00 && c <= 0x9FFF;
}

// `name` begins with the Hangul or Latin `prefix` and goes on, glued: "삼성중공업" for "삼성".
bool GluedStartOf(std::string_view name, std::string_view prefix) {
  return name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
         name[prefix.size()] != ' ';
}

// The one organization other than `self` (by canonical name) whose name or an alias `prefix` begins glued,
// else -1; -1 as well when two organizations do (the Hanja is not read, so "삼성重" beside 삼성중공업 and
// 삼성전기 is left alone).
int GluedLongerOrg(const Article& a, size_t self, std::string_view prefix) {
  int found = -1;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (i == self || !IsOrgType(e.type) || e.canonical == a.entities[self].canonical) continue;
    bool starts = GluedStartOf(e.name, prefix);
    for (const std::string& al : e.aliases) starts = starts || GluedStartOf(al, prefix);
    if (!starts) continue;
    if (found >= 0 && a.entities[static_cast<size_t>(found)].canonical != e.canonical) return -1;
    found = static_cast<int>(i);
  }
  return found;
}

// A Korean short form cut before its Hanja ("삼성" of "삼성重" tagged and resolved to the group's best-known
// company): the mention and the Hanja are a short form of the one organization of the article whose name the
// mention begins glued (삼성중공업).
void AddHanjaShortForms(const Article& a, size_t i, std::vector<PrefixMention>* out) {
  for (const Mention& m : a.entities[i].mentions) {
    if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
    std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
    const size_t end = static_cast<size_t>(m.end);
    if (end <= static_cast<size_t>(m.start) || end > p.size() || !HanjaAt(p, end)) continue;
    const int o =
        GluedLongerOrg(a, i, p.substr(static_cast<size_t>(m.start), end - static_cast<size_t>(m.start)));
    if (o < 0) continue;
    size_t len = 0;
    DecodeUtf8At(p, end, &len);
    const size_t stop = end + len;
    Mention longer{m.paragraph, m.start, static_cast<int>(stop),
                   std::string(p.substr(static_cast<size_t>(m.start), stop - static_cast<size_t>(m.start)))};
    out->push_back({static_cast<size_t>(o), longer, i, m});
  }
}

}  // namespace

std::vector<PrefixMention> LongerNamePrefixes(const Article& a) {
  std::vector<PrefixMention> out;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (!IsOrgType(e.type)) continue;
    AddHanjaShortForms(a, i, &out);
    for (const Mention& m : e.mentions) {
      if (m.paragraph < 0 || static_cast<size_t>(m.paragraph) >= a.paragraphs.size()) continue;
      std::string_view p = a.paragraphs[static_cast<size_t>(m.paragraph)];
      const size_t start = static_cast<size_t>(m.start);
      if (start >= p.size() || !Upper(p[start])) continue;
      size_t end = static_cast<size_t>(m.end), best = 0;
      int best_org = -1;
      for (int words = 0; words < 3 && end + 1 < p.size() && p[end] == ' '; ++words) {
        const size_t w = WordEnd(p, end + 1);
        if (w == end + 1) break;
        end = w;
        if (int o = LongerOrg(a, i, p.substr(start, end - start)); o >= 0) {
          best = end;
          best_org = o;
        }
      }
      if (best_org < 0) continue;
      Mention longer{m.paragraph, m.start, static_cast<int>(best),
                     std::string(p.substr(start, best - start))};
      out.push_back({static_cast<size_t>(best_org), longer, i, m});
    }
  }
  return out;
}

}  // namespace hirewire::normalize
