// The case table the entity tests share: a sentence in a language, a surface and what the recognizer must
// make of it (an organization, one typed organization or company, a person, no organization, no person,
// nothing, an alias of the entity, one entity with another mention, the entity of a canonical, or the only
// person or organization of the sentence). A test file lists `EntityCase` rows and runs them with
// ExpectEntityCases; the recognizer is built once per process.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/entities.h"

namespace hirewire::extract::testing_support {

// kOrganization: any type but person; kTypedOrganization: typed organization or company (no other,
// publication). kCanonical: the entity whose canonical is `other` is read and named `surface` (the article's
// spelling). kOneMention: the entity whose canonical is `other` is read, no person, with one mention, written
// `surface`. kOnlyPerson / kOnlyOrganization: the sentence's persons (organizations: any type but person) are
// one, named `surface`.
enum class Want {
  kOrganization,
  kTypedOrganization,
  kPerson,
  kNoOrganization,
  kNoPerson,
  kNone,
  kAlias,
  kLinked,
  kCanonical,
  kOneMention,
  kOnlyPerson,
  kOnlyOrganization
};

struct EntityCase {
  const char* lang;
  const char* text;
  const char* surface;  // a mention (kAlias: the entity's name) written so
  Want want;
  // kAlias: an alias of that entity; kLinked: another mention of it (or its name), "" for any second mention;
  // kCanonical, kOneMention: the entity's canonical.
  const char* other = "";
};

inline const EntityRecognizer& SharedRecognizer() {
  static const std::unique_ptr<EntityRecognizer> rec = [] {
    auto r = EntityRecognizer::Create();
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *rec;
}

// The entities of one paragraph (or several) in `lang`.
inline std::vector<Entity> ReadEntities(const char* lang, std::vector<std::string> paragraphs) {
  Article a;
  a.language = lang;
  a.paragraphs = std::move(paragraphs);
  return SharedRecognizer().Recognize(a);
}

// The entity that has a mention written exactly `surface`, or null.
inline const Entity* WithSurface(const std::vector<Entity>& es, const std::string& surface) {
  for (const Entity& e : es)
    for (const Mention& m : e.mentions)
      if (m.surface == surface) return &e;
  return nullptr;
}

// The entity whose canonical is `canonical`, or null.
inline const Entity* WithCanonical(const std::vector<Entity>& es, const std::string& canonical) {
  for (const Entity& e : es)
    if (e.canonical == canonical) return &e;
  return nullptr;
}

// The names of the persons (`persons`) or of the other entities of `es`, in order.
inline std::vector<std::string> NamesOf(const std::vector<Entity>& es, bool persons) {
  std::vector<std::string> out;
  for (const Entity& e : es)
    if ((e.type == EntityType::kPerson) == persons) out.push_back(e.name);
  return out;
}

// The checks of the wants that find their entity by its canonical or read the whole sentence.
inline void ExpectSentenceCase(const EntityCase& c, const std::vector<Entity>& es, const std::string& where) {
  const Entity* e = WithCanonical(es, c.other);
  switch (c.want) {
    case Want::kCanonical:
      ASSERT_NE(e, nullptr) << where << ": no " << c.other;
      EXPECT_EQ(e->name, c.surface) << where;
      break;
    case Want::kOneMention:
      ASSERT_NE(e, nullptr) << where << ": no " << c.other;
      EXPECT_NE(e->type, EntityType::kPerson) << where;
      ASSERT_EQ(e->mentions.size(), 1u) << where;
      EXPECT_EQ(e->mentions[0].surface, c.surface) << where;
      break;
    case Want::kOnlyPerson:
    case Want::kOnlyOrganization:
      EXPECT_EQ(NamesOf(es, c.want == Want::kOnlyPerson), std::vector<std::string>{c.surface}) << where;
      break;
    default: break;
  }
}

inline void ExpectEntityCase(const EntityCase& c) {
  const std::vector<Entity> es = ReadEntities(c.lang, {c.text});
  const Entity* e = WithSurface(es, c.surface);
  const std::string where = std::string(c.text) + " / " + c.surface;
  switch (c.want) {
    case Want::kOrganization:
      ASSERT_NE(e, nullptr) << where;
      EXPECT_NE(e->type, EntityType::kPerson) << where;
      break;
    case Want::kTypedOrganization:
      ASSERT_NE(e, nullptr) << where;
      EXPECT_TRUE(e->type == EntityType::kOrganization || e->type == EntityType::kCompany)
          << where << ": " << e->type;
      break;
    case Want::kPerson:
      ASSERT_NE(e, nullptr) << where;
      EXPECT_EQ(e->type, EntityType::kPerson) << where;
      break;
    case Want::kNoOrganization: EXPECT_TRUE(e == nullptr || e->type == EntityType::kPerson) << where; break;
    case Want::kNoPerson: EXPECT_TRUE(e == nullptr || e->type != EntityType::kPerson) << where; break;
    case Want::kNone:
      EXPECT_EQ(e, nullptr) << where << " read as " << (e ? EntityTypeName(e->type) : std::string_view());
      break;
    case Want::kAlias: {
      ASSERT_NE(e, nullptr) << where;
      bool found = false;
      for (const std::string& x : e->aliases) found = found || x == c.other;
      EXPECT_TRUE(found) << where << " alias " << c.other;
      break;
    }
    case Want::kLinked:
      ASSERT_NE(e, nullptr) << where;
      if (std::string(c.other).empty()) {
        EXPECT_GE(e->mentions.size(), 2u) << where;
      } else {
        EXPECT_EQ(WithSurface(es, c.other), e) << where << " with " << c.other;
      }
      break;
    case Want::kCanonical:
    case Want::kOneMention:
    case Want::kOnlyPerson:
    case Want::kOnlyOrganization: ExpectSentenceCase(c, es, where); break;
  }
}

inline void ExpectEntityCases(const std::vector<EntityCase>& cases) {
  for (const EntityCase& c : cases) ExpectEntityCase(c);
}

}  // namespace hirewire::extract::testing_support
