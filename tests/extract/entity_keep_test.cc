// The keep/type step of the entity recognizer (extract/entity_keep.h): its features per fact,
// its table format, the shipped table, and how the recognizer applies it.
#include "extract/entity_keep.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/entities.h"

namespace hirewire::extract {
namespace {

bool Has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

EntityFacts Base() {
  EntityFacts f;
  f.type = EntityType::kCompany;
  f.lang = "en";
  f.sources = 1u << static_cast<int>(EntitySource::kLatinRule);
  f.max_conf = 0.7;
  f.mentions = 1;
  f.paragraphs = 1;
  f.script = NameScript::kLatin;
  f.tokens = 2;
  f.chars = 12;
  return f;
}

struct FeatureRow {
  const char* what;
  void (*set)(EntityFacts*);
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

TEST(EntityKeepFeatures, EachFactGivesItsFeatures) {
  const std::vector<FeatureRow> rows = {
      {"plain rule candidate",
       [](EntityFacts*) {},
       {"type=company", "src=latin_rule", "src=latin_rule|org", "has=latin_rule|org", "nsrc=1",
        "conf=0.7|latin_rule", "mentions=1|org", "script=latin|org", "lang=en|org", "tokens=2|org",
        "chars=9-16|org"},
       {"dict", "offered", "initial_only", "lower_elsewhere"}},
      {"the dictionary is the main source",
       [](EntityFacts* f) {
         f->sources |= 1u << static_cast<int>(EntitySource::kDictionary);
         f->dictionary = true;
       },
       {"src=dict", "has=dict|org", "has=latin_rule|org", "nsrc=2", "dict", "dict|org"},
       {"src=latin_rule"}},
      {"a person's kind",
       [](EntityFacts* f) { f->type = EntityType::kPerson; },
       {"type=person", "src=latin_rule|per"},
       {"src=latin_rule|org"}},
      {"mention counts are bucketed",
       [](EntityFacts* f) { f->mentions = 7; },
       {"mentions=5+|org", "mentions=5+|latin_rule"},
       {"mentions=7|org"}},
      {"confidence in tenths",
       [](EntityFacts* f) { f->max_conf = 1.0; },
       {"conf=0.9|latin_rule"},
       {"conf=1.0|latin_rule"}},
      {"sentence-initial only",
       [](EntityFacts* f) { f->sentence_initial_only = true; },
       {"initial_only", "initial_only|org", "initial_only|mentions=1|src=latin_rule"},
       {}},
      {"capitals",
       [](EntityFacts* f) {
         f->all_caps = true;
         f->chars = 3;
       },
       {"all_caps", "all_caps|chars=3-4"},
       {}},
      {"an unknown language", [](EntityFacts* f) { f->lang = ""; }, {"lang=?|org"}, {"lang=|org"}},
      {"a Hangul name",
       [](EntityFacts* f) { f->script = NameScript::kHangul; },
       {"script=hangul|org"},
       {"script=latin|org"}},
      {"cue words",
       [](EntityFacts* f) {
         f->title_next = true;
         f->org_head = true;
       },
       {"title_next|org", "org_head|org", "title_next&org_head"},
       {}},
      {"a common word elsewhere, not in the dictionary",
       [](EntityFacts* f) { f->lower_elsewhere = true; },
       {"lower_elsewhere|org", "lower_elsewhere&undict|org"},
       {}},
      {"an offered tagger span",
       [](EntityFacts* f) {
         f->sources = 1u << static_cast<int>(EntitySource::kTagger);
         f->low_score = true;
         f->offered = true;
         f->max_conf = 0.55;
       },
       {std::string(kOfferedFeature), "low_score|org", "low_score|conf=0.5", "src=tagger"},
       {}},
      {"a revived candidate",
       [](EntityFacts* f) { f->revived = "lower_case"; },
       {"revived=lower_case", "revived=lower_case|org", "revived=lower_case|src=latin_rule"},
       {}},
      {"one word outside the dictionary",
       [](EntityFacts* f) { f->tokens = 1; },
       {"one_word_undict|org|script=latin"},
       {}},
  };
  for (const FeatureRow& row : rows) {
    EntityFacts f = Base();
    row.set(&f);
    const std::vector<std::string> got = EntityKeepFeatures(f);
    std::vector<std::string> sorted = got;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end())
        << row.what << ": a feature listed twice";
    for (const std::string& want : row.present) EXPECT_TRUE(Has(got, want)) << row.what << ": " << want;
    for (const std::string& not_want : row.absent)
      EXPECT_FALSE(Has(got, not_want)) << row.what << ": " << not_want;
  }
}

TEST(EntityKeepModel, ShippedTableParsesAndIsTrained) {
  auto m = EntityKeepModel::FromTsv(EmbeddedEntityKeepTsv(), "entity_keep.tsv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_GT(m->keep.size(), 50u);
  EXPECT_GT(m->person.size(), 50u);
  EXPECT_GE(m->keep_threshold, 0.0);
  EXPECT_LT(m->keep_threshold, 0.5);
  EXPECT_GE(m->offered_threshold, 0.5);
  // Every feature of the table is one EntityKeepFeatures can produce: its name has no tab and
  // the table writes back as it was read.
  auto again = EntityKeepModel::FromTsv(m->ToTsv("round trip"), "again");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->keep.size(), m->keep.size());
  EXPECT_DOUBLE_EQ(again->keep_threshold, m->keep_threshold);
  EXPECT_DOUBLE_EQ(again->offered_threshold, m->offered_threshold);
}

TEST(EntityKeepModel, RejectsBadTables) {
  struct Row {
    const char* tsv;
    const char* reason;
  };
  for (const Row& r : std::vector<Row>{
           {"keep/(bias)\t0\n", "no (keep threshold) row"},
           {"(keep threshold)\t0.2\nother/x\t1\n", "names neither model"},
           {"(keep threshold)\tlow\n", "is not a finite number"},
           {"(keep threshold)\t0.2\nkeep/x\t1\tx\n", "want 2 fields"},
           {"(keep threshold)\t0.2\nkeep/x\t1\nkeep/x\t2\n", "listed twice"},
       }) {
    auto m = EntityKeepModel::FromTsv(r.tsv, "t.tsv");
    ASSERT_FALSE(m.ok()) << r.tsv;
    EXPECT_NE(m.status().ToString().find(r.reason), std::string::npos) << m.status().ToString();
  }
}

TEST(EntityKeepModel, AppliesBothThresholdsAndTheTypeMargin) {
  auto m = EntityKeepModel::FromTsv(
      "(keep threshold)\t0.3\n(offered threshold)\t0.6\n(type margin)\t1\n"
      "keep/bad\t-5\nkeep/good\t1\nperson/(bias)\t0\nperson/personish\t3\nperson/orgish\t-3\n",
      "t.tsv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  auto entity = [](const char* name, EntityType type) {
    Entity e;
    e.name = name;
    e.type = type;
    return e;
  };
  std::vector<Entity> es = {entity("A", EntityType::kCompany), entity("B", EntityType::kCompany),
                            entity("C", EntityType::kPerson),  entity("D", EntityType::kCompany),
                            entity("E", EntityType::kCompany), entity("F", EntityType::kCompany)};
  const std::string offered(kOfferedFeature);
  const std::vector<std::vector<std::string>> features = {
      {"bad"},            // p 0.007: dropped
      {},                 // p 0.5: kept (proposed)
      {"orgish"},         // kept, margin -3: organization
      {offered},          // p 0.5 < 0.6: an offered entity is dropped
      {offered, "good"},  // p 0.73: kept
      {"personish"},      // kept, margin 3: person
  };
  m->Apply(&es, features);
  ASSERT_EQ(es.size(), 4u);
  EXPECT_EQ(es[0].name, "B");
  EXPECT_EQ(es[1].name, "C");
  EXPECT_EQ(es[1].type, EntityType::kOrganization);
  EXPECT_EQ(es[2].name, "E");
  EXPECT_EQ(es[3].name, "F");
  EXPECT_EQ(es[3].type, EntityType::kPerson);
}

TEST(EntityRecognizerKeepStep, FeaturesComeWithTheCandidatesAndTheStepCanBeSwitchedOff) {
  Article a;
  a.language = "en";
  a.paragraphs = {
      "Samsung Electronics hired Mina Park, a former Google researcher, the company said on Monday.",
      "Park said she would lead the Samsung Electronics lab in Seoul."};
  EntityOptions off;
  off.keep_model = false;
  auto plain = EntityRecognizer::Create(off);
  ASSERT_TRUE(plain.ok());
  std::vector<std::vector<std::string>> features;
  const std::vector<Entity> cands = (*plain)->Candidates(a, &features);
  ASSERT_EQ(features.size(), cands.size());
  const auto samsung = std::find_if(cands.begin(), cands.end(),
                                    [](const Entity& e) { return e.canonical == "Samsung Electronics"; });
  ASSERT_NE(samsung, cands.end());
  const auto& f = features[samsung - cands.begin()];
  EXPECT_TRUE(Has(f, "dict|org"));
  EXPECT_TRUE(Has(f, "mentions=2|org"));
  EXPECT_TRUE(Has(f, "paras=2"));
  // A table that drops everything proposed empties the output; switched off, nothing is dropped.
  auto drop_all = EntityKeepModel::FromTsv("(keep threshold)\t0.99\n(offered threshold)\t0.99\n", "t.tsv");
  ASSERT_TRUE(drop_all.ok());
  EntityOptions strict;
  strict.model = &*drop_all;
  auto strict_rec = EntityRecognizer::Create(strict);
  ASSERT_TRUE(strict_rec.ok());
  EXPECT_TRUE((*strict_rec)->Recognize(a).empty());
  EXPECT_FALSE((*plain)->Recognize(a).empty());
}

}  // namespace
}  // namespace hirewire::extract
