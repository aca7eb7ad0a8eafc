#include "normalize/dedup.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/minhash.h"

namespace hirewire::normalize {
namespace {

std::vector<std::string> SeedLines() {
  std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/seed/article-ko-meta-hiring.txt");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

TEST(FoldText, FoldsWidthCaseSpaceAndPunctuation) {
  EXPECT_EQ(FoldText("Meta, Inc.  hired  ＡＢＣ!"), FoldText("meta inc hired abc"));
  EXPECT_EQ(FoldText("“메타는 제안했다.”"), FoldText("메타는  제안했다"));
  EXPECT_NE(FoldText("메타는 제안했다"), FoldText("메타는 거절했다"));
  EXPECT_EQ(FoldText(" ... "), "");
}

TEST(DedupParagraphs, RemovesTheSeedArticlesSixRepeatsAndKeepsTheRest) {
  std::vector<std::string> lines = SeedLines();
  ASSERT_GE(lines.size(), 16u);
  Article a;
  // Body lines 3..16 of the file (1-based), i.e. paragraphs 0..13.
  for (int l = 3; l <= 16; ++l) a.paragraphs.push_back(lines[l - 1]);
  DedupParagraphs(&a);
  ASSERT_EQ(a.paragraphs.size(), 8u);
  // expected.json: line 11 repeats 4, 12->5, 13->6, 14->8, 15->9, 16->10 (index = line - 3).
  std::vector<DuplicateRemoved> want = {{8, 1, "exact", 1.0},  {9, 2, "exact", 1.0},  {10, 3, "exact", 1.0},
                                        {11, 5, "exact", 1.0}, {12, 6, "exact", 1.0}, {13, 7, "exact", 1.0}};
  EXPECT_EQ(a.duplicates_removed, want);
  // The Thinking Machines Lab paragraph (line 7) appears once and is kept, in order.
  EXPECT_EQ(a.paragraphs[4], lines[6]);
  for (int l = 3; l <= 10; ++l) EXPECT_EQ(a.paragraphs[l - 3], lines[l - 1]);
}

TEST(DedupParagraphs, RemovesExactRepeatsThatDifferOnlyInSpacingAndPunctuation) {
  Article a;
  a.paragraphs = {"Meta hired Matt Deitke.", "Other text here.", "  META hired   matt deitke!! "};
  DedupParagraphs(&a);
  EXPECT_EQ(a.paragraphs.size(), 2u);
  ASSERT_EQ(a.duplicates_removed.size(), 1u);
  EXPECT_EQ(a.duplicates_removed[0], (DuplicateRemoved{2, 0, "exact", 1.0}));
}

struct NearCase {
  std::string first;
  std::string second;
  bool duplicate;
};

class DedupNear : public ::testing::TestWithParam<NearCase> {};

TEST_P(DedupNear, TellsNearIdenticalFromMerelySimilar) {
  Article a;
  a.paragraphs = {GetParam().first, GetParam().second};
  DedupParagraphs(&a);
  if (GetParam().duplicate) {
    ASSERT_EQ(a.paragraphs.size(), 1u);
    ASSERT_EQ(a.duplicates_removed.size(), 1u);
    EXPECT_EQ(a.duplicates_removed[0].match, "near");
    EXPECT_EQ(a.duplicates_removed[0].index, 1);
    EXPECT_EQ(a.duplicates_removed[0].duplicate_of, 0);
    EXPECT_GE(a.duplicates_removed[0].similarity, DedupOptions{}.near_threshold);
    EXPECT_LT(a.duplicates_removed[0].similarity, 1.0);
  } else {
    EXPECT_EQ(a.paragraphs.size(), 2u);
    EXPECT_TRUE(a.duplicates_removed.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, DedupNear,
    ::testing::Values(
        // English: one word changed.
        NearCase{"Meta Platforms offered the startup founder a pay package worth $250 million over "
                 "four years after he turned down an earlier offer of $125 million, people familiar "
                 "with the talks said.",
                 "Meta Platforms offered the startup founder a pay package worth $250 million over "
                 "four years after he rejected an earlier offer of $125 million, people familiar "
                 "with the talks said.",
                 true},
        // English: same story, different sentence (merely similar).
        NearCase{"Meta Platforms offered the startup founder a pay package worth $250 million over "
                 "four years, people familiar with the talks said.",
                 "The startup founder, who had turned down $125 million from Meta Platforms, "
                 "finally agreed to join the company's superintelligence lab on Friday.",
                 false},
        // Korean: a particle and a date word changed.
        NearCase{"지난달 31일(현지시간) 미국 뉴욕타임스(NYT)에 따르면 메타는 최근 AI 스타트업 창업자 매트 "
                 "다이크를 초지능팀에 합류시키기 위해 1억2500만 달러(약 1756억원)를 제안했다.",
                 "지난 31일(현지시간) 미국 뉴욕타임스(NYT)에 따르면 메타는 최근 AI 스타트업 창업자 매트 "
                 "다이크를 초지능팀에 합류시키기 위해 1억2500만 달러(약 1756억원)을 제안했다.",
                 true},
        // Korean: same people and amounts, different sentence.
        NearCase{"메타는 최근 AI 스타트업 창업자 매트 다이크를 초지능팀에 합류시키기 위해 1억2500만 "
                 "달러를 제안했다.",
                 "다이크가 거절하자 마크 저커버그가 직접 나서 메타의 제안을 두 배로 높였고 그 중 1억 "
                 "달러는 첫 해 지급 조건이었다.",
                 false}));

TEST(DedupParagraphs, KeepsShortParagraphsThatOnlyLookAlike) {
  Article a;
  a.paragraphs = {"Read more", "Read more:", "Related stories", "Related story"};
  DedupParagraphs(&a);
  // "Read more:" folds to the same text: exact. The last two differ: short, never "near".
  EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"Read more", "Related stories", "Related story"}));
}

TEST(DocumentSignature, ScoresSyndicatedCopiesHighAndOtherStoriesLow) {
  std::vector<std::string> lines = SeedLines();
  std::vector<std::string> original(lines.begin() + 2, lines.begin() + 10);
  std::vector<std::string> copy = original;
  copy[1] = "[아주경제] " + copy[1];
  copy.pop_back();
  copy.push_back("저작권자 © 다른 매체. 무단 전재 금지.");
  std::vector<std::string> other = {
      "구글은 오픈AI 출신 연구원 3명을 영입했다고 10일 밝혔다. 이들은 구글 딥마인드의 제미나이 팀에 "
      "합류한다. 구글은 이들에게 연간 1000만 달러 수준의 보상을 제시한 것으로 알려졌다."};
  double same = MinHashSimilarity(DocumentSignature(original), DocumentSignature(copy));
  double diff = MinHashSimilarity(DocumentSignature(original), DocumentSignature(other));
  EXPECT_GE(same, kSyndicatedThreshold);
  EXPECT_LT(diff, 0.2);
}

}  // namespace
}  // namespace hirewire::normalize
