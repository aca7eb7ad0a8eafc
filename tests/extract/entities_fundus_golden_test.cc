// System-level score of the entity recognizer on general news: the persons and organizations of
// 30 fundus-dev pages from 20 countries (tests/data/entities-fundus/gold.jsonl, annotated blind),
// the same measure as scripts/score_entities.py: a predicted entity matches a gold referent when
// the types agree (company, organization and publication all count as organization) and any of
// its name, canonical, aliases or mention surfaces equals a gold surface (ASCII case, spaces,
// dots, middle dots, hyphens and apostrophes ignored); one-to-one, greedy in gold order. The
// page text is the gold title and body of ../shared/corpus/fundus-dev/gold-dev.jsonl, one
// paragraph per line, with the page's language. Floors in entities_floors.h.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entities_floors.h"

namespace hirewire::extract {
namespace {

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::string Key(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '.' || c == '-' || c == '\'') continue;
    if (s.compare(i, 2, "\xC2\xB7") == 0 || s.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += s.compare(i, 2, "\xC2\xB7") == 0 ? 1 : 2;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

std::string Kind(EntityType type) { return type == EntityType::kPerson ? "person" : "organization"; }

TEST(EntitiesFundusGolden, PersonsAndOrganizationsOnNewsPagesOfTwentyCountries) {
  const std::string shared = HIREWIRE_SHARED_DIR;
  std::map<std::string, nlohmann::json> pages;
  for (const std::string& line : ReadLines(shared + "/corpus/fundus-dev/gold-dev.jsonl")) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (!j.contains("id") || !j["id"].is_string()) continue;
    const std::string id = j["id"].get<std::string>();
    pages[id] = std::move(j);
  }
  ASSERT_FALSE(pages.empty()) << "fundus-dev gold pages not found under " << shared;
  auto rec = EntityRecognizer::Create();
  ASSERT_TRUE(rec.ok());
  int matched = 0, predicted = 0, gold_count = 0, num_pages = 0;
  for (const std::string& line : ReadLines(HIREWIRE_SOURCE_DIR "/tests/data/entities-fundus/gold.jsonl")) {
    const nlohmann::json g = nlohmann::json::parse(line);
    auto it = pages.find(g["id"].get<std::string>());
    ASSERT_NE(it, pages.end()) << g["id"];
    ++num_pages;
    Article a;
    a.language = g.contains("lang") && g["lang"].is_string() ? g["lang"].get<std::string>() : "";
    const nlohmann::json& page = it->second;
    std::vector<std::string> texts = {
        page.contains("title") && page["title"].is_string() ? page["title"].get<std::string>() : ""};
    if (page.contains("body") && page["body"].is_array()) {
      for (const auto& b : page["body"])
        if (b.is_string()) texts.push_back(b.get<std::string>());
    }
    for (const std::string& t : texts) {
      size_t x = t.find_first_not_of(" \t"), y = t.find_last_not_of(" \t");
      if (x != std::string::npos) a.paragraphs.push_back(t.substr(x, y - x + 1));
    }
    std::vector<Entity> pred = (*rec)->Recognize(a);
    std::vector<std::set<std::string>> keys;
    for (const Entity& e : pred) {
      std::set<std::string> k = {Key(e.name), Key(e.canonical)};
      for (const std::string& al : e.aliases) k.insert(Key(al));
      for (const Mention& m : e.mentions) {
        k.insert(Key(a.paragraphs[m.paragraph].substr(m.start, m.end - m.start)));
      }
      k.erase("");
      keys.push_back(std::move(k));
    }
    predicted += static_cast<int>(pred.size());
    std::vector<bool> used(pred.size(), false);
    for (const auto& x : g["entities"]) {
      ++gold_count;
      std::set<std::string> gs;
      for (const auto& s : x["surfaces"]) gs.insert(Key(s.get<std::string>()));
      for (size_t i = 0; i < pred.size(); ++i) {
        if (used[i] || Kind(pred[i].type) != x["type"].get<std::string>()) continue;
        bool hit = false;
        for (const std::string& k : keys[i]) hit = hit || gs.count(k) > 0;
        if (hit) {
          used[i] = true;
          ++matched;
          break;
        }
      }
    }
  }
  EXPECT_EQ(num_pages, 30);
  const double p = predicted ? static_cast<double>(matched) / predicted : 1.0;
  const double r = gold_count ? static_cast<double>(matched) / gold_count : 1.0;
  const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::printf("fundus-dev entities: %d pages, gold %d, predicted %d, matched %d: P %.3f R %.3f F1 %.3f\n",
              num_pages, gold_count, predicted, matched, p, r, f1);
  EXPECT_GE(f1, floors::kFundusTypedF1);
  EXPECT_GE(p, floors::kFundusPrecision);
}

}  // namespace
}  // namespace hirewire::extract
