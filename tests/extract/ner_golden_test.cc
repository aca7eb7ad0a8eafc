// Dataset-level quality of the embedded NER model: entity-level F1 (exact span and type) on the
// held-out part of KLUE-NER (every 5th sentence, never trained on), on Universal NER
// English-EWT test (training used EWT dev and ../shared/ner/en-extra only) and on the Japanese and
// Chinese test files of ../shared/ner/ja and zh (never trained on). Floors: tests/extract/ner_floors.h.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

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

void Print(const char* name, const ner::PrfCounts& c, double floor,
           double target = ner_floors::kIssueTargetF1) {
  std::printf("%-22s P %5.1f  R %5.1f  F1 %5.1f  (tp %d fp %d fn %d; floor %.1f, issue target %.0f)\n", name,
              c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn, floor, target);
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

// Pooled over the test files of one character language (each printed on its own).
ner::NerScores ScoreCharTestFiles(const NerTagger& tagger, const char* lang,
                                  std::initializer_list<const char*> files) {
  ner::NerScores pooled;
  for (const char* f : files) {
    std::string content = ReadShared(std::string("ner/") + lang + "/" + f);
    EXPECT_FALSE(content.empty()) << f;
    std::vector<ner::KoSentence> sentences = ner::ParseCharBio(content);
    EXPECT_GT(sentences.size(), 400u) << f;
    ner::NerScores s = ner::EvaluateChars(tagger, sentences, lang);
    Print((std::string(f) + " PER").c_str(), s.per, 0, ner_floors::kCjkIssueTargetF1);
    Print((std::string(f) + " ORG").c_str(), s.org, 0, ner_floors::kCjkIssueTargetF1);
    for (auto [a, b] : {std::pair{&pooled.per, &s.per}, std::pair{&pooled.org, &s.org}}) {
      a->tp += b->tp;
      a->fp += b->fp;
      a->fn += b->fn;
    }
  }
  return pooled;
}

TEST(NerGolden, JapaneseTestFilesPersonsAndOrganizations) {
  const NerTagger* tagger = NerTagger::Embedded();
  ASSERT_NE(tagger, nullptr);
  ner::NerScores s =
      ScoreCharTestFiles(*tagger, "ja", {"ja-stockmark-test.bio", "ja-gsd-test.bio", "ja-wac-test.bio"});
  Print("ja test files PER", s.per, ner_floors::kJapanesePerF1, ner_floors::kCjkIssueTargetF1);
  Print("ja test files ORG", s.org, ner_floors::kJapaneseOrgF1, ner_floors::kCjkIssueTargetF1);
  EXPECT_GT(s.per.tp + s.per.fn, 600);
  EXPECT_GE(s.per.F1(), ner_floors::kJapanesePerF1);
  EXPECT_GE(s.org.F1(), ner_floors::kJapaneseOrgF1);
}

TEST(NerGolden, ChineseTestFilesPersonsAndOrganizations) {
  const NerTagger* tagger = NerTagger::Embedded();
  ASSERT_NE(tagger, nullptr);
  ner::NerScores s =
      ScoreCharTestFiles(*tagger, "zh", {"zh-gsd-test.bio", "zh-gsdsimp-test.bio", "zh-pud-test.bio"});
  Print("zh test files PER", s.per, ner_floors::kChinesePerF1, ner_floors::kCjkIssueTargetF1);
  Print("zh test files ORG", s.org, ner_floors::kChineseOrgF1, ner_floors::kCjkIssueTargetF1);
  EXPECT_GT(s.per.tp + s.per.fn, 800);
  EXPECT_GE(s.per.F1(), ner_floors::kChinesePerF1);
  EXPECT_GE(s.org.F1(), ner_floors::kChineseOrgF1);
}

}  // namespace
}  // namespace hirewire::extract
