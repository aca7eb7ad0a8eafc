// Appointment and departure frames (normalize/frames.h) over the case table
// tests/normalize/frames_cases.tsv; every trigger, marker, title and time row of the embedded
// table must take part in at least one case.
#include "normalize/frames.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hirewire::normalize {
namespace {

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (size_t b = 0;;) {
    size_t f = s.find(sep, b);
    out.push_back(s.substr(b, f == std::string::npos ? std::string::npos : f - b));
    if (f == std::string::npos) break;
    b = f + sep.size();
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<FrameMention> Mentions(const std::string& text, const std::string& names) {
  std::vector<FrameMention> out;
  for (const std::string& n : Split(names, "|"))
    for (size_t f = text.find(n); f != std::string::npos; f = text.find(n, f + 1))
      out.push_back({static_cast<int>(f), static_cast<int>(f + n.size()), n});
  std::sort(out.begin(), out.end(),
            [](const FrameMention& a, const FrameMention& b) { return a.start < b.start; });
  return out;
}

std::string Show(const FrameEvent& e) {
  return std::string(EventTypeName(e.type)) + "|" + e.employer + "|" + e.candidate + "|" +
         e.previous_employer + "|" + e.role;
}

struct Case {
  int line;
  std::string sentence, persons, orgs, expected, context, story;
};

std::vector<Case> LoadCases() {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/normalize/frames_cases.tsv");
  std::vector<Case> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, "\t");
    EXPECT_GE(f.size(), 4u) << "line " << n;
    if (f.size() < 4) continue;
    out.push_back({n, f[0], f[1], f[2], f[3], f.size() > 4 ? f[4] : "", f.size() > 5 ? f[5] : ""});
  }
  return out;
}

std::vector<FrameEvent> ReadCase(const Case& c, std::vector<int>* used) {
  FrameClause clause;
  clause.text = c.sentence;
  std::string lower = Lower(c.sentence);
  clause.lower = lower;
  clause.start = clause.sentence_start = 0;
  clause.end = static_cast<int>(c.sentence.size());
  clause.persons = Mentions(c.sentence, c.persons);
  clause.orgs = Mentions(c.sentence, c.orgs);
  clause.context_employer = c.context;
  clause.story_employer = c.story;
  return FrameReader::Default().Read(clause, used);
}

TEST(Frames, ReadEveryCaseOfTheTable) {
  std::vector<Case> cases = LoadCases();
  ASSERT_GE(cases.size(), 60u);
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const FrameEvent& e : ReadCase(c, nullptr)) got.push_back(Show(e));
    std::vector<std::string> want = c.expected == "-" ? std::vector<std::string>{} : Split(c.expected, " ; ");
    EXPECT_EQ(got, want) << "frames_cases.tsv:" << c.line << ": " << c.sentence;
  }
}

struct AspectCase {
  const char* text;
  const char* move;  // the move word in `text`
  FrameReader::Aspect want;
};

const AspectCase kAspectCases[] = {
    {"Rahul Bose will join Anthropic in January.", "join", FrameReader::Aspect::kFuture},
    {"She'll join Anthropic next month.", "join", FrameReader::Aspect::kFuture},
    {"Nadia Petrov agreed to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Nadia Petrov has agreed to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Petrov is set to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Petrov is expected to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Petrov is slated to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Petrov plans to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Petrov is poised to join Anthropic.", "join", FrameReader::Aspect::kFuture},
    {"Ian Bell is due to join PwC in January.", "join", FrameReader::Aspect::kFuture},
    {"Malhotra is scheduled to join Meta next month.", "join", FrameReader::Aspect::kFuture},
    {"The bank said Malhotra would join Meta in March.", "join", FrameReader::Aspect::kFuture},
    {"Paulo Carvalho almost joined the pair at Microsoft.", "joined", FrameReader::Aspect::kNear},
    {"Carvalho nearly joined Microsoft.", "joined", FrameReader::Aspect::kNear},
    {"Petrov joined Anthropic on Monday.", "joined", FrameReader::Aspect::kDone},
    {"Petrov has joined Anthropic.", "joined", FrameReader::Aspect::kDone},
    {"류서진 연구원은 다음 달 네이버에 합류할 예정이다.", "합류", FrameReader::Aspect::kFuture},
    {"류서진 연구원은 네이버에 합류하기로 했다.", "합류", FrameReader::Aspect::kFuture},
    {"류서진 연구원은 네이버로 이직할 계획이다.", "이직", FrameReader::Aspect::kFuture},
    {"류서진 연구원은 내년 1월 네이버 합류 예정이다.", "합류", FrameReader::Aspect::kFuture},
    {"류서진 연구원은 네이버로 이직할 뻔했다.", "이직", FrameReader::Aspect::kNear},
    {"정 위원은 파나소닉 측과 조율하는 등 이직 직전까지 갔다.", "이직", FrameReader::Aspect::kNear},
    {"류서진 연구원은 지난달 네이버에 합류했다.", "합류", FrameReader::Aspect::kDone},
    {"佐藤氏は来月ソラリスに加わることで合意した。", "加わ", FrameReader::Aspect::kFuture},
    {"佐藤氏はソラリスに入社することで合意した。", "入社", FrameReader::Aspect::kFuture},
    {"佐藤氏は来月ソラリスに入社する予定だ。", "入社", FrameReader::Aspect::kFuture},
    {"佐藤氏は来月ソラリスに加わる予定だ。", "加わ", FrameReader::Aspect::kFuture},
    {"佐藤氏は4月にソラリスへ移籍することが決まった。", "移籍", FrameReader::Aspect::kFuture},
    {"佐藤氏はソラリスに加わることになった。", "加わ", FrameReader::Aspect::kFuture},
    {"佐藤氏はソラリスに入社することになった。", "入社", FrameReader::Aspect::kFuture},
    {"佐藤氏は一時ソラリスへの移籍寸前までいった。", "移籍", FrameReader::Aspect::kNear},
    {"佐藤氏は先月ソラリスに入社した。", "入社", FrameReader::Aspect::kDone},
    {"鈴木氏は4月1日付で社長に就任する。", "就任", FrameReader::Aspect::kFuture},
    {"鈴木氏は来月ソラリスに加わる。", "加わ", FrameReader::Aspect::kFuture},
};

std::vector<int> ReadAspects() {
  std::vector<int> used;
  for (const AspectCase& c : kAspectCases) {
    std::string text = c.text, lower = Lower(text);
    int pos = static_cast<int>(text.find(c.move));
    EXPECT_EQ(FrameReader::Default().MoveAspect(text, lower, pos,
                                                pos + static_cast<int>(std::string(c.move).size()), &used),
              c.want)
        << c.text;
  }
  return used;
}

TEST(Frames, ReadsTheAspectOfAMove) { ReadAspects(); }

struct StartCase {
  const char* text;  // lowercased text right after the person (and an apposition)
  bool want;
};

const StartCase kStartCases[] = {
    {"will join harborline on march 1 and take over as ceo", true},
    {"will also join the board at the annual meeting", true},
    {"will start on oct. 1 and report to the ceo", true},
    {"will take over on jan. 1. she joined in 2019", true},
    {"will succeed robert ellery as chief executive once his notice period ends", true},
    {"will become chief financial officer next month", true},
    {"is expected to take over in february", true},
    {"is set to assume the role in april, pending regulatory approval", true},
    {"agreed to take up the post next year", true},
    {"will begin work at the bank in june", true},
    {"will take the helm of the group at the start of 2027", true},
    {"will take office in october", true},
    {"will take charge of the team for preseason training in january", true},
    {"is set to debut on atlas in january", true},
    {"would succeed thomas whitfield as chief executive on march 1", true},
    {"will join deepmind's robotics group, with carvalho taking a title", false},
    {"will become ceo of daesan logistics. in june the group said", false},
    {"will not join the company in march", false},
    {"joined the bank in march 2019", false},
    {"will report to the chief executive from january", false},
    {"is expected to announce results in may", false},
    // A progressive move needs no date (progressive rows).
    {"is joining kirkland's london office as a partner", true},
    {"are joining deepmind as well", true},
    {"is moving to lg electronics to head its components business", true},
    {"are moving to pike partners as managing directors", true},
    {"is returning to the bank as chief risk officer", true},
    {"are returning to seoul to lead the unit", true},
    {"has joined kirkland's london office as a partner", false},
    {"was joining the bank when the deal collapsed", false},
    // A date standing far after the start verb, past a long post and a comma ("in january").
    {"will become vice president of ford's battery engineering and manufacturing organisation, known internally as "
     "blueoval battery technology, in january",
     true},
    // Serving in a post from a time to come, and a start told by a condition ("once …") or by the time of
    // an appointment named before ("at the same time").
    {"will serve as interim chief financial officer once the search ends", true},
    {"will serve as acting president from march", true},
    {"is expected to serve as chair after the annual meeting", true},
    {"would serve as chief executive once the merger closes", true},
    {"will become chairman at the same time", true},
    {"will take over as chief executive at the same time", true},
    // A plural subject ("the analysts are expected to join next month").
    {"are expected to join next month", true},
    {"are set to start in march", true},
    {"will serve on the board", false},
    {"served as cfo once before", false},
    // A start told in the present tense with a date to come (start rows of value "present"); undated, or
    // past, none.
    {"starts in january", true},
    {"joins the bank on march 3", true},
    {"formally takes over next month", true},
    {"takes office on feb. 1", true},
    {"takes up the post once his notice period ends", true},
    {"begins work at the studio next week", true},
    {"takes charge of the team in the spring", true},
    {"assumes the role on jan. 5", true},
    {"starts on monday", true},
    {"joins the bank from barclays", false},
    {"joins from the bank, started on monday", false},
    {"will take charge of training on saturday", false},
    {"joined the bank in march", false},
    {"starts work on the new plant", false},
    // Times to come of the twenty-seventh session: next WEEKDAY; a weekday dates a future start of a term of
    // office (term_noun rows), not a start of anything else.
    {"will join the bank next monday", true},
    {"will start next tuesday", true},
    {"will take office next wednesday", true},
    {"will take over next thursday", true},
    {"will begin work next friday", true},
    {"will begin his three-year term on friday", true},
    {"will begin her tenure on monday", true},
    {"will start his mandate on tuesday", true},
    {"will begin work on friday", false},
};

std::vector<int> ReadStarts() {
  std::vector<int> used;
  for (const StartCase& c : kStartCases)
    EXPECT_EQ(FrameReader::Default().FutureStart(c.text, 0, &used), c.want) << c.text;
  return used;
}

TEST(Frames, ReadsAStartAnnouncedForLater) { ReadStarts(); }

// A start announced in a second verb of the same clause ("… and will start in March"); not past a
// comma, nor with another subject after "and".
TEST(Frames, ReadsAStartAnnouncedInASecondVerbOfTheClause) {
  const std::pair<const char*, bool> cases[] = {
      {"signed with brightwater last month and will start in march after his noncompete ends", true},
      {"will be formally introduced tuesday and will take charge of the team in january", true},
      {"will take charge of the team in january", true},
      {"will start in march", true},
      {"signed with brightwater last month, and will start in march", false},
      {"signed with brightwater last month and kim will start in march", false},
      {"signed with brightwater last month and started in march", false},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().FutureStartInClause(text, 0), want) << text;
}

// Every date row closes an announced start ("will join the bank <row> 1"); each row is also a
// whole word ("will join the bank, marching on" is no date).
std::vector<int> ReadStartDates() {
  std::vector<int> used;
  const auto& rows = FrameReader::Default().rows();
  for (const auto& r : rows) {
    if (r.kind != "when") continue;
    // A weekday dates a start told in the present only ("starts at the bank on monday").
    std::string text =
        r.value == "weekday" ? "starts at the bank " + r.text : "will join the bank " + r.text + " 1";
    EXPECT_TRUE(FrameReader::Default().FutureStart(text, 0, &used)) << text;
  }
  EXPECT_FALSE(FrameReader::Default().FutureStart("will join the bank, marching onward", 0));
  EXPECT_FALSE(FrameReader::Default().FutureStart("will join the bank with decembers past", 0));
  return used;
}

TEST(Frames, ReadsTheDateOfAnAnnouncedStart) { ReadStartDates(); }

// Korean sentences announcing a start to come (start ko rows); a plan told as past is none.
std::vector<int> ReadKoreanStarts() {
  std::vector<int> used;
  const std::pair<const char*, bool> cases[] = {
      {"과기정통부 장관 승인을 거쳐 다음 달 21일부터 4년 임기를 시작한다.", true},
      {"새 대표의 임기가 시작된다.", true},
      {"배 대표는 내달 1일 업무를 시작한다.", true},
      {"조 PD는 다음 달부터 크래프톤으로 출근한다.", true},
      {"다음 달 1일부터 총괄 PD로 출근할 예정이다.", true},
      {"리드는 다음 달 CJ ENM 미국법인에 합류한다.", true},
      {"A&R 스태프 4명도 다음 달 노바뮤직에 합류할 예정이다.", true},
      {"그는 내년 1월 취임할 예정이다.", true},
      {"윤 법인장은 이달 말 부임한다.", true},
      {"한 원장은 장관 승인을 거쳐 4월 1일 취임한다.", true},
      {"배 교수는 다음 학기 부임할 예정이다.", true},
      {"다음 달부터 CAIO로 일할 예정이다.", true},
      {"박 사장은 다음 달 대명캐피탈 주주총회를 거쳐 2년 더 회사를 이끈다.", true},
      {"김 행장은 3월 주주총회에서 최종 선임된다.", true},
      {"최 대표는 정기 주주총회에서 재선임 절차를 밟는다.", true},
      {"윤 대표는 내년 3월 주주총회 승인을 거쳐 2년 임기를 새로 시작한다.", true},
      {"윤 대표는 이날부터 2년 임기를 새로 시작했다.", false},
      // Pending an approval to come (thirty-fourth session, branch evoutcome34): the start waits for it.
      {"강 사장은 다음 달 주주총회에서 재선임되면 회사를 3년 더 이끈다.", true},
      {"최 대표는 내년 3월 2년 임기를 다시 시작한다.", true},
      {"오 대표는 3월 주총에서 선임 안건이 통과되면 회사를 2년 더 이끈다.", true},
      {"연임 안건이 이사회에서 의결되면 임기는 2년 늘어난다.", true},
      {"이 원장은 장관 승인을 받으면 곧바로 연구원을 이끈다.", true},
      {"신임 원장 임명안이 승인되면 그가 조직을 이끈다.", true},
      {"한 행장의 연임안은 오는 27일 주주총회에서 의결될 예정이다.", true},
      {"한 행장의 연임안은 지난달 주주총회에서 의결됐다.", false},
      {"강 사장은 지난해 주주총회에서 재선임됐다.", false},
      {"정 디렉터는 내달 중순 가온게임즈에 합류하기로 했다.", true},
      {"팀원 6명도 같은 시기 합류하기로 했고, 나머지는 남는다.", true},
      {"윤 상무는 다음 달 합류하기로 했으며 본부를 이끈다.", true},
      {"오 상무는 다음 달 2일부터 출근하기로 했다.", true},
      {"그는 내년 3월 취임하기로 했다.", true},
      {"배 교수는 다음 학기 부임하기로 했다.", true},
      {"그는 지난해 합류하기로 했던 회사를 떠났다.", false},
      {"다음 달부터 CAIO로 일할 예정이었다.", false},
      {"지난달 합류할 예정이었지만 무산됐다.", false},
      {"그는 2019년 합류했다.", false},
      // A move told in the present or as planned (thirty-eighth session, branch evout38).
      {"연구원 3명도 함께 연구소로 옮겨 올 예정이다.", true},
      {"팀원 4명도 청운증권으로 옮기기로 했다.", true},
      {"그는 다음 달 본사로 옮길 예정이다.", true},
      {"그는 지난해 자회사로 자리를 옮겼다.", false},
      {"그는 본사로 옮길 예정이었다.", false},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().KoreanStart(text, &used), want) << text;
  // Words between a family name and its title (title_prefix rows).
  for (const char* w : {"전", "현", "신임", "차기"})
    EXPECT_TRUE(FrameReader::Default().IsRow("title_prefix", "ko", w, &used)) << w;
  EXPECT_FALSE(FrameReader::Default().IsRow("title_prefix", "ko", "전무"));
  // Copulas and adverbs of an English biography sentence (events_test.cc has the sentences).
  for (const char* w : {"was", "is", "has been", "had been", "served as", "has served as", "had served as",
                        "has since been", "has since served as"})
    EXPECT_TRUE(FrameReader::Default().IsRow("bio_copula", "en", w, &used)) << w;
  for (const char* w : {"most recently", "previously", "formerly", "currently", "until recently"})
    EXPECT_TRUE(FrameReader::Default().IsRow("bio_adverb", "en", w, &used)) << w;
  // Verbs of working in a biography sentence: no title needed, or the organization as object
  // (events_eng29_test.cc).
  for (const char* w : {"led", "ran", "headed", "worked", "spent", "coached", "managed"})
    EXPECT_TRUE(FrameReader::Default().IsRow("bio_copula", "en", w, &used)) << w;
  // Words opening or closing a lower-case title before a name at a sentence start (events_eng29_test.cc).
  for (const char* w :
       {"chief", "senior", "deputy", "lead", "principal", "anchor", "correspondent", "producer", "host"})
    EXPECT_TRUE(FrameReader::Default().IsRow("title_opener", "en", w, &used)) << w;
  EXPECT_FALSE(FrameReader::Default().IsRow("title_opener", "en", "rival"));
  // Active verbs of renewing a post (events_offer27_test.cc has the sentences).
  for (const char* w : {"reappointed", "reappoints", "re-elected", "re-elects", "reelected"})
    EXPECT_TRUE(FrameReader::Default().IsRow("renew_verb", "en", w, &used)) << w;
  EXPECT_FALSE(FrameReader::Default().IsRow("renew_verb", "en", "appointed"));
  // Plural referents opening a Korean start sentence (events_ko_test.cc has the sentences).
  for (const char* w : {"이들은", "이들도", "이들 모두", "두 사람은", "세 사람은", "각 후보는"})
    EXPECT_TRUE(FrameReader::Default().IsRow("referent", "ko", w, &used)) << w;
  return used;
}

TEST(Frames, ReadsAKoreanStartAnnouncedForLater) { ReadKoreanStarts(); }

// Korean sentences dating a start to come (future_time, date_part and dated_start rows); a plan
// told as past, a date of something else and a past time are none.
std::vector<int> ReadKoreanDatedStarts() {
  std::vector<int> used;
  const std::pair<const char*, bool> cases[] = {
      {"이 박사는 다음 달부터 신설되는 조직의 총괄을 맡는다.", true},
      {"에코프로비엠은 이 전무가 다음 달 1일자로 합류해 연구개발 본부를 총괄한다고 밝혔다.", true},
      {"임기는 내년 1월 1일부터다.", true},
      {"서 박사는 내달 중순 합류해 추론 성능 고도화를 이끈다.", true},
      {"배 감독이 다음 달 1일 공식 취임해 팀을 지휘한다.", true},
      {"김 교수는 오는 9월 부임한다.", true},
      {"그는 내년 초 정식 취임한다.", true},
      {"윤 상무는 다음 주 말 출근한다.", true},
      {"새 원장은 다음 달 중 부임할 예정이다.", true},
      {"회사 측은 이 디렉터가 다음달 1일 합류한다고 설명했다.", true},
      {"정 센터장은 내년 1월 합류하기로 했던 것으로 알려졌다.", false},
      {"박 감독은 다음 달 3일 부산 사직구장에서 취임식을 한다.", false},
      {"다음 달 초 열리는 마무리 캠프부터 팀을 지휘한다.", false},
      {"그는 지난달 1일부터 일했다.", false},
      {"삼성전자에서 옮겨오는 부터", false},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().KoreanDatedStart(text, &used), want) << text;
  return used;
}

TEST(Frames, ReadsAKoreanDatedStart) { ReadKoreanDatedStarts(); }

// Korean sentences whose topic (at the given offset) is a start noun dated by a time to come; a past
// time, a term's end and a noun that is no topic are none.
std::vector<int> ReadKoreanTopicStarts() {
  std::vector<int> used;
  const std::pair<const char*, bool> cases[] = {
      {"발령일은 내년 1월 1일이다.", true},
      {"합류 시점은 다음 달 1일이다.", true},
      {"합류 시기는 내달 중순으로 정해졌다.", true},
      {"합류일은 오는 3월 2일이다.", true},
      {"부임일은 다음 달 10일이다.", true},
      {"취임일은 내년 3월 1일이다.", true},
      {"출근일은 다음 주 월요일이다.", true},
      {"입사일은 내달 1일이다.", true},
      {"임기는 내년 2월 1일부터 4년이다.", true},
      {"연임은 오는 3월 정기 주주총회 의결을 거쳐 확정된다.", true},
      {"선임은 다음 달 주주총회에서 확정된다.", true},
      {"취임은 내년 초로 예정돼 있다.", true},
      {"임명은 다음 주 국무회의를 거쳐 확정된다.", true},
      {"연임안은 내년 3월 정기 주주총회를 거쳐 최종 확정된다.", true},
      {"선임 안건은 다음 달 임시 주주총회에서 확정된다.", true},
      {"연임안은 지난달 주주총회에서 확정됐다.", false},
      {"합류 시점은 지난달 1일이었다.", false},
      {"연임은 내년 3월 주총에서 확정됐다.", false},
      {"임기는 내년 3월까지다.", false},
      {"임기는 내년 2월 끝난다.", false},
      {"임기는 내년 2월 끝나며 후임은 미정이다.", false},
      {"임기는 내년 2월 마친다.", false},
      {"임기는 내년 1월 만료된다.", false},
      {"발령일 내년 1월 1일", false},
      {"그는 다음 달 발령일을 앞두고 있다.", false},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().KoreanTopicStart(text, 0, &used), want) << text;
  // At an offset: the topic after a possessor ("서 총장의 임기는 …").
  const std::string s = "서 총장의 임기는 내년 2월 1일부터 4년이다.";
  EXPECT_TRUE(FrameReader::Default().KoreanTopicStart(s, s.find(" 임기"), &used));
  EXPECT_FALSE(FrameReader::Default().KoreanTopicStart(s, 0));
  return used;
}

TEST(Frames, ReadsAKoreanStartNounDatedLater) { ReadKoreanTopicStarts(); }

// English sentences opening with a referent row and announcing a start for later: 1 singular
// (the person named last), 2 plural (the people named before), 3 a plural noun of the announcement
// (everyone the article named before), 0 none.
std::vector<int> ReadReferents() {
  std::vector<int> used;
  const std::pair<const char*, int> cases[] = {
      {"he will take over on jan. 1 from stephen oakes.", 1},
      {"she will begin in march, after her contract expires.", 1},
      {"they will join the firm's london office next month.", 2},
      {"the two will start once their notice periods end.", 2},
      {"the three will start after a period of gardening leave, expected to end in march.", 2},
      {"the four are expected to join in april.", 2},
      {"the four will join in april.", 2},
      {"the trio would start next month.", 2},
      {"the pair will take up their posts in the summer.", 2},
      {"both will join the board at the annual meeting.", 2},
      {"all three will start in march.", 2},
      {"all four will join in april.", 2},
      {"all five will begin next month.", 2},
      // A noun of the announcement: every person named before it, the start in the present tense too.
      {"the appointments take effect jan. 1.", 3},
      {"all appointments take effect on jan. 1.", 3},
      {"all the appointments take effect next month.", 3},
      {"all of the appointments become effective in april.", 3},
      {"all changes take effect on march 1.", 3},
      {"all the changes will take effect in june.", 3},
      {"the new appointments take effect on feb. 1.", 3},
      {"the appointment takes effect on march 1, pending board approval.", 1},
      // The person's own appointment, confirmed at a meeting to come; an inclusion between commas after the
      // noun.
      {"her appointment will be finalized at the shareholders' meeting in march.", 1},
      {"his appointment will be confirmed at the annual meeting in april.", 1},
      {"his appointment will be formalized next month.", 1},
      {"the changes, including her appointment, take effect jan. 1.", 3},
      {"her appointment was confirmed in march.", 0},
      {"the changes become effective next month.", 3},
      {"the appointments are effective jan. 1.", 3},
      {"the appointment is effective next month.", 1},
      {"all the changes will be effective in april.", 3},
      {"the promotions will take effect in april.", 3},
      {"the appointment becomes effective once regulators approve it, expected in june.", 1},
      {"the appointments took effect in january.", 0},
      {"the changes take effect immediately.", 0},
      {"she joined the bank in march 2019.", 0},
      {"he will report to the chief executive.", 0},
      {"the company will start hiring next month.", 0},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().ReferentStart(text, &used), want) << text;
  return used;
}

TEST(Frames, ReadsAStartOfPeopleReferredTo) { ReadReferents(); }

TEST(Frames, FindsThePersonNamedAsReplaced) {
  const std::pair<const char*, const char*> cases[] = {
      {"he replaces park ki-hoon, who will step back.", "park"},
      {"was promoted, replacing roh seung-jin.", "roh"},
      {"she succeeds dr. linda park, who retired.", "linda"},
      {"succeeding professor richard llewellyn, who will retire", "richard"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_TRUE(FrameReader::Default().PredecessorBefore(text, std::string_view(text).find(name))) << text;
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("she met park ki-hoon.", 8));
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("xreplaces park", 10));  // not a word of its own
  // Descriptor words between the marker and the name (enev20): a title, "founder", "longtime chief";
  // not a stop row, not a stopgap holder (interim, acting), at most three words.
  const std::pair<const char*, const char*> described[] = {
      {"chou replaces founder mark delaney, 67, who is retiring", "mark"},
      {"menon succeeds longtime chief paul ortega, who retires in may.", "paul"},
      {"she will replace chairman tom becker at the meeting.", "tom"},
      {"haddad replaces co-founder and cfo lisa grant.", "lisa"},  // "and" is a stop row
  };
  for (size_t i = 0; i < 3; ++i)
    EXPECT_TRUE(FrameReader::Default().PredecessorBefore(
        described[i].first, std::string_view(described[i].first).find(described[i].second)))
        << described[i].first;
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore(described[3].first,
                                                        std::string_view(described[3].first).find("lisa")));
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("berg replaces interim coach derek shaw.", 28));
  EXPECT_FALSE(
      FrameReader::Default().PredecessorBefore("it replaced its three former board members jo lee.", 43));
}

// A determiner row opens the descriptor words between a predecessor marker and the name (evlearnen32: "to
// replace the retiring Otto Brandt"); right before the name, or with no marker before it, it is still a stop
// row.
std::vector<int> ReadPredecessorDeterminers() {
  std::vector<int> used;
  const std::pair<const char*, const char*> cases[] = {
      {"to replace the retiring otto brandt.", "otto"},
      {"succeeding its longtime chief hugo marsh.", "hugo"},
      {"tom vale replaces his outgoing boss ana costa.", "ana"},
      {"replacing her longtime mentor carl odum.", "carl"},
      {"replacing their founding chief peter lund.", "peter"},
  };
  for (const auto& [text, name] : cases)
    EXPECT_TRUE(FrameReader::Default().PredecessorBefore(text, std::string_view(text).find(name), &used))
        << text;
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("replacing the otto brandt.", 14));
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("she met the retiring otto brandt.", 21));
  EXPECT_FALSE(FrameReader::Default().PredecessorBefore("he was replaced by the new chief otto brandt.", 33));
  return used;
}

TEST(Frames, ReadsADeterminerBeforeThePredecessor) { ReadPredecessorDeterminers(); }

TEST(Frames, FindsAPastTime) {
  EXPECT_TRUE(FrameReader::Default().HasPastTime(", who was fired two weeks ago."));
  EXPECT_TRUE(FrameReader::Default().HasPastTime(", who was named head of sales earlier this year."));
  EXPECT_FALSE(FrameReader::Default().HasPastTime(", who will retire in june."));
  EXPECT_FALSE(FrameReader::Default().HasPastTime(", who is agog."));
}

// English positions of modifier words before a "head" title ("youth academy manager"): a stop
// row among the modifiers ends the position, so nothing is read as the post.
std::vector<int> ReadStopWords() {
  std::vector<int> used;
  auto read = [&](const std::string& text) {
    Case c{0, text, "Maya Chen", "Orbit Foods", "", ""};
    std::vector<std::string> got;
    for (const FrameEvent& e : ReadCase(c, &used)) got.push_back(Show(e));
    return got;
  };
  EXPECT_EQ(read("Orbit Foods appointed Maya Chen as youth academy manager."),
            std::vector<std::string>{"hire|Orbit Foods|Maya Chen||youth academy manager"});
  for (const auto& r : FrameReader::Default().rows()) {
    if (r.kind != "stop") continue;
    std::string text = "Orbit Foods appointed Maya Chen as youth " + r.text + " manager.";
    EXPECT_EQ(read(text), std::vector<std::string>{}) << text;
  }
  return used;
}

TEST(Frames, StopWordsEndAPosition) { ReadStopWords(); }

// Heads of Korean press-release lists (list_head rows): the move of the people listed under them
// and where the head word starts; a head inside a longer word is none.
std::vector<int> ReadKoreanListHeads() {
  using M = FrameReader::ListMove;
  std::vector<int> used;
  const struct {
    const char* text;
    M want;
    size_t at;
  } cases[] = {
      {"사장 승진 ", M::kAppoint, 7},
      {" 신규 선임 ", M::kAppoint, 8},
      {" 율현 신규 영입 인사", M::kAppoint, 15},
      {" 신임 대표이사 사장 ", M::kAppoint, 1},
      {" 공공기관장 임명", M::kAppoint, 17},
      {"신한라이프 사장 연임", M::kAppoint, 23},
      {"신한카드 사장 후보 = ", M::kDesignate, 20},
      {"행장 내정 ", M::kDesignate, 7},
      {"퇴임 ", M::kDepart, 0},
      {"사임 ", M::kDepart, 0},
      {"대표이사 용퇴", M::kDepart, 13},
      {" 선임연구원 ", M::kNone, 0},
      {" 부사장 ", M::kNone, 0},
  };
  for (const auto& c : cases) {
    size_t at = 0;
    EXPECT_EQ(FrameReader::Default().KoreanListHead(c.text, &at, &used), c.want) << c.text;
    if (c.want != M::kNone) {
      EXPECT_EQ(at, c.at) << c.text;
    }
  }
  return used;
}

TEST(Frames, ReadsTheHeadOfAKoreanList) { ReadKoreanListHeads(); }

// A Korean reshuffle that takes effect later (reshuffle_start rows after a topic 인사는).
std::vector<int> ReadKoreanReshuffles() {
  std::vector<int> used;
  const std::pair<const char*, bool> cases[] = {
      {"이번 인사는 내년 1월 1일자로 시행된다.", true},
      {"인사는 다음 달 1일부터 시행된다.", true},
      {"이번 인사는 다음 달 1일자로 시행될 예정이다.", true},
      {"인사는 내년 1월 2일부터 시행될 예정이다.", true},
      {"인사는 다음 달 1일자로 발효된다.", true},
      {"이번 인사는 내년 1월 1일부로 시행된다.", true},
      {"인사는 다음 달 2일부로 시행될 예정이다.", true},
      {"인사는 이날부로 시행된다.", false},
      {"인사는 이날자로 발효됐다.", false},
      {"인사는 발표와 동시에 효력이 발생했다.", false},
      {"새 규정은 내년 1월 1일자로 시행된다.", false},
      // The article's own day (today rows): the reshuffle takes effect now.
      {"인사는 이날 자로 시행된다.", false},
      {"이번 인사는 오늘부터 시행된다.", false},
      {"인사는 금일자로 시행된다.", false},
      {"인사는 발표 당일부터 시행된다.", false},
  };
  for (const auto& [text, want] : cases)
    EXPECT_EQ(FrameReader::Default().KoreanReshuffleLater(text, &used), want) << text;
  return used;
}

TEST(Frames, ReadsAKoreanReshuffleTakingEffectLater) { ReadKoreanReshuffles(); }

// Biography places (bio_place rows, ko: the words after an organization that make it a place the
// person was) and moves from an organization (move_from rows, en: the two words after a person).
std::vector<int> ReadBioPlacesAndMovesFrom() {
  std::vector<int> used;
  const std::pair<const char*, const char*> ko[] = {{"삼성전자로 자리를 옮겼다", "삼성전자"},
                                                    {"한국은행으로 자리를 옮긴 뒤", "한국은행"},
                                                    {"네이버로 옮겨 일했다", "네이버"},
                                                    {"한화생명으로 옮긴 그는", "한화생명"},
                                                    {"카카오로 이직했다", "카카오"},
                                                    {"신한은행으로 이직한 뒤", "신한은행"},
                                                    {"KT에 입사해 20년을 일했다", "KT"},
                                                    {"신한은행에 입행해", "신한은행"},
                                                    {"울산 HD에 입단한 뒤", "울산 HD"},
                                                    {"법무법인 한결에 몸담고 있다", "법무법인 한결"},
                                                    {"김앤장에 합류했다", "김앤장"},
                                                    {"율촌에 합류해 일했다", "율촌"},
                                                    {"딥노트를 창업했다", "딥노트"},
                                                    {"루멘랩을 창업한 뒤", "루멘랩"},
                                                    {"한빛소프트를 설립했다", "한빛소프트"},
                                                    {"누리랩을 설립해", "누리랩"},
                                                    {"검찰을 떠나 변호사로", "검찰"},
                                                    {"네이버를 떠나 창업했다", "네이버"},
                                                    {"검찰을 떠난 뒤", "검찰"},
                                                    {"삼성전자를 떠난 그는", "삼성전자"},
                                                    {"법원을 떠났다", "법원"},
                                                    {"카카오를 떠났으며", "카카오"}};
  for (const auto& [text, org] : ko) {
    const std::string_view t = text;
    EXPECT_TRUE(FrameReader::Default().RowStartsAt("bio_place", "ko", t,
                                                   t.find(org) + std::string_view(org).size(), &used))
        << text;
  }
  EXPECT_FALSE(FrameReader::Default().RowStartsAt("bio_place", "ko", "삼성전자에 제안했다", 12));
  for (const char* two : {"joins from", "joined from", "arrives from", "arrived from", "comes from",
                          "moves from", "moved from"})
    EXPECT_TRUE(FrameReader::Default().IsRow("move_from", "en", two, &used)) << two;
  EXPECT_FALSE(FrameReader::Default().IsRow("move_from", "en", "joins fromage"));
  EXPECT_TRUE(FrameReader::Default().IsRow("joined_earlier", "en", "joined", &used));
  EXPECT_FALSE(FrameReader::Default().IsRow("joined_earlier", "en", "joins"));
  return used;
}

TEST(Frames, ReadsBiographyPlacesAndMovesFrom) { ReadBioPlacesAndMovesFrom(); }

// The latest place of a career (career_latest rows, thirty-sixth session): English cues followed by a place
// word, destinations of a move, "from A to B"; Korean verbs that go on up to now; career_since rows before a
// place.
std::vector<int> ReadCareerLatest() {
  std::vector<int> used;
  const FrameReader& fr = FrameReader::Default();
  for (const char* before :
       {" since then she has been a managing partner at growth investor ",
        " and most recently ran her own firm, ", " currently runs the unit of trading house ",
        ", who has since been a professor at ", " has since served as dean of ",
        " has been head of design at swedish carmaker ", " has taught economics at ", " has worked with ",
        " has led research for ", " has run the lab at ", " has headed the unit of ",
        " has served on the board of ", " currently runs ", ", who most recently led ",
        ", who most recently heads ", " most recently founded ", " currently leads "})
    EXPECT_TRUE(fr.EnglishCareerLatest(before, false, &used)) << before;
  for (const char* before :
       {" before joining ", " and left in 2021 to join ", " before moving to ", " moved to ", " and joined ",
        " in 2009 and to ", " and was hired by ", " and was recruited by ",
        " to co-found the independent studio ", " to found ", " to launch "})
    EXPECT_TRUE(fr.EnglishCareerLatest(before, false, &used)) << before;
  EXPECT_TRUE(fr.EnglishCareerLatest(" to ", true, &used));
  // Controls: a cue with no place word last ("most recently overseeing development of its products used in"),
  // a destination followed by another phrase ("moved to that firm from") or a possessive ("to join its
  // desk"), "to" with no "from" before.
  for (const char* before :
       {" most recently overseeing development of its products used in ", " moved to that firm from ",
        " a package to join its ", " to ", " spent eleven years at ", " currently ",
        " and joined the bank at ", " joined the unit in ", " and joined the board of ",
        " joined the group as ", " a seat to join their "})
    EXPECT_FALSE(fr.EnglishCareerLatest(before, false, &used)) << before;
  for (const char* clause :
       {"에서 자율주행 총괄 디렉터로 일해 왔다.", "에서 연구를 주도해왔다", "에서 연구를 이끌어 왔다",
        "에서 연구를 이끌어왔다", "에서 인사 업무를 맡아 왔다", "에 몸담아왔다", "에서 일해 오고 있다",
        " 교수로 재직 중이다", "의 고문을 맡고 있다", "에 몸담고 있으며"})
    EXPECT_TRUE(fr.KoreanCareerLatest(clause, &used)) << clause;
  for (const char* clause : {"로 옮길 것이라는 관측이 나왔다", "에서 10년간 근무했다", "에서 일했다"})
    EXPECT_FALSE(fr.KoreanCareerLatest(clause)) << clause;
  for (const std::string text : {"2021년부터 ", "2022년부터는 ", "물러난 뒤에는 ", "퇴임 이후에는 "})
    EXPECT_TRUE(fr.RowEndsAt("career_since", "ko", text, text.size() - 1, &used)) << text;
  EXPECT_FALSE(
      fr.RowEndsAt("career_since", "ko", std::string_view("2021년 "), std::string_view("2021년").size()));
  return used;
}

TEST(Frames, ReadsTheLatestPlaceOfACareer) { ReadCareerLatest(); }

// Holdings (holding rows: the end of a holding's name) and the unit a holding's post names
// (unit_noun rows: the kind of unit, value a word of its name).
std::vector<int> ReadHoldings() {
  std::vector<int> used;
  const std::pair<const char*, const char*> holdings[] = {{"Hanbit Financial Group", "Hanbit Financial"},
                                                          {"Lotte Holdings", "Lotte"},
                                                          {"Shinhan Financial", "Shinhan"},
                                                          {"태성그룹", "태성"},
                                                          {"한결금융지주", "한결"},
                                                          {"한빛지주", "한빛"},
                                                          {"코오롱홀딩스", "코오롱"}};
  for (const auto& [name, stem] : holdings) {
    std::string got;
    EXPECT_TRUE(FrameReader::Default().HoldingName(name, &got, &used)) << name;
    EXPECT_EQ(got, stem) << name;
  }
  for (const char* no : {"Group", "Hanbit Bank", "Subgroup", "한결은행", "그룹"})
    EXPECT_FALSE(FrameReader::Default().HoldingName(no)) << no;
  const std::pair<const char*, const char*> en[] = {{"the next chief executive of the lender", "Bank"},
                                                    {"the bank's next chief executive", "Bank"},
                                                    {"chief executive of the card unit", "Card"},
                                                    {"head of its life insurer", "Life"},
                                                    {"chief executive of the insurer", "Insurance"},
                                                    {"ceo of the securities arm", "Securities"},
                                                    {"head of its brokerage", "Securities"},
                                                    {"head of bankruptcy and cardinal matters", ""}};
  for (const auto& [post, word] : en)
    EXPECT_EQ(FrameReader::Default().UnitWordIn(post, true, &used), word) << post;
  const std::pair<const char*, const char*> ko[] = {
      {"차기 은행장 후보로", "은행"}, {"차기 행장으로", "은행"},       {"카드 사장으로", "카드"},
      {"생명 대표로", "생명"},        {"손해보험 대표로", "손해보험"}, {"보험 부문 대표로", "보험"},
      {"증권 대표로", "증권"},        {"캐피탈 대표로", "캐피탈"},     {"전자 대표로", ""}};
  for (const auto& [post, word] : ko)
    EXPECT_EQ(FrameReader::Default().UnitWordIn(post, false, &used), word) << post;
  return used;
}

TEST(Frames, ReadsHoldingsAndTheUnitsTheirPostsName) { ReadHoldings(); }

// Foundations (foundation rows: the name's first word or the end of its last word; value the ends of the
// names of the institutions run) and the foundation's own posts (foundation_post rows).
std::vector<int> ReadFoundations() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  struct Want {
    const char* name;
    const char* stem;
    const char* kind;  // one institution kind the foundation runs
  };
  const Want foundations[] = {{"학교법인 동해학원", "동해", "대학교"},
                              {"동해학원", "동해", "대학"},
                              {"의료법인 한빛의료재단", "한빛", "병원"},
                              {"한빛의료재단", "한빛", "의료원"},
                              {"푸른복지재단", "푸른복지", "병원"}};
  for (const Want& w : foundations) {
    std::string stem;
    const std::vector<std::string> kinds = f.FoundationInstitutions(w.name, &stem, &used);
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), w.kind), kinds.end()) << w.name;
    EXPECT_EQ(stem, w.stem) << w.name;
  }
  for (const char* no : {"동해대학교", "한빛병원", "학원", "재단", "한빛전자"})
    EXPECT_TRUE(f.FoundationInstitutions(no).empty()) << no;
  for (const char* post : {"이사장", "상임이사", "감사"}) EXPECT_TRUE(f.FoundationPost(post, &used)) << post;
  for (const char* post : {"총장", "병원장", "교수"}) EXPECT_FALSE(f.FoundationPost(post)) << post;
  // Appointing bodies (appointer rows): a ministry or a government, not a unit nor a short word.
  for (const char* name :
       {"과학기술정보통신부", "인사혁신처", "Ministry of Science and ICT",
        "Korean Ministry of Trade, Industry and Energy", "Government of Ontario", "Energy Department"})
    EXPECT_TRUE(f.AppointerName(name, &used)) << name;
  for (const char* name :
       {"반도체사업부", "한빛전자", "국방", "Ministerial Labs", "Governments", "Hanbit Bank",
        "Departmental Labs", "Lotte Department Store", "Government Pension Fund"})
    EXPECT_FALSE(f.AppointerName(name)) << name;
  // Leagues, associations and federations (league_word rows): a whole word of the name, or the whole name.
  for (const char* name : {"National League", "Western Hockey Association", "Coastal Rugby Federation", "MLS",
                           "NBA", "NFL", "NHL", "MLB", "KBO"})
    EXPECT_TRUE(f.LeagueName(name, &used)) << name;
  for (const char* name : {"Leaguewood Capital", "Harbor City Comets", "NBAX Labs", "Federations"})
    EXPECT_FALSE(f.LeagueName(name)) << name;
  return used;
}

TEST(Frames, ReadsFoundationsAndTheirOwnPosts) { ReadFoundations(); }

// Term ends before a year (term_end), byline credit words (byline), Korean particles closing a person
// reference (topic_particle, name_particle) and appointee nouns (appointee_noun): the rows the events
// read through RowEndsAt, RowEnding and IsRow.
std::vector<int> ReadTermEndsBylinesAndParticles() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s : {"signed a contract until", "a deal through", "the deal runs to"}) {
    const std::string_view t = s;
    EXPECT_TRUE(f.RowEndsAt("term_end", "en", t, t.size(), &used)) << s;
  }
  EXPECT_FALSE(f.RowEndsAt("term_end", "en", "he joined in", 12));
  for (const char* s : {"reporting by", "editing by", "writing by", "compiled by"}) {
    const std::string_view t = s;
    EXPECT_TRUE(f.RowEndsAt("byline", "en", t, t.size(), &used)) << s;
  }
  EXPECT_FALSE(f.RowEndsAt("byline", "en", "hired by", 8));
  for (const char* s : {"강현석은", "변호사는", "김민수이", "대표가"})
    EXPECT_EQ(f.RowEnding("topic_particle", "ko", s, &used), 3u) << s;
  EXPECT_EQ(f.RowEnding("topic_particle", "ko", "은"), 0u);  // a particle alone ends nothing
  EXPECT_EQ(f.RowEnding("topic_particle", "ko", "변호사를"), 0u);
  for (const char* s : {"변호사와", "교수과", "대표은", "대표는", "사장이", "회장가", "상무을", "전무를",
                        "부사장의", "대표도"})
    EXPECT_EQ(f.RowEnding("name_particle", "ko", s, &used), 3u) << s;
  EXPECT_EQ(f.RowEnding("name_particle", "ko", "변호사"), 0u);
  for (const char* s : {"내정자", "선임자", "후보자", "당선인"})
    EXPECT_TRUE(f.IsRow("appointee_noun", "ko", s, &used)) << s;
  EXPECT_FALSE(f.IsRow("appointee_noun", "ko", "내정"));
  EXPECT_FALSE(f.IsRow("appointee_noun", "ko", "후보"));
  return used;
}

TEST(Frames, ReadsTermEndsBylinesParticlesAndAppointeeNouns) { ReadTermEndsBylinesAndParticles(); }

// Korean starts told as made (begun rows): "오 원장은 이날부터 2년 임기를 새로 시작했다" is one, a start to
// come ("임기를 시작한다", "출근할 예정이다") is none.
std::vector<int> ReadKoreanBegun() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s : {"송 원장은 이날 3년 임기를 시작했다.", "오 원장은 이날부터 2년 임기를 새로 시작했다.",
                        "배 대표는 이날부터 업무를 시작했다.", "김 행장은 곧바로 업무에 들어갔다.",
                        "한 부사장은 이날부터 출근했다.", "박 부사장은 이달 1일자로 출근을 시작했다."})
    EXPECT_TRUE(f.KoreanBegun(s, &used)) << s;
  for (const char* s : {"송 원장은 다음 달 임기를 시작한다.", "김 상무는 다음 달부터 출근할 예정이다."})
    EXPECT_FALSE(f.KoreanBegun(s)) << s;
  return used;
}

TEST(Frames, ReadsKoreanStartsToldAsMade) { ReadKoreanBegun(); }

// English starts told as made (kind=begun en rows, thirty-third session, branch evout33), as words; a start
// still to come is none.
std::vector<int> ReadEnglishBegun() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s : {"she has already started in the role.", "he already started in march.",
                        "she already took up the post last week.", "he took office on monday.",
                        "she took up the post on jan. 5.", "he started in the role on tuesday.",
                        "marsh and ito started this week, while lund joins in may.", "he started last week.",
                        "they have already started.", "he has taken office.", "the two have taken office."})
    EXPECT_TRUE(f.EnglishBegun(s, &used)) << s;
  // Korean moves at the same time as a companion (kind=same_time ko rows, thirty-fourth session).
  for (const char* w : {"같은 날", "같은 날짜", "같은 시기", "같은 시점", "동시에"})
    EXPECT_TRUE(f.IsRow("same_time", "ko", w, &used)) << w;
  EXPECT_FALSE(f.IsRow("same_time", "ko", "다음 날"));
  for (const char* s : {"she will start in the role on monday.", "he is expected to take office in march.",
                        "she will start work in june.", "he will take office next week."})
    EXPECT_FALSE(f.EnglishBegun(s)) << s;
  return used;
}

TEST(Frames, ReadsEnglishStartsToldAsMade) { ReadEnglishBegun(); }

// English approvals still to come (kind=pending and approval en rows, thirty-fourth session, branch
// evoutcome34): a pending row, then an approval row in the same clause; an approval given, or one cut off by
// a comma, is none.
std::vector<int> ReadPendingApprovals() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s :
       {"voss signed a four-year deal, pending approval by the regents.",
        "her appointment is subject to shareholder ratification in may.",
        "hale's second term requires approval at the annual meeting.",
        "the choice of okoro still needs a board vote.", "his return needs the confirmation of the senate.",
        "the contract awaits approval from the league.", "both hires require regulatory approvals."})
    EXPECT_TRUE(f.PendingApproval(s, &used)) << s;
  for (const char* s : {"the board approved his appointment on monday.",
                        "she requires no introduction, said the approval committee.",
                        "the deal won shareholder approval last week.",
                        "pending the move, she ran the unit; approval came later."})
    EXPECT_FALSE(f.PendingApproval(s)) << s;
  return used;
}

TEST(Frames, ReadsAnApprovalStillToCome) { ReadPendingApprovals(); }

// A Korean predecessor marker after a name, past up to two title words and 의 (kind=marker
// value=predecessor).
std::vector<int> ReadKoreanPredecessors() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  const std::string yes = "김상철 대표의 후임으로 정우석 부사장이 선임됐다.";
  EXPECT_TRUE(f.KoreanPredecessorAfter(yes, std::string("김상철").size(), &used)) << yes;
  const std::string no = "김상철 대표는 정우석 부사장을 후임으로 추천했다.";
  EXPECT_FALSE(f.KoreanPredecessorAfter(no, std::string("김상철").size())) << no;
  return used;
}

TEST(Frames, ReadsAKoreanPredecessorMarkerAfterAName) { ReadKoreanPredecessors(); }

// A post held before names the origin (kind=past_post ko rows after an object marker, right before the
// person): "한빛화학 경영지원실장을 지낸 남궁현" and "태성건설 사장을 역임한 김도윤" take the organization as
// the origin; a post still held (맡고 있는), a comma between or three words of post take none.
std::vector<int> ReadKoreanPastPosts() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s : {"실장을 지낸", "사장을 역임한"})
    EXPECT_GT(f.RowEnding("past_post", "ko", s, &used), 0u) << s;
  auto origin = [](const std::string& org, const std::string& gap, const std::string& person) {
    const std::string text = org + gap + person + " 대표가 선임됐다.";
    return KoreanRelativeOrigin(text, static_cast<int>(org.size()), static_cast<int>((org + gap).size()));
  };
  EXPECT_TRUE(origin("한빛화학", " 경영지원실장을 지낸 ", "남궁현"));
  EXPECT_TRUE(origin("태성건설", " 사장을 역임한 ", "김도윤"));
  EXPECT_TRUE(origin("태성건설", " 해외영업 본부장을 지낸 ", "김도윤"));
  EXPECT_FALSE(origin("태성건설", " 사장을 맡고 있는 ", "김도윤"));
  EXPECT_FALSE(origin("태성건설", " 사장을, 지낸 ", "김도윤"));
  EXPECT_FALSE(origin("태성건설", " 해외 영업 본부장을 지낸 ", "김도윤"));
  EXPECT_FALSE(origin("태성건설", " 을 지낸 ", "김도윤"));
  return used;
}

TEST(Frames, ReadsAKoreanPostHeldBefore) { ReadKoreanPastPosts(); }

// A post held there by a copula of the past (kind=past_copula ko rows ending the one or two words of the post
// right before the person): "법무법인 다온 파트너 변호사였던 허은비", "한빛제지 감사였던 김태오", "누리은행
// 지점장이던 박하준" take the organization as the origin; three words of post, a comma, a bare copula word or
// a present copula take none (thirty-eighth session, branch evorig38).
std::vector<int> ReadKoreanPastCopulaPosts() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* s : {"변호사였던", "감사이었던", "지점장이던"})
    EXPECT_GT(f.RowEnding("past_copula", "ko", s, &used), 0u) << s;
  auto origin = [](const std::string& org, const std::string& gap, const std::string& person) {
    const std::string text = org + gap + person + " 씨가 임명됐다.";
    return KoreanRelativeOrigin(text, static_cast<int>(org.size()), static_cast<int>((org + gap).size()));
  };
  EXPECT_TRUE(origin("법무법인 다온", " 파트너 변호사였던 ", "허은비"));
  EXPECT_TRUE(origin("한빛제지", " 감사였던 ", "김태오"));
  EXPECT_TRUE(origin("누리은행", " 지점장이던 ", "박하준"));
  EXPECT_FALSE(origin("한빛제지", " 경영 지원 감사였던 ", "김태오"));
  EXPECT_FALSE(origin("한빛제지", " 감사, 이사였던 ", "김태오"));
  EXPECT_FALSE(origin("한빛제지", " 였던 ", "김태오"));
  EXPECT_FALSE(origin("한빛제지", " 감사인 ", "김태오"));
  return used;
}

TEST(Frames, ReadsAKoreanPostHeldByAPastCopula) { ReadKoreanPastCopulaPosts(); }

// Two persons' names joined as members of one list by the words between them (kind=list_sep, list_bar,
// list_gap): a separator, the first member's apposition or post before it, the second member's own words
// after it; a verb, a relative or a clause between them ends the list (thirty-fifth session, branch
// evlists35).
std::vector<int> ReadListJoins() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  for (const char* yes : {", ", " and ", ", and ", ", the chain's finance chief, and ",
                          " as head of research and ", " (61) and ", " and co-founder ", ", and partners "})
    EXPECT_TRUE(f.ListJoins(yes, false, &used)) << "[" << yes << "]";
  for (const char* no :
       {", replacing ", " and promoted ", ", a former colleague of ", " said on Monday that ", " ",
        " to succeed ", ", who hired ", " as chief executive, analysts ", ", the chief executive, "})
    EXPECT_FALSE(f.ListJoins(no, false)) << "[" << no << "]";
  // Every bar row ends a list where it stands among the second member's words.
  for (const FrameReader::Row& r : f.rows())
    if (r.kind == "list_bar" && r.lang == "en") {
      EXPECT_FALSE(f.ListJoins(", " + r.text + " ", false, &used)) << r.text;
    }
  for (const char* yes : {" 전무와 ", " 상무, ", "\xC2\xB7", " 및 ", " 사장과 ",
                          "(54\xC2\xB7사법연수원 27기) 변호사와 공정거래위원회 심판관리관을 지낸 ",
                          " 전 한빛컨설팅 파트너를 디지털전략 부사장으로, "})
    EXPECT_TRUE(f.ListJoins(yes, true, &used)) << "[" << yes << "]";
  for (const char* bar : {" 대표는 하나와 ", " 사장은 둘과 ", " 부사장이 셋과 ", " 전무가 넷과 ",
                          " 회장의 후임과 ", " 상무와 맡았고 ", " 부행장과 함께 ", " 전무와 이끌며 ",
                          " 상무와 밝혔다 ", " 전무와 그에게 ", " 상무와 했지만 "})
    EXPECT_FALSE(f.ListJoins(bar, true, &used)) << "[" << bar << "]";
  // Quotes or an ellipsis between the names (a headline's "A 대표 사임…\"건강상 이유, B").
  EXPECT_FALSE(f.ListJoins(" 대표 사임\xE2\x80\xA6\"건강상 이유, ", true));
  EXPECT_FALSE(f.ListJoins(": ", false));
  // An object before the separator: the gapped list only with a goal and a comma ("로,").
  EXPECT_FALSE(f.ListJoins(" 전무를 영입했고 ", true));
  EXPECT_FALSE(f.ListJoins(" 전무를 부사장과 ", true));
  EXPECT_FALSE(f.ListJoins(" 대표는 넷마블 연구소장을 맡았고, ", true));
  return used;
}

TEST(Frames, JoinsTheMembersOfAList) { ReadListJoins(); }

// The move a Korean list's topic tells, and the words that close a list like a copula (kind=list_topic,
// list_close; thirty-eighth session, branch evlist38).
std::vector<int> ReadListTopics() {
  std::vector<int> used;
  const FrameReader& f = FrameReader::Default();
  const std::pair<const char*, const char*> topics[] = {{"부사장 승진자는 ", "promote"},
                                                        {"새로 합류한 변호사는 ", "appoint"},
                                                        {"이번에 영입된 인물은 ", "appoint"},
                                                        {"신임 이사로 선임된 사람은 ", "appoint"},
                                                        {"신규 상무 3명이 발탁됐다.", "appoint"},
                                                        {"사외이사로 임명된 인사는 ", "appoint"},
                                                        {"차기 사장으로 내정된 인물은 ", "designate"},
                                                        {"이번에 퇴임하는 임원은 ", "depart"}};
  for (const auto& [text, move] : topics) {
    size_t at = 0;
    EXPECT_EQ(f.KoreanListTopic(text, &at, &used), move) << text;
  }
  size_t at = 0;
  EXPECT_EQ(f.KoreanListTopic("안건에 찬성한 이사는 ", &at), "");
  EXPECT_EQ(f.KoreanListTopic("회사에 남기로 한 임원은 ", &at), "");
  for (const char* spoken : {"영입 후보로 꼽히는 인물은 ", "차기 사장으로 거론되는 인물은 ",
                             "승진 물망에 오른 임원은 ", "영입 하마평에 오른 인물은 "})
    EXPECT_EQ(f.KoreanListTopic(spoken, &at, &used), "") << spoken;
  for (const char* tail : {" 전무(해외 영업)가 이름을 올렸다.", " 상무가 이름을 올린 명단이다."})
    EXPECT_TRUE(f.KoreanListClose(tail, &used)) << tail;
  EXPECT_FALSE(f.KoreanListClose(" 전무가 말했다."));
  return used;
}

TEST(Frames, ReadsTheMovesOfKoreanListTopics) { ReadListTopics(); }

// The Korean particle and passive readers take the table's rows (thirty-second session, branch tidy32): the
// subject and topic marker rows, the allomorph after a final consonant by its initial ㅇ, a passive ending's
// first syllable.
TEST(Frames, KoreanParticlesAndPassiveSyllablesComeFromTheTable) {
  const std::vector<std::string>& pa = KoreanSubjectTopicParticles();
  for (const char* p : {"이", "가", "은", "는"}) EXPECT_NE(std::find(pa.begin(), pa.end(), p), pa.end()) << p;
  EXPECT_EQ(std::find(pa.begin(), pa.end(), "를"), pa.end());
  EXPECT_TRUE(KoreanParticleAfterConsonant("은"));
  EXPECT_TRUE(KoreanParticleAfterConsonant("이"));
  EXPECT_FALSE(KoreanParticleAfterConsonant("는"));
  EXPECT_FALSE(KoreanParticleAfterConsonant("가"));
  EXPECT_FALSE(KoreanParticleAfterConsonant(""));
  for (const char* passive : {"영입됐다", "선임된", "발탁돼", "영입되며", "선임될 예정"})
    EXPECT_TRUE(HoldsKoreanPassiveSyllable(passive)) << passive;
  for (const char* active : {"영입했다", "선임한", "발탁해", "영입하며"})
    EXPECT_FALSE(HoldsKoreanPassiveSyllable(active)) << active;
}

TEST(Frames, EveryTableRowHasACase) {
  std::vector<int> aspects = ReadAspects();
  std::set<int> used(aspects.begin(), aspects.end());
  for (int r : ReadTermEndsBylinesAndParticles()) used.insert(r);
  for (int r : ReadHoldings()) used.insert(r);
  for (int r : ReadFoundations()) used.insert(r);
  for (int r : ReadBioPlacesAndMovesFrom()) used.insert(r);
  for (int r : ReadCareerLatest()) used.insert(r);
  for (int r : ReadStarts()) used.insert(r);
  for (int r : ReadStartDates()) used.insert(r);
  for (int r : ReadKoreanStarts()) used.insert(r);
  for (int r : ReadKoreanDatedStarts()) used.insert(r);
  for (int r : ReadKoreanTopicStarts()) used.insert(r);
  for (int r : ReadReferents()) used.insert(r);
  for (int r : ReadStopWords()) used.insert(r);
  for (int r : ReadPredecessorDeterminers()) used.insert(r);
  for (int r : ReadKoreanListHeads()) used.insert(r);
  for (int r : ReadKoreanReshuffles()) used.insert(r);
  for (int r : ReadKoreanBegun()) used.insert(r);
  for (int r : ReadEnglishBegun()) used.insert(r);
  for (int r : ReadPendingApprovals()) used.insert(r);
  for (int r : ReadKoreanPredecessors()) used.insert(r);
  for (int r : ReadKoreanPastPosts()) used.insert(r);
  for (int r : ReadKoreanPastCopulaPosts()) used.insert(r);
  for (int r : ReadListJoins()) used.insert(r);
  for (int r : ReadListTopics()) used.insert(r);
  for (const Case& c : LoadCases()) {
    std::vector<int> u;
    ReadCase(c, &u);
    used.insert(u.begin(), u.end());
  }
  const auto& rows = FrameReader::Default().rows();
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].kind != "not_trigger") {  // the pair pass's rows: every one a case in event_pairs_test.cc
      EXPECT_TRUE(used.count(static_cast<int>(i))) << "no case uses frames.tsv row " << rows[i].kind << " "
                                                   << rows[i].lang << " \"" << rows[i].text << "\"";
    }
}

TEST(Frames, RejectsAMalformedTable) {
  EXPECT_FALSE(FrameReader::FromTsv("trigger\ten\tnamed\n").ok());
  EXPECT_FALSE(FrameReader::FromTsv("trigger\ten\tnamed\tappoint:sideways\n").ok());
  EXPECT_FALSE(FrameReader::FromTsv("verb\ten\tnamed\tappoint:active\n").ok());
  EXPECT_TRUE(FrameReader::FromTsv("# comment\ntrigger\ten\tnamed\tappoint:active\ntitle\ten\tceo\n").ok());
}

// Texts(kind, lang, value): the texts of exactly the rows of that kind, language and value, in table order.
TEST(Frames, TextsAreTheRowsOfOneKindLanguageAndValue) {
  auto r = FrameReader::FromTsv(
      "trigger\ten\tleft\tdepart:self\ntrigger\tko\t떠났다\tdepart:self\ntrigger\ten\tjoined\tjoin:self\n"
      "trigger\ten\tquit\tdepart:self\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->Texts("trigger", "en", "depart:self"), (std::vector<std::string>{"left", "quit"}));
  EXPECT_EQ(r->Texts("trigger", "ko", "depart:self"), (std::vector<std::string>{"떠났다"}));
  EXPECT_TRUE(r->Texts("trigger", "en", "appoint:active").empty());
}

TEST(Frames, AMalformedRowNamesItsLineAndFault) {
  EXPECT_EQ(FrameReader::FromTsv("title\ten\tceo\nverb\ten\tnamed\tappoint:active\n").status().message(),
            "frames table line 2: malformed row (unknown kind: verb)");
  EXPECT_EQ(FrameReader::FromTsv("trigger\ten\tnamed\n").status().message(),
            "frames table line 1: malformed row (kind needs a value column: trigger)");
  EXPECT_EQ(FrameReader::FromTsv("title\tfr\tpdg\n").status().message(),
            "frames table line 1: malformed row (unknown language: title)");
}

}  // namespace
}  // namespace hirewire::normalize
