// Korean move shapes, the school foundation and Korean previous employers of the twenty-sixth session
// (docs/events.md, branch evko26): a post topicalized before a subject list ("부사장으로는 A 전무와 B 전무가
// 승진했다"); the active zero-subject slot ("최고재무책임자(CFO)에는 NAME 전 ORG 상무를 외부에서 영입했다":
// the context's organization hires); a nominee decided ("차기 대표이사 최종 후보로 … 확정했다", "… 후보로
// 의결했다": accepted); a foundation appointing the head of the institution it runs (학교법인 X학원 →
// X대학교, 의료재단 → its hospital); a counted group of title holders made up by the persons named; the
// employer's own short form as no previous employer (국민은행 of KB국민은행, 삼성 of 삼성 라이온즈); a
// headline's "ORG 출신 NAME" as the origin of that person only. Own paraphrases (none a sentence of a test
// batch), each a whole article through the pipeline's steps; the reading before the change (main 5e2e645) is
// in the comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A post topicalized before a subject list: main none.
    {"ko-topicalized-post",
     "한솔전자 임원 인사\n\n한솔전자는 5일 정기 임원 인사를 단행했다. 부사장으로는 반도체부문 김도윤 전무와 소재부문 이서진 전무가 "
     "승진했다.\n",
     {{"hire", "한솔전자", "김도윤", "*", "joined"}, {"hire", "한솔전자", "이서진", "*", "joined"}}},
    {"ko-topicalized-post",
     "대양건설 정기 인사\n\n대양건설은 2027년 정기 임원 인사를 발표했다. 전무로는 박상우 상무와 최민아 상무가 승진했다.\n",
     {{"hire", "대양건설", "박상우", "*", "joined"}, {"hire", "대양건설", "최민아", "*", "joined"}}},
    {"ko-topicalized-post",
     "세림제약 인사\n\n세림제약은 3일 임원 인사를 실시했다. 사장으로는 정태호 부사장이 승진했다.\n",
     {{"hire", "세림제약", "정태호", "*", "joined"}}},
    // The active zero-subject slot: main none.
    {"ko-zero-subject-slot",
     "세한바이오 임원 인사\n\n세한바이오는 3일 임원 인사를 단행했다. 최고재무책임자(CFO)에는 김태윤 전 삼성전자 상무를 외부에서 "
     "영입했다.\n",
     {{"hire", "세한바이오", "김태윤", "*", "joined"}}},
    {"ko-zero-subject-slot",
     "동진화학 인사\n\n동진화학은 2일 조직 개편과 임원 인사를 발표했다. 연구소장에는 박지훈 전 LG화학 전무를 영입했다.\n",
     {{"hire", "동진화학", "박지훈", "*", "joined"}}},
    {"ko-zero-subject-slot",
     "미래유통 인사\n\n미래유통은 정기 인사를 단행했다. 마케팅본부장에는 이수아 전 아모레퍼시픽 상무를 새로 영입했다.\n",
     {{"hire", "미래유통", "이수아", "*", "joined"}}},
    // A nominee decided: main none.
    {"ko-nominee",
     "한빛통신 차기 대표 확정\n\n한빛통신 이사회는 차기 대표이사 최종 후보로 정우진 한빛IT 사장을 확정했다.\n",
     {{"hire", "한빛통신", "정우진", "*", "accepted"}}},
    {"ko-nominee",
     "대한생명 차기 대표\n\n대한생명 임원후보추천위원회는 이민재 부사장을 차기 대표이사 후보로 의결했다.\n",
     {{"hire", "대한생명", "이민재", "*", "accepted"}}},
    // A foundation appointing the head of its institution: main at the foundation.
    {"ko-foundation",
     "한울대 새 총장\n\n학교법인 한울학원은 이사회를 열고 김영수 한울대학교 경영학과 교수를 제8대 총장으로 선임했다.\n",
     {{"hire", "한울대학교", "김영수", "*", "joined"}}},
    {"ko-foundation",
     "서해대 총장 선임\n\n학교법인 서해학원은 박미정 서해대학교 교수를 신임 총장으로 선임했다고 2일 밝혔다. 전임 이상철 총장은 "
     "임기를 마치고 물러난다.\n",
     {{"hire", "서해대학교", "박미정", "*", "joined"}, {"departure", "서해대학교", "이상철", "*", "left"}}},
    {"ko-foundation",
     "한마음병원 새 병원장\n\n의료법인 한마음의료재단은 정호성 한마음병원 진료부원장을 병원장으로 임명했다.\n",
     {{"hire", "한마음병원", "정호성", "*", "joined"}}},
    {"ko-foundation",
     "푸른병원 새 병원장\n\n푸른복지재단은 이지훈 푸른병원 외과 과장을 병원장으로 선임했다.\n",
     {{"hire", "푸른병원", "이지훈", "*", "joined"}}},
    // The foundation's own post stays at the foundation (before and after).
    {"ko-foundation-own-post",
     "한울학원 이사장\n\n학교법인 한울학원은 최진호 전 교육부 차관을 이사장으로 선임했다.\n",
     {{"hire", "학교법인 한울학원", "최진호", "*", "joined"}}},
};

class EventsKo26 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsKo26, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "ko26-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsKo26, testing::ValuesIn(kCases));

// The employer's own short form is no previous employer (main: 국민은행, Samsung Electronics).
TEST(EventsKo26, TheEmployersOwnShortFormIsNoPreviousEmployer) {
  const auto bank = testing_support::PipelineEvents(
      "KB국민은행 인사\n\nKB국민은행은 3일 한상민 국민은행 기업금융그룹 부행장을 수석부행장으로 선임했다.\n",
      "ko26-test");
  ASSERT_NE(testing_support::FindCandidate(bank, "한상민"), nullptr);
  EXPECT_EQ(testing_support::FindCandidate(bank, "한상민")->previous_employer, "");
  const auto team = testing_support::PipelineEvents(
      "삼성 라이온즈, FA 투수 영입\n\n삼성 라이온즈가 FA 투수 최우진을 영입했다. 삼성은 최우진과 3년 총액 45억원에 계약했다. "
      "최우진은 지난 시즌까지 KT 위즈에서 뛰었다.\n",
      "ko26-test");
  ASSERT_NE(testing_support::FindCandidate(team, "최우진"), nullptr);
  EXPECT_NE(testing_support::FindCandidate(team, "최우진")->previous_employer, "Samsung Electronics");
  // Another company's name is kept: a move from 한빛화학 to 한빛건설 (neither the other's short form).
  const auto move = testing_support::PipelineEvents(
      "한빛건설 대표 선임\n\n한빛건설은 한빛화학 김민수 부사장을 대표이사로 영입했다.\n", "ko26-test");
  ASSERT_NE(testing_support::FindCandidate(move, "김민수"), nullptr);
  EXPECT_EQ(testing_support::FindCandidate(move, "김민수")->previous_employer, "한빛화학");
}

// A headline's "ORG 출신 NAME" titles that person only, not the group the headline adds (main: the group from
// Pfizer / Hyundai Motor); the person keeps the origin.
TEST(EventsKo26, AHeadlinesOriginTitlesItsPersonOnly) {
  for (
      const char* text :
      {"세림바이오, 화이자 출신 정하늘 박사 CTO로 영입…연구원 4명도 합류\n\n세림바이오가 정하늘 박사를 최고기술책임자(CTO)로 "
       "영입했다고 2일 밝혔다. 정 박사와 함께 일해 온 연구원 4명도 세림바이오에 합류했다.\n",
       "한빛바이오, 모더나 출신 김서윤 박사 CSO 영입…연구원 5명도 합류\n\n한빛바이오가 김서윤 박사를 최고과학책임자(CSO)로 "
       "영입했다. 김 박사와 함께 일하던 연구원 5명도 한빛바이오에 합류했다.\n"}) {
    const auto events = testing_support::PipelineEvents(text, "ko26-test");
    int groups = 0;
    for (const Event& e : events) {
      if (e.candidate_kind == CandidateKind::kGroup) {
        ++groups;
        EXPECT_EQ(e.previous_employer, "") << text;
      } else {
        EXPECT_FALSE(e.previous_employer.empty()) << text;
      }
    }
    EXPECT_EQ(groups, 1) << text;
  }
}

// A counted group of title holders made up by the persons named is no event of its own (main: a group 부사장
// at the group); a group the named persons do not make up stays.
TEST(EventsKo26, ACountedTitleGroupMadeUpByNamedPersonsIsNoEvent) {
  auto groups = [](const std::string& text) {
    return testing_support::GroupCount(testing_support::PipelineEvents(text, "ko26-test"));
  };
  EXPECT_EQ(
      groups(
          "한결그룹 사장단 인사\n\n한결그룹은 부사장 2명을 사장으로 승진시켰다고 1일 밝혔다. 한결화학 김민호 부사장은 "
          "한결화학 사장으로 승진했다. 한결건설 이준영 부사장은 한결건설 사장으로 승진했다.\n"),
      0);
  EXPECT_EQ(
      groups(
          "한결그룹 사장단 인사\n\n한결그룹은 부사장 2명을 사장으로 승진시켰다고 1일 밝혔다. 김민호 한결화학 부사장과 "
          "이준영 한결건설 부사장이 각각 사장으로 승진했다.\n"),
      0);
  EXPECT_EQ(
      groups(
          "한결그룹 사장단 인사\n\n한결그룹은 부사장 3명을 사장으로 승진시켰다고 1일 밝혔다. 한결화학 김민호 부사장은 "
          "한결화학 사장으로 승진했다.\n"),
      1);
}

}  // namespace
}  // namespace hirewire::normalize
