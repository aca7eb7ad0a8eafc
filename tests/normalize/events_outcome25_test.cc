// Outcomes of announced starts and Korean move shapes of the twenty-fifth session (docs/events.md, branch
// evout25): a Korean future join after a past recruiting verb ("합류하기로 했다", a counted group's "팀원
// 6명도 … 합류하기로 했다"), an English start told in the present tense with a date ("Raman starts in
// January") or by a counted group ("about 30 employees are expected to start next month") keep the hire
// accepted; the reappointment in its converb forms (연임돼, 재선임돼, 연임에 성공해), every member of a
// titled subject list of 합류했다 announced by the organization, and the departure noun the employer accepts
// ("김 감독의 사퇴를 수용했다", "사표를 수리했다"). Own paraphrases (none a sentence of a test batch), each a
// whole article through the pipeline's steps; the reading before the change (main 9ad7b3b) is in the
// comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // A Korean decided join after a past 영입했다: main joined.
    {"ko-decided-join",
     "가온게임즈, 개발자 영입\n\n게임사 가온게임즈가 엔씨소프트 출신 개발자 정하윤 디렉터를 영입했다고 10일 밝혔다. 정 디렉터는 내달 "
     "중순 가온게임즈에 합류하기로 했다.",
     {{"hire", "가온게임즈", "정하윤", "*", "accepted"}}},
    {"ko-decided-join",
     "대림식품, 마케팅 전문가 영입\n\n대림식품은 CJ제일제당 마케팅실장 출신 오지현 상무를 영입했다. 오 상무는 다음 달 2일부터 "
     "대림식품으로 출근하기로 했다.",
     {{"hire", "대림식품", "오지현", "*", "accepted"}}},
    // A counted group as the subject of a decided join: main joined.
    {"ko-group-start",
     "새봄증권, IB 인력 영입\n\n새봄증권은 대한투자증권 출신 한지수 전무를 영입했다. 한 전무와 함께 일해 온 팀원 6명도 "
     "새봄증권으로 자리를 옮긴다.\n\n한 전무는 다음 달 초 출근한다. 팀원 6명도 같은 시기 새봄증권에 합류하기로 했다.",
     {{"hire", "새봄증권", "한지수", "*", "accepted"}, {"hire", "새봄증권", "members*", "*", "accepted"}}},
    // English: a start in the present tense with a date: main joined.
    {"en-present-start",
     "Halden Bank hires CFO\n\nHalden Bank has hired Priya Raman, the finance chief of Barclays UK, as chief financial "
     "officer. Raman starts in January.",
     {{"hire", "Halden Bank", "Priya Raman", "*", "accepted"}}},
    {"en-present-start",
     "Norvik hires COO\n\nNorvik Shipping hired Tomas Lind, an executive at Maersk, as chief operating officer. Lind "
     "joins the company on March 3.",
     {{"hire", "Norvik Shipping", "Tomas Lind", "*", "accepted"}}},
    // The reappointment in its converb forms: main none.
    {"ko-renew",
     "한빛증권 김정훈 사장 연임\n\n한빛증권은 4일 이사회를 열고 임원 인사를 단행했다. 김정훈 사장은 연임돼 2년 더 한빛증권을 이끈다.",
     {{"hire", "한빛증권", "김정훈", "*", "joined"}}},
    {"ko-renew",
     "대성제약 박영수 대표 연임\n\n대성제약 박영수 대표이사는 연임에 성공해 3년 더 회사를 이끈다.",
     {{"hire", "대성제약", "박영수", "*", "joined"}}},
    {"ko-renew",
     "동해해운 인사\n\n동해해운은 주주총회를 열고 임원 인사를 마쳤다. 동해해운 이성호 사장은 재선임돼 3년 더 회사를 이끈다.",
     {{"hire", "동해해운", "이성호", "*", "joined"}}},
    // A titled subject list of 합류했다 the organization announces: main none, then the first member an
    // offer.
    {"ko-subject-list",
     "법무법인 세율, 전관 3명 영입\n\n법무법인 세율은 이수진 전 공정거래위원회 국장과 박민호 전 서울중앙지법 부장판사, 한도윤 전 "
     "대전지법 판사 등 3명이 이달 합류했다고 8일 밝혔다.",
     {{"hire", "법무법인 세율", "이수진", "*", "joined"},
      {"hire", "법무법인 세율", "박민호", "*", "joined"},
      {"hire", "법무법인 세율", "한도윤", "*", "joined"}}},
    {"ko-subject-list",
     "한국데이터, 임원 영입\n\n한국데이터는 오승민 전 네이버 이사와 장하늘 전 카카오 상무가 합류했다고 밝혔다.",
     {{"hire", "한국데이터", "오승민", "*", "joined"}, {"hire", "한국데이터", "장하늘", "*", "joined"}}},
    // The departure noun the employer accepts: main none.
    {"ko-departure-noun",
     "한강FC, 김대호 감독 사퇴 수용\n\n프로축구 한강FC는 사의를 밝힌 김대호 감독의 사퇴를 공식 수용했다고 12일 밝혔다.",
     {{"departure", "한강FC", "김대호", "*", "left"}}},
    {"ko-departure-noun",
     "대원물산, 정현우 사장 사의 수용\n\n대원물산은 정현우 사장의 사의를 수용했다고 3일 밝혔다.",
     {{"departure", "대원물산", "정현우", "*", "left"}}},
    {"ko-departure-noun",
     "서해은행, 부행장 사표 수리\n\n서해은행은 임진호 부행장의 사표를 수리했다고 15일 밝혔다.",
     {{"departure", "서해은행", "임진호", "*", "left"}}},
    // A motion passed under a condition ("안건이 통과되면": if it passes) is designated, not decided (main
    // bc07539:
    // joined); the motion passed outright stays joined.
    {"ko-conditional-motion",
     "세림화학 대표 연임 추천\n\n세림화학 이사회는 박민호 대표를 차기 대표이사 단독 후보로 추천했다. 다음달 정기 주주총회에서 "
     "박 대표의 연임 안건이 통과되면 연임이 최종 확정된다.",
     {{"hire", "세림화학", "박민호", "*", "accepted"}}},
    {"ko-conditional-motion",
     "대한해운 대표 재선임 추진\n\n대한해운 이사회는 이성호 대표를 대표이사 후보로 재추천했다. 내달 주주총회에서 이 대표의 "
     "재선임 안건이 가결되면 3년 더 회사를 이끈다.",
     {{"hire", "대한해운", "이성호", "*", "accepted"}}},
    {"ko-conditional-motion",
     "동해생명 대표 연임\n\n동해생명은 이사회를 열고 홍기철 대표의 연임안을 의결했다.",
     {{"hire", "동해생명", "홍기철", "*", "joined"}}},
};

class EventsOutcomes25 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsOutcomes25, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "outcome25-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsOutcomes25, testing::ValuesIn(kCases));

// What stays as it was: a start told as past or undated stays joined; a join the organization did not
// announce names no employer from a topic that only describes; a refused reappointment is no move.
TEST(EventsOutcomes25, APastOrUndatedStartStaysJoined) {
  auto outcome_of = [](const std::string& text, const std::string& who) {
    for (const Event& e : testing_support::PipelineEvents(text, "outcome25-test"))
      if (e.candidate == who) return std::string(OutcomeName(e.outcome));
    return std::string("none");
  };
  EXPECT_EQ(
      outcome_of(
          "Halden Bank hires CFO\n\nHalden Bank has hired Priya Raman, the finance chief of Barclays UK, as "
          "chief financial officer. Raman joined in January.",
          "Priya Raman"),
      "joined");
  EXPECT_EQ(
      outcome_of(
          "Halden Bank hires CFO\n\nHalden Bank has hired Priya Raman, the finance chief of Barclays UK, as "
          "chief financial officer. Raman joins from Barclays.",
          "Priya Raman"),
      "joined");
  EXPECT_EQ(
      outcome_of(
          "가온게임즈, 개발자 영입\n\n가온게임즈가 엔씨소프트 출신 정하윤 디렉터를 영입했다. 정 디렉터는 이달 초 "
          "가온게임즈에 합류했다.",
          "정하윤"),
      "joined");
  EXPECT_TRUE(testing_support::PipelineEvents("한빛증권 인사\n\n한빛증권 오세훈 사장은 연임에 실패했다.\n",
                                              "outcome25-test")
                  .empty());
}

}  // namespace
}  // namespace hirewire::normalize
