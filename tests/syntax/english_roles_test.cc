// Clause roles from link-grammar on a hand-written table of newswire sentences
// (tests/data/syntax/english_roles_cases.tsv), plus the parser's limits and thread safety.
#include "extract/syntax/english_roles.h"

#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus/text.h"
#include "tests/syntax/syntax_floors.h"

namespace hirewire::syntax {
namespace {

constexpr int kColumns = 7;  // subject object agent from to as speaker
constexpr std::array<const char*, kColumns + 1> kColumnNames = {"subject", "object", "agent", "from",
                                                                 "to",      "as",     "speaker", "flags"};

struct Case {
  int line = 0;
  std::string sentence;
  std::string trigger;
  std::array<std::string, kColumns + 1> expected;  // the columns, then flags
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) out.push_back(cell);
  return out;
}

std::vector<Case> LoadCases(const std::string& file = "english_roles_cases.tsv") {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/syntax/" + file);
  EXPECT_TRUE(in) << "cannot open tests/data/syntax/" << file;
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells = SplitTabs(line);
    EXPECT_EQ(cells.size(), 2u + kColumns + 1) << "line " << n << ": " << line;
    if (cells.size() != 2u + kColumns + 1) continue;
    Case c{n, cells[0], cells[1], {}};
    for (int i = 0; i <= kColumns; ++i) c.expected[i] = cells[2 + i];
    cases.push_back(c);
  }
  return cases;
}

// "word" or "word@N": the byte span of the Nth whole-word occurrence.
std::optional<Span> FindTrigger(const std::string& s, const std::string& spec) {
  std::string word = spec;
  int nth = 1;
  if (size_t at = spec.find('@'); at != std::string::npos) {
    word = spec.substr(0, at);
    nth = std::stoi(spec.substr(at + 1));
  }
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; };
  for (size_t pos = s.find(word); pos != std::string::npos; pos = s.find(word, pos + 1)) {
    bool left = pos == 0 || !is_letter(s[pos - 1]);
    bool right = pos + word.size() >= s.size() || !is_letter(s[pos + word.size()]);
    if (left && right && --nth == 0) return Span{static_cast<int>(pos), static_cast<int>(pos + word.size())};
  }
  return std::nullopt;
}

std::string Render(const std::string& s, const std::vector<Phrase>& arg) {
  if (arg.empty()) return "-";
  std::string out;
  for (const Phrase& p : arg) {
    if (!out.empty()) out += " | ";
    out += s.substr(p.phrase.start, p.phrase.end - p.phrase.start);
  }
  return out;
}

std::array<std::string, kColumns + 1> Actual(const std::string& s, const TriggerRoles& r) {
  std::string flags;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!flags.empty()) flags += ",";
    flags += name;
  };
  add(r.passive, "passive");
  add(r.negated, "neg");
  add(r.reported, "reported");
  return {Render(s, r.subject),
          Render(s, r.object),
          Render(s, r.agent),
          Render(s, r.Prepositional(Prep::kFrom)),
          Render(s, r.Prepositional(Prep::kTo)),
          Render(s, r.Prepositional(Prep::kAs)),
          Render(s, r.speaker),
          flags.empty() ? "-" : flags};
}

const EnglishRoleParser& Parser() {
  static const EnglishRoleParser* p = [] {
    auto r = EnglishRoleParser::Create();
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *p;
}

// Scores one table: rows whose every column is right; prints the per-column counts and misses.
int RowsRight(const std::vector<Case>& cases) {
  int rows_right = 0, gave_up = 0;
  std::array<int, kColumns + 1> column_right{};
  std::ostringstream misses;
  for (const Case& c : cases) {
    std::optional<Span> t = FindTrigger(c.sentence, c.trigger);
    EXPECT_TRUE(t) << "line " << c.line << ": trigger '" << c.trigger << "' not in the sentence";
    if (!t) continue;
    std::optional<ClauseRoles> roles = Parser().Parse(c.sentence, {*t}, Deadline{});
    std::array<std::string, kColumns + 1> got;
    got.fill("?");
    if (!roles) ++gave_up;
    else got = Actual(c.sentence, roles->triggers.at(0));
    bool all = true;
    for (int i = 0; i <= kColumns; ++i) {
      if (got[i] == c.expected[i]) {
        ++column_right[i];
      } else {
        all = false;
        misses << "  line " << c.line << " [" << c.trigger << "] " << kColumnNames[i] << ": want '" << c.expected[i]
               << "' got '" << got[i] << "'\n";
      }
    }
    rows_right += all;
  }
  std::cout << "rows all right " << rows_right << "/" << cases.size() << " (gave up on " << gave_up << ");";
  for (int i = 0; i <= kColumns; ++i) std::cout << " " << kColumnNames[i] << " " << column_right[i];
  std::cout << "\n" << misses.str();
  return rows_right;
}

TEST(EnglishRoles, TableOfNewswireSentences) {
  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 40u);
  int right = RowsRight(cases);
  RecordProperty("rows_all_right", right);
  EXPECT_GE(right, floors::kRowsAllRolesRight);
}

// Sentences from the blind hiring batch, never tuned on.
TEST(EnglishRoles, HeldOutBlindBatchSentences) {
  std::vector<Case> cases = LoadCases("english_roles_b1.tsv");
  ASSERT_GE(cases.size(), 40u);
  int right = RowsRight(cases);
  RecordProperty("rows_all_right", right);
  EXPECT_GE(right, floors::kHeldOutRowsAllRolesRight);
}

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
      found = !std::isalpha(static_cast<unsigned char>(before)) && !std::isalpha(static_cast<unsigned char>(after));
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
