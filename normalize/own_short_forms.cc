#include "normalize/own_short_forms.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace hirewire::normalize {
namespace {

bool IsHangulWord(std::string_view w) {
  if (w.empty()) return false;
  for (size_t i = 0; i < w.size(); i += 3) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (i + 3 > w.size() || b < 0xEA || b > 0xED) return false;
  }
  return true;
}

// `surface` is a short form of `name`: the end of it glued (Hangul, at least two syllables: 국민은행 of
// KB국민은행) or its first word (삼성 of 삼성 라이온즈).
bool ShortFormOf(std::string_view surface, std::string_view name) {
  if (surface.empty() || name.size() <= surface.size()) return false;
  if (name.compare(0, surface.size(), surface) == 0 && name[surface.size()] == ' ') return true;
  return IsHangulWord(surface) && surface.size() >= 6 && name.find(' ') == std::string_view::npos &&
         name.substr(name.size() - surface.size()) == surface;
}

// The spellings of the organization `canonical` in the article: its entities' names, aliases and mentions.
std::vector<std::string> Spellings(const Article& a, const std::string& canonical) {
  std::vector<std::string> out{canonical};
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kPerson || e.canonical != canonical) continue;
    out.push_back(e.name);
    for (const std::string& s : e.aliases) out.push_back(s);
    for (const Mention& m : e.mentions) out.push_back(m.surface);
  }
  return out;
}

// Every mention of the organization `prev` is a short form of one of the employer's spellings.
bool OnlyShortFormOf(const Article& a, const std::string& prev, const std::vector<std::string>& employer) {
  bool any = false;
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kPerson || e.canonical != prev) continue;
    for (const Mention& m : e.mentions) {
      if (std::none_of(employer.begin(), employer.end(),
                       [&](const std::string& n) { return ShortFormOf(m.surface, n); }))
        return false;
      any = true;
    }
  }
  return any;
}

}  // namespace

void OwnShortFormOrigins(const Article& a, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.previous_employer.empty() || e.employer.empty() || e.previous_employer == e.employer) continue;
    if (!OnlyShortFormOf(a, e.previous_employer, Spellings(a, e.employer))) continue;
    e.previous_employer.clear();
    e.previous_employer_aliases.clear();
  }
}

}  // namespace hirewire::normalize
