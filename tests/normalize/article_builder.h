// Hand-built articles for the normalize tests: paragraphs and entities (type, surface; canonical =
// surface) with a mention at every occurrence of each surface.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/records.h"

namespace hirewire::normalize::testing_support {

// The type a test table names ("person", "company", ...); an unknown name is a broken table.
inline EntityType TypeNamed(std::string_view name) {
  EntityType t = EntityType::kNone;
  if (!ParseEntityType(name, &t) || t == EntityType::kNone)
    throw std::invalid_argument("unknown entity type " + std::string(name));
  return t;
}

inline Article ArticleWithEntities(const std::string& lang, std::vector<std::string> paragraphs,
                                   const std::vector<std::pair<std::string, std::string>>& entities) {
  Article a;
  a.language = lang;
  a.paragraphs = std::move(paragraphs);
  for (const auto& [type, name] : entities) {
    Entity e;
    e.type = TypeNamed(type);
    e.name = e.canonical = name;
    for (size_t p = 0; p < a.paragraphs.size(); ++p)
      for (size_t f = a.paragraphs[p].find(name); f != std::string::npos;
           f = a.paragraphs[p].find(name, f + 1))
        e.mentions.push_back(
            {static_cast<int>(p), static_cast<int>(f), static_cast<int>(f + name.size()), name});
    a.entities.push_back(std::move(e));
  }
  return a;
}

}  // namespace hirewire::normalize::testing_support
