// Dataset-level quality of the embedded NER model: entity-level F1 (exact span and type) on the
// held-out part of KLUE-NER (every 5th sentence, never trained on) and on Universal NER
// English-EWT test (training used EWT dev only). Floors: tests/extract/ner_floors.h.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "extract/ner_data.h"
#include "extract/ner_tagger.h"
#include "tests/extract/ner_floors.h"

namespace hirewire::extract {
namespace {

std::string ReadShared(const std::string& rel) {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Print(const char* name, const ner::PrfCounts& c, double floor) {
  std::printf("%-22s P %5.1f  R %5.1f  F1 %5.1f  (tp %d fp %d fn %d; floor %.1f, issue target %.0f)\n",
              name, c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn, floor,
              ner_floors::kIssueTargetF1);
}

TEST(NerGolden, KoreanHeldOutPersonsAndOrganizations) {
  const NerTagger* tagger = NerTagger::Embedded();
  ASSERT_NE(tagger, nullptr) << "no NER model built into the library";
  std::string klue = ReadShared("ner/klue-ner/klue-ner-v1.1-dev-train-split.tsv");
  ASSERT_FALSE(klue.empty());
  std::vector<ner::KoSentence> all = ner::ParseKlue(klue);
  ASSERT_EQ(all.size(), 4000u);
  std::vector<ner::KoSentence> held_out;
  for (size_t i = 0; i < all.size(); ++i) {
    if (ner::IsKoreanHeldOut(i)) held_out.push_back(all[i]);
  }
  ASSERT_EQ(held_out.size(), 800u);
  ner::NerScores s = ner::EvaluateKorean(*tagger, held_out);
  Print("KLUE held-out PS", s.per, ner_floors::kKoreanPsF1);
  Print("KLUE held-out OG", s.org, ner_floors::kKoreanOgF1);
  EXPECT_GT(s.per.tp + s.per.fn, 500);  // the held-out part really has persons to find
  EXPECT_GE(s.per.F1(), ner_floors::kKoreanPsF1);
  EXPECT_GE(s.org.F1(), ner_floors::kKoreanOgF1);
}

TEST(NerGolden, EnglishEwtTestPersonsAndOrganizations) {
  const NerTagger* tagger = NerTagger::Embedded();
  ASSERT_NE(tagger, nullptr);
  std::string test = ReadShared("ner/uner-en-ewt/en_ewt-ud-test.iob2");
  ASSERT_FALSE(test.empty());
  std::vector<ner::EnSentence> sentences = ner::ParseConllIob2(test);
  ASSERT_GT(sentences.size(), 2000u);
  ner::NerScores s = ner::EvaluateEnglish(*tagger, sentences);
  Print("UNER EWT test PER", s.per, ner_floors::kEnglishPerF1);
  Print("UNER EWT test ORG", s.org, ner_floors::kEnglishOrgF1);
  EXPECT_GT(s.per.tp + s.per.fn, 400);
  EXPECT_GE(s.per.F1(), ner_floors::kEnglishPerF1);
  EXPECT_GE(s.org.F1(), ner_floors::kEnglishOrgF1);
}

}  // namespace
}  // namespace hirewire::extract
