// The case table the entity tests share: a sentence in a language, a surface and what the recognizer must make of it
// (an organization, a person, no organization, no person, nothing, or an alias of the entity). A test file lists
// `EntityCase` rows and runs them with ExpectEntityCases; the recognizer is built once per process.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/entities.h"

namespace hirewire::extract::testing_support {

enum class Want { kOrganization, kPerson, kNoOrganization, kNoPerson, kNone, kAlias };

struct EntityCase {
  const char* lang;
  const char* text;
  const char* surface;  // a mention (kAlias: the entity's name) written so
  Want want;
  const char* alias = "";  // kAlias: an alias of that entity
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

inline void ExpectEntityCase(const EntityCase& c) {
  const std::vector<Entity> es = ReadEntities(c.lang, {c.text});
  const Entity* e = WithSurface(es, c.surface);
  const std::string where = std::string(c.text) + " / " + c.surface;
  switch (c.want) {
    case Want::kOrganization:
      ASSERT_NE(e, nullptr) << where;
      EXPECT_NE(e->type, "person") << where;
      break;
    case Want::kPerson:
      ASSERT_NE(e, nullptr) << where;
      EXPECT_EQ(e->type, "person") << where;
      break;
    case Want::kNoOrganization:
      EXPECT_TRUE(e == nullptr || e->type == "person") << where;
      break;
    case Want::kNoPerson:
      EXPECT_TRUE(e == nullptr || e->type != "person") << where;
      break;
    case Want::kNone:
      EXPECT_EQ(e, nullptr) << where << " read as " << (e ? e->type : "");
      break;
    case Want::kAlias: {
      ASSERT_NE(e, nullptr) << where;
      bool found = false;
      for (const std::string& x : e->aliases) found = found || x == c.alias;
      EXPECT_TRUE(found) << where << " alias " << c.alias;
      break;
    }
  }
}

inline void ExpectEntityCases(const std::vector<EntityCase>& cases) {
  for (const EntityCase& c : cases) ExpectEntityCase(c);
}

}  // namespace hirewire::extract::testing_support
