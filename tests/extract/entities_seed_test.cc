// The founding example: every person and company of ../shared/seed/expected.json is found with the
// right canonical name, no particle is glued to a name, and no common word becomes a person.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/entities.h"

namespace hirewire::extract {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class SeedEntities : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = std::string(HIREWIRE_SHARED_DIR) + "/seed/";
    std::string text = ReadFile(dir + "article-ko-meta-hiring.txt");
    ASSERT_FALSE(text.empty());
    expected_ = nlohmann::json::parse(ReadFile(dir + "expected.json"));
    // Paragraphs are the lines of the file (paragraph i = line i+1).
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) article_.paragraphs.push_back(line);
    auto r = EntityRecognizer::Create();
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    entities_ = (*r)->Recognize(article_);
  }

  static bool Optional(const nlohmann::json& e) {
    std::string kind = e.value("kind", ""), note = e.value("note", "");
    return kind.find("optional") != std::string::npos || note.find("fine to drop") != std::string::npos;
  }
  const Entity* ByCanonical(const std::string& canonical) const {
    for (const Entity& e : entities_)
      if (e.canonical == canonical) return &e;
    return nullptr;
  }
  static std::set<std::string> Surfaces(const Entity& e) {
    std::set<std::string> s{e.name};
    s.insert(e.aliases.begin(), e.aliases.end());
    for (const Mention& m : e.mentions) s.insert(m.surface);
    return s;
  }

  Article article_;
  nlohmann::json expected_;
  std::vector<Entity> entities_;
};

TEST_F(SeedEntities, FindsEveryPersonAndCompanyWithItsCanonicalName) {
  int checked = 0;
  for (const char* group : {"people", "companies"}) {
    for (const auto& want : expected_[group]) {
      if (Optional(want)) continue;
      std::string canonical = want["canonical"];
      const Entity* e = ByCanonical(canonical);
      ASSERT_NE(e, nullptr) << "missing " << canonical;
      std::set<std::string> got = Surfaces(*e);
      for (const auto& s : want["surfaces"])
        EXPECT_TRUE(got.count(s.get<std::string>())) << canonical << ": " << s;
      // Every surface of the entity is one the gold lists: nothing glued, nothing cut.
      std::set<std::string> allowed;
      for (const auto& s : want["surfaces"]) allowed.insert(s.get<std::string>());
      for (const std::string& s : got) EXPECT_TRUE(allowed.count(s)) << canonical << " has surface " << s;
      EXPECT_EQ(EntityTypeName(e->type), std::string(group) == "people"          ? "person"
                                         : want.value("kind", "") == "publisher" ? "publication"
                                                                                 : "company")
          << canonical;
      ++checked;
    }
  }
  EXPECT_GE(checked, 10);
}

TEST_F(SeedEntities, ReportsNoPersonOutsideTheGold) {
  std::set<std::string> gold;
  for (const auto& p : expected_["people"])
    for (const auto& s : p["surfaces"]) gold.insert(s.get<std::string>());
  for (const Entity& e : entities_) {
    if (e.type != EntityType::kPerson) continue;
    for (const Mention& m : e.mentions) EXPECT_TRUE(gold.count(m.surface)) << "false person: " << m.surface;
  }
}

TEST_F(SeedEntities, MentionOffsetsPointAtTheSurface) {
  for (const Entity& e : entities_)
    for (const Mention& m : e.mentions) {
      ASSERT_LT(m.paragraph, static_cast<int>(article_.paragraphs.size()));
      EXPECT_EQ(article_.paragraphs[m.paragraph].substr(m.start, m.end - m.start), m.surface);
    }
}

TEST_F(SeedEntities, ReadsRolesWithTheirOrganization) {
  auto has_role = [&](const char* person, const std::string& title_part, const char* org) {
    const Entity* e = ByCanonical(person);
    if (!e) return false;
    for (const Role& r : e->roles)
      if (r.title.find(title_part) != std::string::npos && r.organization == org) return true;
    return false;
  };
  EXPECT_TRUE(has_role("Mark Zuckerberg", "CEO", "Meta Platforms"));
  EXPECT_TRUE(has_role("Ruoming Pang", "파운데이션 모델 책임자", "Apple"));
  EXPECT_TRUE(has_role("Mira Murati", "former CTO", "OpenAI"));
  EXPECT_TRUE(has_role("Matt Deitke", "창업자", ""));
}

TEST_F(SeedEntities, ResolvesTheShortFormInsideTheArticle) {
  const Entity* e = ByCanonical("Matt Deitke");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "매트 다이크");
  int short_forms = 0;
  for (const Mention& m : e->mentions) short_forms += m.surface == "다이크";
  EXPECT_GE(short_forms, 2);  // "다이크가", "다이크는"
}

TEST_F(SeedEntities, TypesLeaguesAsOrganizations) {
  const Entity* nba = ByCanonical("National Basketball Association");
  ASSERT_NE(nba, nullptr);
  EXPECT_EQ(nba->type, EntityType::kOrganization);
}

}  // namespace
}  // namespace hirewire::extract
