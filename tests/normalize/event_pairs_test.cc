// The learned pair pass (normalize/event_pairs.h): its feature pieces, table-driven (a sentence in,
// the expected features out), the decision with a hand-written model, and the shipped table.
#include "normalize/event_pairs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/analysis.h"
#include "normalize/events.h"
#include "normalize/frames.h"
#include "tests/normalize/article_builder.h"

namespace hirewire::normalize {
namespace {

// An article of `paragraphs` with the given entities (type, surface) mentioned wherever the
// surface occurs, analysed and indexed as the pipeline does.
Article MakeArticle(const std::string& lang, std::vector<std::string> paragraphs,
                    const std::vector<std::pair<std::string, std::string>>& entities) {
  Article a = testing_support::ArticleWithEntities(lang, std::move(paragraphs), entities);
  const extract::SentenceAnalyzer* analyzer = extract::SentenceAnalyzer::Default();
  EXPECT_NE(analyzer, nullptr);
  if (analyzer) analyzer->AnalyzeArticle(&a);
  extract::IndexMentions(&a);
  return a;
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(EventPairs, Buckets) {
  struct Case {
    int n;
    const char* distance;
    const char* count;
  };
  for (const Case& c : {Case{0, "0", "0"}, Case{1, "1-2", "1"}, Case{2, "1-2", "2"}, Case{3, "3-5", "3+"},
                        Case{7, "6-10", "3+"}, Case{15, "11-20", "3+"}, Case{40, "21+", "3+"}}) {
    EXPECT_EQ(DistanceBucket(c.n), c.distance) << c.n;
    EXPECT_EQ(CountBucket(c.n), c.count) << c.n;
  }
}

// The marker around an organization: a Korean particle inside its word (or 출신 after it), an
// English preposition or verb before it, "'s" after it.
TEST(EventPairs, MarkersAroundAName) {
  struct Case {
    const char* text;
    const char* name;
    const char* korean_after;
    const char* english_before;
    const char* possessive;
  };
  const Case cases[] = {
      {"김민수 박사는 오픈AI로 자리를 옮겼다.", "오픈AI", "로", "", ""},
      {"김민수 박사는 오픈AI에서 일했다.", "오픈AI", "에서", "", ""},
      {"구글 출신 김민수 박사가 합류했다.", "구글", "출신", "", ""},
      {"네이버의 김민수 리더", "네이버", "의", "", ""},
      {"Kim Min-su will join Meta next month.", "Meta", "", "join", ""},
      {"Kim Min-su, formerly of Google, said.", "Google", "", "of", ""},
      {"Kim left Apple’s design team.", "Apple", "", "left", "poss"},
      {"OpenAI's chief executive spoke.", "OpenAI", "", "", "poss"},
  };
  const extract::SentenceAnalyzer* analyzer = extract::SentenceAnalyzer::Default();
  ASSERT_NE(analyzer, nullptr);
  for (const Case& c : cases) {
    std::string_view text = c.text;
    ParagraphAnalysis pa = analyzer->Analyze(text);
    const int start = static_cast<int>(text.find(c.name));
    const int end = start + static_cast<int>(std::string_view(c.name).size());
    EXPECT_EQ(KoreanMarkerAfter(text, pa, end), c.korean_after) << c.text;
    EXPECT_EQ(EnglishMarkerBefore(text, pa, start), c.english_before) << c.text;
    EXPECT_EQ(EnglishPossessiveAfter(text, end), c.possessive) << c.text;
  }
}

// Trigger classes of a sentence from cues.tsv and frames.tsv, and which of them state a move.
TEST(EventPairs, TriggerClassesOfASentence) {
  struct Case {
    const char* sentence;
    std::vector<std::string> must;
    std::vector<std::string> must_not;
    bool move;
  };
  const std::vector<Case> cases = {
      {"Meta hired Daniel Okafor from OpenAI.", {"cue=hire"}, {"cue=decline"}, true},
      {"Lena Hartmann declined the offer.", {"cue=decline", "cue=offer"}, {"cue=hire"}, true},
      {"The board named Dana Whitcombe chief executive.", {"frame=appoint:active"}, {}, true},
      {"넥슨은 김민수 대표를 선임했다.", {"frame=appoint:active"}, {"cue=decline"}, true},
      {"김민수 박사가 오픈AI에 합류했다.", {"cue=join"}, {"cue=offer"}, true},
      {"Shares of Apple rose 3% on Tuesday.", {}, {"cue=hire", "cue=join", "cue=offer"}, false},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> got = TriggerClasses(c.sentence);
    for (const std::string& m : c.must) EXPECT_TRUE(Has(got, m)) << c.sentence << " lacks " << m;
    for (const std::string& m : c.must_not) EXPECT_FALSE(Has(got, m)) << c.sentence << " has " << m;
    bool move = false;
    for (const std::string& g : got) move = move || IsMoveTrigger(g);
    EXPECT_EQ(move, c.move) << c.sentence;
  }
  // A trigger word inside a frames.tsv not_trigger phrase has another sense: every row, in a
  // sentence where the word would otherwise be a departure trigger; the same word elsewhere in
  // the sentence still is one.
  int masks = 0;
  for (const FrameReader::Row& row : FrameReader::Default().rows()) {
    if (row.kind != "not_trigger") continue;
    ++masks;
    const std::string s = "A tank " + row.text + " the convoy near Alma, the army said.";
    for (const std::string& g : TriggerClasses(s)) EXPECT_FALSE(IsMoveTrigger(g)) << s << ": " << g;
    const std::string both = s + " The board fired Tom Hendry.";
    bool move = false;
    for (const std::string& g : TriggerClasses(both)) move = move || g.rfind("frame=depart", 0) == 0;
    EXPECT_TRUE(move) << both;
  }
  EXPECT_GE(masks, 10);
  // Positions: in the sentence, in text order.
  const std::vector<TriggerHit> hits = TriggerHits("Meta hired Okafor, who declined Google.");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_TRUE(std::is_sorted(hits.begin(), hits.end(),
                             [](const TriggerHit& a, const TriggerHit& b) { return a.pos < b.pos; }));
  EXPECT_EQ(hits.front().pos, 5);  // "hired"
}

TEST(EventPairs, TitleNextToAPerson) {
  struct Case {
    const char* text;
    const char* name;
    const char* want;
  };
  const Case cases[] = {
      {"Orbital's chief executive, Marcus Webb, raised the package.", "Marcus Webb", "before"},
      {"Marcus Webb, the chief executive, raised the package.", "Marcus Webb", "after"},
      {"김도현 부사장이 선임됐다.", "김도현", "after"},
      {"Marcus Webb raised the package.", "Marcus Webb", ""},
  };
  for (const Case& c : cases) {
    std::string_view text = c.text;
    const int start = static_cast<int>(text.find(c.name));
    EXPECT_EQ(TitleNextTo(text, start, start + static_cast<int>(std::string_view(c.name).size())), c.want)
        << c.text;
  }
}

// The features of a pair in a whole sentence: a case per signal family.
TEST(EventPairs, FeaturesOfAPairInASentence) {
  struct Case {
    const char* what;
    std::string lang;
    std::vector<std::string> paragraphs;
    std::vector<std::pair<std::string, std::string>> entities;
    std::string person, org;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"an English hire: org first, trigger between, no rule event",
       "en",
       {"Meta hired Daniel Okafor from OpenAI on Tuesday."},
       {{"company", "Meta"}, {"person", "Daniel Okafor"}, {"company", "OpenAI"}},
       "Daniel Okafor",
       "Meta",
       {"order=op", "cue=hire", "cue=hire@between", "rule=none", "lang=en", "cooc=1", "person_mentions=1",
        "org_first_in_sentence", "persons_between=0", "orgs_between=0"}},
      {"the source organization is marked by from",
       "en",
       {"Meta hired Daniel Okafor from OpenAI on Tuesday."},
       {{"company", "Meta"}, {"person", "Daniel Okafor"}, {"company", "OpenAI"}},
       "Daniel Okafor",
       "OpenAI",
       {"order=po", "org_marker=from", "cue=hire@before", "org_marker_order=from:po"}},
      {"a Korean destination marked by 로 with the join verb after both",
       "ko",
       {"김민수 박사는 오픈AI로 자리를 옮겼다고 밝혔다."},
       {{"person", "김민수"}, {"company", "오픈AI"}},
       "김민수",
       "오픈AI",
       {"order=po", "org_marker=로", "person_marker=", "lang=ko"}},
      {"a speaker of a reporting verb",
       "en",
       {"\"We are thrilled,\" said Sam Altman of OpenAI, adding that hiring would continue."},
       {{"person", "Sam Altman"}, {"company", "OpenAI"}},
       "Sam Altman",
       "OpenAI",
       {"person_speaker", "org_marker=of"}},
      {"headline presence and mention counts",
       "en",
       {"Okafor joins Meta", "Meta hired Okafor this week.", "Okafor starts at Meta in May."},
       {{"person", "Okafor"}, {"company", "Meta"}},
       "Okafor",
       "Meta",
       {"both_in_p0", "person_in_p0", "org_in_p0", "cooc=3+", "person_mentions=3+", "para=0", "person_top",
        "org_top"}},
  };
  for (const Case& c : cases) {
    Article a = MakeArticle(c.lang, c.paragraphs, c.entities);
    std::vector<PairCandidate> cands = PairCandidates(a, {});
    const int p = EntityNamed(a, c.person, NamedClass::kPerson),
              o = EntityNamed(a, c.org, NamedClass::kOrganization);
    ASSERT_GE(p, 0) << c.what;
    ASSERT_GE(o, 0) << c.what;
    auto it = std::find_if(cands.begin(), cands.end(),
                           [&](const PairCandidate& x) { return x.person == p && x.org == o; });
    ASSERT_NE(it, cands.end()) << c.what;
    for (const std::string& f : c.want) EXPECT_TRUE(Has(it->features, f)) << c.what << ": lacks " << f;
  }
}

// A rule event names its pair: the rule features, and the pair is a candidate even without a
// shared sentence.
TEST(EventPairs, RuleEventsGiveTheirPairAndFeatures) {
  Article a = MakeArticle("en", {"Meta hired Daniel Okafor.", "OpenAI said nothing."},
                          {{"company", "Meta"}, {"person", "Daniel Okafor"}, {"company", "OpenAI"}});
  Event e;
  e.type = EventType::kHire;
  e.outcome = Outcome::kJoined;
  e.candidate = "Daniel Okafor";
  e.candidate_kind = CandidateKind::kPerson;
  e.employer = "OpenAI";
  std::vector<PairCandidate> cands = PairCandidates(a, {e});
  const int p = EntityNamed(a, "Daniel Okafor", NamedClass::kPerson),
            o = EntityNamed(a, "OpenAI", NamedClass::kOrganization);
  auto it = std::find_if(cands.begin(), cands.end(),
                         [&](const PairCandidate& x) { return x.person == p && x.org == o; });
  ASSERT_NE(it, cands.end());
  EXPECT_EQ(it->rule_event, 0);
  EXPECT_TRUE(Has(it->features, "rule=hire"));
  EXPECT_TRUE(Has(it->features, "rule_outcome=joined"));
  EXPECT_TRUE(Has(it->features, "cooc=0"));
  auto meta = std::find_if(cands.begin(), cands.end(), [&](const PairCandidate& x) {
    return x.person == p && x.org == EntityNamed(a, "Meta", NamedClass::kOrganization);
  });
  ASSERT_NE(meta, cands.end());
  EXPECT_TRUE(Has(meta->features, "rule=none"));
  EXPECT_TRUE(Has(meta->features, "rule_person_other"));
  EXPECT_TRUE(meta->move_trigger);
}

// Dropping, adding (one per person, only with a move trigger), and whole articles only.
TEST(EventPairs, DecisionDropsAndAdds) {
  const std::vector<std::string> paras = {"Meta poaches OpenAI researcher",
                                          "Meta hired Daniel Okafor from OpenAI.",
                                          "Apple reported earnings, Tim Cook said."};
  Article a = MakeArticle("en", paras,
                          {{"company", "Meta"},
                           {"person", "Daniel Okafor"},
                           {"company", "OpenAI"},
                           {"company", "Apple"},
                           {"person", "Tim Cook"}});
  Event wrong;  // the rules read the source as the employer
  wrong.type = EventType::kHire;
  wrong.outcome = Outcome::kJoined;
  wrong.timeline = {"joined"};
  wrong.candidate = "Daniel Okafor";
  wrong.candidate_kind = CandidateKind::kPerson;
  wrong.employer = "OpenAI";
  wrong.evidence = {{1, 0, 37}};
  PairModel m;
  m.model.set_bias(-2.0);
  m.model.set_weight("org_marker=from", -3.0);
  m.model.set_weight("cue=hire@between", 5.0);
  m.model.set_weight("person_speaker", 6.0);  // high, but no move trigger: never added
  std::vector<PairCandidate> cands = PairCandidates(a, {wrong});
  ScorePairs(m, &cands);
  std::vector<Event> out = DecidePairs(a, {wrong}, cands, 0.3, 0.7);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].employer, "Meta");
  EXPECT_EQ(out[0].candidate, "Daniel Okafor");
  EXPECT_EQ(out[0].type, EventType::kHire);  // the dropped rule event's facts
  EXPECT_EQ(out[0].outcome, Outcome::kJoined);
  // Thresholds off: the rule events as they were.
  EXPECT_EQ(DecidePairs(a, {wrong}, cands, 0.0, 1.0), std::vector<Event>{wrong});
  // A snippet (fewer than kMinPairParagraphs paragraphs) keeps the rules' reading.
  Article snippet = MakeArticle("en", {paras[1]},
                                {{"company", "Meta"}, {"person", "Daniel Okafor"}, {"company", "OpenAI"}});
  std::vector<PairCandidate> sc = PairCandidates(snippet, {wrong});
  ScorePairs(m, &sc);
  EXPECT_EQ(DecidePairs(snippet, {wrong}, sc, 0.3, 0.7), std::vector<Event>{wrong});
}

// A pair the rules missed, added with no dropped rule event of the person: a departure when its
// sentence tells only that person leaving, else a hire (not when another person stands between
// the name and the leaving, nor when the sentence also names a move).
TEST(EventPairs, AnAddedPairOnlyLeavingIsADeparture) {
  for (const auto& [second, want] : std::vector<std::pair<std::string, EventType>>{
           {"At Harlow Bank, chief operating officer Simon Ashby resigned on Monday.", EventType::kDeparture},
           {"At Harlow Bank, Simon Ashby replaces Dana Park, who resigned on Monday.", EventType::kHire},
           {"At Harlow Bank, Simon Ashby resigned and joined on Monday.", EventType::kHire}}) {
    const std::vector<std::string> paras = {"Harlow Bank shake-up", second,
                                            "Shares rose 2 percent, Tim Cook said."};
    Article a = MakeArticle("en", paras,
                            {{"company", "Harlow Bank"},
                             {"person", "Simon Ashby"},
                             {"person", "Dana Park"},
                             {"person", "Tim Cook"}});
    PairModel m;
    m.model.set_bias(4.0);  // every pair with a move trigger is added
    std::vector<PairCandidate> cands = PairCandidates(a, {});
    ScorePairs(m, &cands);
    std::vector<Event> out = DecidePairs(a, {}, cands, 0.3, 0.7);
    auto it =
        std::find_if(out.begin(), out.end(), [](const Event& e) { return e.candidate == "Simon Ashby"; });
    ASSERT_NE(it, out.end()) << second;
    EXPECT_EQ(it->type, want) << second;
    EXPECT_EQ(it->outcome, want == EventType::kDeparture ? Outcome::kLeft : Outcome::kJoined) << second;
  }
}

// The person who recruits another in the pair's sentence is no candidate the pair pass adds; the
// person recruited is.
TEST(EventPairs, TheRecruiterIsNotAdded) {
  const std::vector<std::string> paras = {
      "Lumen AI wins a star researcher",
      "Lumen AI's chief executive, Caleb Hart, personally recruited Sofia Lindqvist over a series of dinners.",
      "Shares rose 2 percent, Tim Cook said."};
  Article a = MakeArticle("en", paras,
                          {{"company", "Lumen AI"},
                           {"person", "Caleb Hart"},
                           {"person", "Sofia Lindqvist"},
                           {"person", "Tim Cook"}});
  PairModel m;
  m.model.set_bias(4.0);  // every pair with a move trigger is added
  std::vector<PairCandidate> cands = PairCandidates(a, {});
  ScorePairs(m, &cands);
  std::vector<std::string> got;
  for (const Event& e : DecidePairs(a, {}, cands, 0.3, 0.7)) got.push_back(e.candidate);
  EXPECT_EQ(std::count(got.begin(), got.end(), "Caleb Hart"), 0);
  EXPECT_EQ(std::count(got.begin(), got.end(), "Sofia Lindqvist"), 1);
  // A trigger whose object is the person itself ("the executive it had named"), with another
  // person named far after it, leaves the person a candidate.
  Article b = MakeArticle(
      "en",
      {"Lumen AI shake-up",
       "Lumen AI said Daniel Whitaker, the executive it had named in March as its next chief financial officer, "
       "has withdrawn, and that controller Maria Gonzalez will serve as interim CFO.",
       "Shares rose 2 percent, Tim Cook said."},
      {{"company", "Lumen AI"},
       {"person", "Daniel Whitaker"},
       {"person", "Maria Gonzalez"},
       {"person", "Tim Cook"}});
  cands = PairCandidates(b, {});
  ScorePairs(m, &cands);
  got.clear();
  for (const Event& e : DecidePairs(b, {}, cands, 0.3, 0.7)) got.push_back(e.candidate);
  EXPECT_EQ(std::count(got.begin(), got.end(), "Daniel Whitaker"), 1);
}

TEST(EventPairs, TableParsesWithThresholds) {
  auto m = PairModel::FromTsv(
      "# a model\n# threshold drop_below=0.250 add_above=0.800\n(bias)\t-1\ncue=hire\t2\n", "t.tsv");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_DOUBLE_EQ(m->drop_below, 0.25);
  EXPECT_DOUBLE_EQ(m->add_above, 0.8);
  EXPECT_DOUBLE_EQ(m->model.Weight("cue=hire"), 2.0);
  auto back = PairModel::FromTsv(m->ToTsv("again"), "back.tsv");
  ASSERT_TRUE(back.ok());
  EXPECT_DOUBLE_EQ(back->add_above, 0.8);
  EXPECT_DOUBLE_EQ(back->model.Weight("cue=hire"), 2.0);
  auto bad = PairModel::FromTsv("# threshold drop=0.2\n(bias)\t0\n", "bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("bad.tsv"), std::string::npos);
}

// The shipped table: parses, holds weights for the signal families, and its thresholds are on.
TEST(EventPairs, ShippedTable) {
  const PairModel& m = PairModel::Default();
  EXPECT_GT(m.model.size(), 100u);
  EXPECT_GT(m.drop_below, 0.0);
  EXPECT_LT(m.add_above, 1.0);
  EXPECT_LT(m.drop_below, m.add_above);
  for (const char* f : {"rule=none", "rule=hire", "person_speaker", "no_trigger"})
    EXPECT_NE(m.model.Weight(f), 0.0) << f;
  // A pair the rules did not produce, with no trigger, scores low; a speaker scores lower than the
  // same pair without the speech.
  EXPECT_LT(m.model.Probability({"rule=none", "no_trigger", "rule=none|no_trigger", "lang=en"}), 0.5);
  EXPECT_LT(m.model.Probability({"rule=none", "cue=hire", "person_speaker", "rule=none|person_speaker"}),
            m.model.Probability({"rule=none", "cue=hire"}));
}

}  // namespace
}  // namespace hirewire::normalize
