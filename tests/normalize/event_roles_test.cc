// The learned role passes (normalize/event_roles.h): the cue table parses and every row has a real
// example, the shipped model tables parse, the feature pieces read what they should (table-driven),
// and the decisions follow the model: the best organization above the threshold becomes the
// previous employer, none below it; the best allowed outcome replaces the rules' by the switch
// margin; a decline the timeline shows overtaken is never chosen.
#include "normalize/event_roles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/name_key.h"

namespace hirewire::normalize {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> ClassesOf(std::string_view text) {
  std::set<std::string> out;
  for (const RoleCues::Hit& h : RoleCues::Default().Find(text))
    out.insert(RoleCues::Default().rows()[h.row].cls);
  return {out.begin(), out.end()};
}

TEST(RoleCues, EveryRowHasAnExampleInTheTestTexts) {
  const fs::path root(HIREWIRE_SOURCE_DIR);
  std::vector<fs::path> files = {root / "tests/normalize/role_cue_cases.txt"};
  for (const auto& d : fs::directory_iterator(root / "tests/data"))
    if (d.is_directory() && d.path().filename().string().rfind("events", 0) == 0)
      for (const auto& f : fs::directory_iterator(d.path()))
        if (f.path().extension() == ".txt") files.push_back(f.path());
  std::set<int> used;
  for (const fs::path& f : files) {
    std::istringstream lines(Read(f));
    std::string line;
    while (std::getline(lines, line))
      for (const RoleCues::Hit& h : RoleCues::Default().Find(line)) used.insert(h.row);
  }
  const auto& rows = RoleCues::Default().rows();
  ASSERT_GT(rows.size(), 200u);
  for (size_t i = 0; i < rows.size(); ++i)
    EXPECT_TRUE(used.count(static_cast<int>(i))) << "no test text holds role_cues.tsv row " << rows[i].cls
                                                 << " " << rows[i].lang << " \"" << rows[i].text << "\"";
}

struct CueCase {
  const char* text;
  std::vector<std::string> classes;  // exactly the classes found
};

TEST(RoleCues, FindsTheClassesOfASentence) {
  const CueCase cases[] = {
      {"Rohan Mehta, who managed a book at Millennium, will join Citadel", {"dest", "future"}},
      {"Das has joined Snowflake from Salesforce", {"done", "source"}},  // "has joined" claims "joined"
      {"She turned down the offer, a person familiar with the matter said", {"decline", "offer", "speech"}},
      {"ex-Google researcher", {"source"}},
      {"업계에 따르면 최씨는 처음에는 제안을 거절했지만 합류를 결정했다",
       {"decline", "dest", "offer", "speech"}},
      {"전 삼성전자 부사장", {"source"}},  // 전 as a word of its own
      {"전략을 전했다", {"speech"}},       // not inside 전략
      {"차기 행장 후보로 내정됐다", {"designate"}},
      {"인수에 실패하자", {"acquire", "fail"}},
  };
  for (const CueCase& c : cases) EXPECT_EQ(ClassesOf(c.text), c.classes) << c.text;
}

TEST(RoleCues, RefusesAMalformedTable) {
  EXPECT_FALSE(RoleCues::FromTsv("source\ten\n").ok());
  EXPECT_FALSE(RoleCues::FromTsv("origin\ten\tfrom\n").ok());
  EXPECT_FALSE(RoleCues::FromTsv("source\tfr\tde\n").ok());
  EXPECT_FALSE(RoleCues::FromTsv("source\tko\t전\tsometimes\n").ok());
  EXPECT_FALSE(RoleCues::FromTsv("source\ten\tfrom\talone\n").ok());  // English rows are whole words anyway
  EXPECT_FALSE(RoleCues::FromTsv("source\ten\tfrom\ndest\ten\tfrom\n").ok());  // one class per text
  EXPECT_EQ(RoleCues::FromTsv("# c\nsource\ten\tfrom\n\nsource\tfr\tde\n").status(),
            Status::InvalidArgument("role cue table line 4: unknown language fr"));
}

TEST(RoleModels, TheShippedTablesParseWithTheirThresholds) {
  const RoleModels& m = RoleModels::Default();
  EXPECT_GT(m.previous.size(), 50u);
  EXPECT_GT(m.outcome.size(), 50u);
  EXPECT_GT(m.previous_threshold, 0.0);
  EXPECT_LT(m.previous_threshold, 1.0);
  EXPECT_GE(m.outcome_switch, 0.0);
  // Every outcome feature is class-prefixed with an outcome a type allows.
  std::set<std::string> names;
  for (EventType t : {EventType::kOffer, EventType::kHire, EventType::kAcquihire,
                      EventType::kAcquisitionAttempt, EventType::kDeparture})
    for (Outcome o : AllowedOutcomes(t)) names.insert(std::string(OutcomeName(o)));
  std::istringstream rows{std::string(EmbeddedOutcomeModelTsv())};
  std::string line;
  while (std::getline(rows, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("(bias)", 0) == 0) continue;
    EXPECT_TRUE(names.count(line.substr(0, line.find(':')))) << line;
  }
}

TEST(RoleModels, ReadsThresholdsAndRefusesBadTables) {
  auto m =
      RoleModels::FromTsv("# threshold previous=0.35\n(bias)\t-1\nrule\t2\n", "# threshold switch=0.5\n");
  ASSERT_TRUE(m.ok());
  EXPECT_DOUBLE_EQ(m->previous_threshold, 0.35);
  EXPECT_DOUBLE_EQ(m->outcome_switch, 0.5);
  EXPECT_DOUBLE_EQ(m->previous.Weight("rule"), 2.0);
  EXPECT_TRUE(m->outcome.empty());
  EXPECT_FALSE(RoleModels::FromTsv("rule\tmany\n", "").ok());
  std::string tsv = RoleModels::ToTsv(m->previous, "previous", 0.35, "a comment");
  auto back = RoleModels::FromTsv(tsv, "");
  ASSERT_TRUE(back.ok());
  EXPECT_DOUBLE_EQ(back->previous_threshold, 0.35);
  EXPECT_DOUBLE_EQ(back->previous.Weight("rule"), 2.0);
}

TEST(AllowedOutcomes, CoverEveryGoldCombination) {
  // The (type, outcome) pairs the gold sets use.
  const std::pair<EventType, Outcome> gold[] = {
      {EventType::kHire, Outcome::kJoined},      {EventType::kHire, Outcome::kAccepted},
      {EventType::kDeparture, Outcome::kLeft},   {EventType::kOffer, Outcome::kDeclined},
      {EventType::kOffer, Outcome::kAccepted},   {EventType::kOffer, Outcome::kJoined},
      {EventType::kOffer, Outcome::kOffered},    {EventType::kAcquisitionAttempt, Outcome::kFailed},
      {EventType::kAcquihire, Outcome::kJoined}, {EventType::kAcquihire, Outcome::kAccepted}};
  for (const auto& [t, o] : gold) {
    std::vector<Outcome> a = AllowedOutcomes(t);
    EXPECT_NE(std::find(a.begin(), a.end(), o), a.end()) << EventTypeName(t) << " " << OutcomeName(o);
  }
  EXPECT_EQ(AllowedOutcomes(EventType::kDeparture), std::vector<Outcome>{Outcome::kLeft});
}

TEST(RoleFeaturePieces, WordGapBucket) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "0"},
      {" ", "0"},
      {" from ", "1-2"},
      {", who ran ", "1-2"},
      {" a b c d ", "3-5"},
      {" a b c d e f ", "6-10"},
      {" 1 2 3 4 5 6 7 8 9 10 11 12 ", "11-20"},
      {" 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 ", "21+"}};
  for (const auto& [text, want] : cases) EXPECT_EQ(WordGapBucket(text), want) << "[" << text << "]";
}

TEST(RoleFeaturePieces, WordBeforeAndAfterAName) {
  struct Case {
    const char* text;
    const char* name;
    const char* before;
    const char* after;
  };
  const Case cases[] = {
      {"She joins from Google, the firm said.", "Google", "from", ""},  // punctuation: nothing
      {"an ex-Google researcher", "Google", "ex", "+researcher"},
      {"Meta's offer", "Meta", "", "'s"},
      {"구글 딥마인드 출신 이서준", "구글 딥마인드", "", "+출신"},
      {"전 삼성전자 부사장", "삼성전자", "전", "+부사장"},
      {"넥슨에서 일하던", "넥슨", "", "에서"},
      {"He left Apple.", "Apple", "left", ""},
      {"from Extraordinarilylongwordname Inc", "Inc", "", ""},
  };
  for (const Case& c : cases) {
    std::string_view t = c.text;
    int start = static_cast<int>(t.find(c.name));
    int end = start + static_cast<int>(std::string_view(c.name).size());
    EXPECT_EQ(WordBefore(t, 0, start), c.before) << c.text;
    EXPECT_EQ(AfterName(t, static_cast<int>(t.size()), end), c.after) << c.text;
  }
}

TEST(RoleFeaturePieces, NameKeyComparesAsTheScorer) {
  EXPECT_EQ(NameKey("Mei-Lin Zhou"), NameKey("meilin zhou"));
  EXPECT_EQ(NameKey("O\xE2\x80\x99"
                    "Brien, Inc."),
            "obrieninc");
  EXPECT_EQ(NameKey("삼성 전자"), "삼성전자");
}

// A headline, "Acme hired Jane Doe from Globex. Initech said nothing." and a closing paragraph,
// with entities (mentioned in the middle paragraph) and one rule event.
Article HandArticle() {
  Article a;
  a.paragraphs = {"Acme hires engineer", "Acme hired Jane Doe from Globex. Initech said nothing.",
                  "The move was a surprise."};
  auto entity = [&](EntityType type, const char* name) {
    Entity e;
    e.type = type;
    e.name = e.canonical = name;
    size_t at = a.paragraphs[1].find(name);
    e.mentions.push_back({1, static_cast<int>(at), static_cast<int>(at + e.name.size()), name});
    a.entities.push_back(e);
  };
  entity(EntityType::kCompany, "Acme");
  entity(EntityType::kPerson, "Jane Doe");
  entity(EntityType::kCompany, "Globex");
  entity(EntityType::kCompany, "Initech");
  return a;
}

Event RuleEvent() {
  Event e;
  e.type = EventType::kHire;
  e.employer = "Acme";
  e.candidate = "Jane Doe";
  e.candidate_kind = CandidateKind::kPerson;
  e.outcome = Outcome::kJoined;
  e.timeline = {"joined"};
  e.evidence = {{1, 0, 32}};
  return e;
}

ParagraphSentences HandSentences() { return {{{0, 19}}, {{0, 32}, {33, 54}}, {{0, 24}}}; }

bool Has(const std::vector<std::string>& f, const std::string& x) {
  return std::find(f.begin(), f.end(), x) != f.end();
}

TEST(PreviousCandidates, ReadWhereEachOrganizationStandsFromTheCandidate) {
  Article a = HandArticle();
  std::vector<Event> events = {RuleEvent()};
  std::vector<PreviousCandidate> c = PreviousCandidates(a, HandSentences(), events, 0);
  ASSERT_EQ(c.size(), 2u);  // Globex and Initech; never the employer
  EXPECT_EQ(c[0].name, "Globex");
  EXPECT_TRUE(Has(c[0].features, "rel=same_sent"));
  EXPECT_TRUE(Has(c[0].features, "order=same_sent|after"));
  EXPECT_TRUE(Has(c[0].features, "before_word=from"));
  EXPECT_TRUE(Has(c[0].features, "between=after|source"));
  EXPECT_TRUE(Has(c[0].features, "nearest"));
  EXPECT_TRUE(Has(c[0].features, "with_employer"));
  EXPECT_TRUE(Has(c[0].features, "rule_none"));
  EXPECT_TRUE(Has(c[0].features, "lang=en"));
  EXPECT_EQ(c[1].name, "Initech");
  EXPECT_TRUE(Has(c[1].features, "rel=same_para"));
  EXPECT_TRUE(Has(c[1].features, "sent=speech"));
  EXPECT_FALSE(Has(c[1].features, "nearest"));
}

TEST(ApplyRoleModels, TheBestOrganizationAboveTheThresholdOrNone) {
  Article a = HandArticle();
  RoleModels m;
  m.previous.set_bias(-2);
  m.previous.set_weight("before_word=from", 3);  // Globex: p = 0.73
  m.previous_threshold = 0.5;
  std::vector<Event> events = {RuleEvent()};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].previous_employer, "Globex");
  m.previous_threshold = 0.8;  // nothing reaches it: none, even over the rules' choice
  events = {RuleEvent()};
  events[0].previous_employer = "Initech";
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].previous_employer, "");
  events = {RuleEvent()};
  events[0].previous_employer = "Initech";
  ApplyRoleModels(a, HandSentences(), m, {.previous = false, .outcome = true}, &events);  // pass off
  EXPECT_EQ(events[0].previous_employer, "Initech");
}

TEST(ApplyRoleModels, TheRulesChoiceStaysAtTheLowerKeepThreshold) {
  Article a = HandArticle();
  RoleModels m;
  m.previous.set_bias(-2);
  m.previous.set_weight("before_word=from", 3);  // Globex: p = 0.73
  m.previous.set_weight("rule", 1.5);            // Initech, the rules' choice: p = 0.38
  m.previous_threshold = 0.8;
  m.previous_keep = 0.3;
  std::vector<Event> events = {RuleEvent()};
  events[0].previous_employer = "Initech";
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].previous_employer, "Initech");
  m.previous_keep = 0.5;
  events = {RuleEvent()};
  events[0].previous_employer = "Initech";
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].previous_employer, "");
}

TEST(ApplyRoleModels, ASnippetKeepsTheRulesReading) {
  Article a = HandArticle();
  a.paragraphs.resize(2);  // headline and one paragraph
  RoleModels m;
  m.previous.set_weight("before_word=from", 3);
  m.outcome.set_weight("accepted:(bias)", 5);
  std::vector<Event> events = {RuleEvent()};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].previous_employer, "");
  EXPECT_EQ(events[0].outcome, Outcome::kJoined);
}

TEST(ApplyRoleModels, TheBestAllowedOutcomeByTheSwitchMargin) {
  Article a = HandArticle();
  RoleModels m;
  m.outcome.set_weight("accepted:(bias)", 1.0);
  std::vector<Event> events = {RuleEvent()};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kAccepted);
  m.outcome_switch = 1.5;  // accepted beats joined by 1.0 only: the rules' outcome stays
  events = {RuleEvent()};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kJoined);
  // A departure allows one outcome only.
  events = {RuleEvent()};
  events[0].type = EventType::kDeparture;
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kLeft);
}

TEST(ApplyRoleModels, ADeclineOvertakenInTheTimelineIsNotChosen) {
  Article a = HandArticle();
  RoleModels m;
  m.outcome.set_weight("declined:(bias)", 5.0);
  Event e = RuleEvent();
  e.type = EventType::kOffer;
  e.timeline = {"offered", "declined", "raised", "joined"};
  std::vector<Event> events = {e};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_NE(events[0].outcome, Outcome::kDeclined);
  e.timeline = {"offered", "declined"};
  events = {e};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kDeclined);
}

// One person, two competing offers: the model may end only one of them accepted by its own switch.
TEST(ApplyRoleModels, OnePersonTakesOneOfCompetingOffers) {
  Article a = HandArticle();
  RoleModels m;
  m.outcome.set_weight("accepted:(bias)", 5.0);  // every offer would end accepted
  m.outcome.set_weight("declined:(bias)", 2.0);
  Event acme = RuleEvent();
  acme.type = EventType::kOffer;
  acme.outcome = Outcome::kOffered;  // gain of the switch 5
  acme.timeline = {"offered"};
  Event globex = acme;
  globex.employer = "Globex";
  globex.outcome = Outcome::kDeclined;  // gain 3
  globex.timeline = {"offered", "declined"};
  std::vector<Event> events = {globex, acme};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kDeclined);  // the weaker switch is undone
  EXPECT_EQ(events[1].outcome, Outcome::kAccepted);
  // Two people: each may take an offer.
  Event other = globex;
  other.candidate = "John Roe";
  events = {other, acme};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kAccepted);
  EXPECT_EQ(events[1].outcome, Outcome::kAccepted);
  // The rules already end both accepted: the guard undoes only the model's own switches.
  acme.outcome = globex.outcome = Outcome::kAccepted;
  events = {globex, acme};
  ApplyRoleModels(a, HandSentences(), m, {}, &events);
  EXPECT_EQ(events[0].outcome, Outcome::kAccepted);
  EXPECT_EQ(events[1].outcome, Outcome::kAccepted);
}

TEST(OutcomeFeatures, ReadTheRulesAndHowTheStoryEnds) {
  Article a = HandArticle();
  Event e = RuleEvent();
  e.type = EventType::kOffer;
  e.timeline = {"offered", "declined", "joined"};
  std::vector<std::string> f = OutcomeFeatures(a, HandSentences(), {e}, 0);
  for (const char* want :
       {"type=offer", "rule=joined", "type|rule=offer|joined", "step=declined", "last_step=joined",
        "steps=declined>joined", "offers=0", "core=done", "final=done", "lang=en"})
    EXPECT_TRUE(Has(f, want)) << want;
  std::vector<std::string> k = OutcomeClassFeatures(Outcome::kAccepted, {"rule=joined"});
  EXPECT_EQ(k, (std::vector<std::string>{"accepted:(bias)", "accepted:rule=joined"}));
}

}  // namespace
}  // namespace hirewire::normalize
