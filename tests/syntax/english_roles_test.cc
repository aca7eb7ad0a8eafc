// The clause-role parser's behaviour: preprocessing, limits, several triggers, caller names, the
// word lists, thread safety. Table scores are in english_roles_golden_test.cc.
#include "extract/syntax/english_roles.h"

#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus/text.h"
#include "tests/syntax/roles_table.h"

namespace hirewire::syntax {
namespace {

using namespace hirewire::syntax::roles_table;

// Every word list row is used by at least one sentence of the table ("each row with a test row").
TEST(EnglishRoles, EveryLexiconWordAppearsInTheTable) {
  std::vector<Case> cases = LoadCases();
  std::string all;
  for (const Case& c : cases) all += " " + AsciiLower(c.sentence) + " ";
  for (const LexiconRow& row : EnglishRoleLexicon()) {
    if (row.kind == "not_name") continue;  // NotNameWordsAreNotCollapsed
    std::string w(row.word);
    bool found = row.kind.ends_with("_suffix") && all.find(w) != std::string::npos;
    for (size_t pos = all.find(w); pos != std::string::npos && !found; pos = all.find(w, pos + 1)) {
      char before = all[pos - 1], after = all[pos + w.size()];
      found = !std::isalpha(static_cast<unsigned char>(before)) &&
              !std::isalpha(static_cast<unsigned char>(after));
    }
    EXPECT_TRUE(found) << row.kind << " '" << w << "' has no sentence in the table";
  }
}

TEST(EnglishRoles, NotNameWordsAreNotCollapsed) {
  for (const LexiconRow& row : EnglishRoleLexicon()) {
    if (row.kind != "not_name") continue;
    std::string word(row.word);
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    const std::string s = word + " Smith hired Jones.";
    EXPECT_EQ(TextForParsing(s, {}), word + " John hired John.") << row.word;
  }
}

TEST(EnglishRoles, NamesAreCollapsedAndDatelinesBlanked) {
  EXPECT_EQ(TextForParsing("Meta Platforms Inc. has hired Lena Hartmann.", {}), "John has hired John.");
  EXPECT_EQ(TextForParsing("Apple Inc.'s design chief left.", {}), "John's design chief left.");
  EXPECT_EQ(TextForParsing("Procter & Gamble named AI chief Ann Lee.", {}), "John named AI chief John.");
  EXPECT_EQ(TextForParsing("SEOUL, Nov 27 (Reuters) - Daesan Group promoted Kim Jun-ho.", {}),
            std::string(26, ' ') + "John promoted John.");
  // A trigger is never swallowed by a name, and the caller's names win.
  EXPECT_EQ(TextForParsing("Hiring slowed at Google.", {{0, 6}}), "Hiring slowed at John.");
  EXPECT_EQ(TextForParsing("SK hynix hired him.", {{9, 14}}, {{0, 8}}), "John hired him.");
  // Names that do not lie inside the sentence are ignored, not trusted.
  EXPECT_EQ(TextForParsing("SK hynix hired him.", {}, {{-3, 2}, {5, 400}, {6, 6}}), "SK hynix hired him.");
  EXPECT_EQ(TextForParsing("BEIJING (Xinhua) \u2014 Baidu hired him.", {}),
            std::string(21, ' ') + "John hired him.");
}

TEST(EnglishRoles, GivesUpOnOverlongAndEmptySentences) {
  std::string long_sentence = "Meta hired";
  for (int i = 0; i < 80; ++i) long_sentence += " engineers";
  long_sentence += ".";
  EXPECT_FALSE(Parser().Parse(long_sentence, {{5, 10}}, Deadline{}));
  EXPECT_FALSE(Parser().Parse("", {}, Deadline{}));
  EXPECT_FALSE(Parser().Parse(std::string_view("Meta\0hired him.", 15), {{5, 10}}, Deadline{}));
}

TEST(EnglishRoles, TriggerThatIsNotAVerbHasNoRoles) {
  const std::string s = "The offer was rejected on Monday.";
  auto roles = Parser().Parse(s, {*FindTrigger(s, "offer")}, Deadline{});
  ASSERT_TRUE(roles);
  EXPECT_FALSE(roles->triggers[0].linked);
  EXPECT_TRUE(roles->triggers[0].subject.empty());
}

TEST(EnglishRoles, SeveralTriggersInOneSentence) {
  const std::string s = "Bob Jones declined an offer from Meta and joined OpenAI.";
  auto declined = FindTrigger(s, "declined"), joined = FindTrigger(s, "joined");
  auto roles = Parser().Parse(s, {*declined, *joined}, Deadline{});
  ASSERT_TRUE(roles);
  ASSERT_EQ(roles->triggers.size(), 2u);
  EXPECT_EQ(Render(s, roles->triggers[0].subject), "Bob Jones");
  EXPECT_EQ(Render(s, roles->triggers[1].subject), "Bob Jones");
  EXPECT_EQ(Render(s, roles->triggers[1].object), "OpenAI");
}

TEST(EnglishRoles, CallerNamesAreKeptWhole) {
  // "scale labs" is lower case: only the caller knows it is one name.
  const std::string s = "Meta hired the founders of scale labs.";
  auto t = FindTrigger(s, "hired");
  auto roles = Parser().Parse(s, {*t}, Deadline{}, {{27, 37}});
  ASSERT_TRUE(roles);
  EXPECT_EQ(Render(s, roles->triggers[0].subject), "Meta");
  EXPECT_EQ(Render(s, roles->triggers[0].Prepositional(Prep::kOf)), "scale labs");
}

TEST(EnglishRoles, AppositionIsKeptBesideTheHeadPhrase) {
  const std::string s =
      "Northbridge Bancorp said on Thursday its chief financial officer, Karen Oduya, will succeed Tom Reilly.";
  auto roles = Parser().Parse(s, {*FindTrigger(s, "succeed")}, Deadline{});
  ASSERT_TRUE(roles);
  const TriggerRoles& r = roles->triggers[0];
  ASSERT_EQ(r.subject.size(), 1u);
  EXPECT_EQ(Render(s, r.subject), "its chief financial officer");
  Span a = r.subject[0].apposition;
  ASSERT_GE(a.start, 0);
  EXPECT_EQ(s.substr(a.start, a.end - a.start), "Karen Oduya");
  EXPECT_EQ(r.object.at(0).apposition, (Span{-1, -1}));
}

TEST(EnglishRoles, SameAnswerFromTwoThreads) {
  std::vector<Case> cases = LoadCases();
  auto run = [&](std::vector<std::string>* out) {
    for (const Case& c : cases) {
      auto t = FindTrigger(c.sentence, c.trigger);
      auto roles = Parser().Parse(c.sentence, {*t}, Deadline{});
      std::string line;
      if (roles)
        for (const std::string& cell : Actual(c.sentence, roles->triggers[0])) line += cell + "\t";
      out->push_back(line);
    }
  };
  std::vector<std::string> a, b, serial;
  std::thread t1(run, &a), t2(run, &b);
  t1.join();
  t2.join();
  run(&serial);
  EXPECT_EQ(a, serial);
  EXPECT_EQ(b, serial);
}

}  // namespace
}  // namespace hirewire::syntax
