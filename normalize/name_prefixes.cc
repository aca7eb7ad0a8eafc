#include "normalize/name_prefixes.h"

#include <cctype>
#include <string>
#include <string_view>

namespace hirewire::normalize {
namespace {

bool IsOrg(const Entity& e) { return e.type == "company" || e.type == "organization"; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// The end of the capitalized word starting at `at` (letters, digits, "-", "&", "."), or `at` when none starts there.
size_t WordEnd(std::string_view p, size_t at) {
  if (at >= p.size() || !Upper(p[at])) return at;
  size_t e = at;
  while (e < p.size() && (std::isalnum(static_cast<unsigned char>(p[e])) || p[e] == '-' || p[e] == '&')) ++e;
  return e;
}

// `name` starts with `prefix` and goes on with a space and more: the prefix is its first words, not all of them.
bool FirstWordsOf(std::string_view name, std::string_view prefix) {
  return name.size() > prefix.size() + 1 && name.compare(0, prefix.size(), prefix) == 0 && name[prefix.size()] == ' ';
}

// The organization other than `self` whose name, canonical or an alias `prefix` begins, else -1.
int LongerOrg(const Article& a, size_t self, std::string_view prefix) {
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (i == self || !IsOrg(e)) continue;
    if (FirstWordsOf(e.name, prefix) || FirstWordsOf(e.canonical, prefix)) return static_cast<int>(i);
    for (const std::string& al : e.aliases)
      if (FirstWordsOf(al, prefix)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::vector<PrefixMention> LongerNamePrefixes(const Article& a) {
  std::vector<PrefixMention> out;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    if (!IsOrg(e)) continue;
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
      Mention longer{m.paragraph, m.start, static_cast<int>(best), std::string(p.substr(start, best - start))};
      out.push_back({static_cast<size_t>(best_org), longer, i, m});
    }
  }
  return out;
}

}  // namespace hirewire::normalize
