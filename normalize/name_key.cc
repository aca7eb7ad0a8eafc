#include "normalize/name_key.h"

namespace hirewire::normalize {

std::string NameKey(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ' || c == '.' || c == '-' || c == ',' || c == '\'') continue;
    if (name.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::vector<std::string> EntityNames(const Entity& e) {
  std::vector<std::string> out{e.name};
  if (e.canonical != e.name) out.push_back(e.canonical);
  out.insert(out.end(), e.aliases.begin(), e.aliases.end());
  return out;
}

bool EntitySpells(const Entity& e, const std::string& key) {
  if (key.empty()) return false;
  if (NameKey(e.name) == key || NameKey(e.canonical) == key) return true;
  for (const std::string& a : e.aliases)
    if (NameKey(a) == key) return true;
  return false;
}

const Entity* OrgWithCanonical(const Article& a, const std::string& canonical) {
  for (const Entity& e : a.entities)
    if (e.type != EntityType::kPerson && e.canonical == canonical) return &e;
  return nullptr;
}

}  // namespace hirewire::normalize
