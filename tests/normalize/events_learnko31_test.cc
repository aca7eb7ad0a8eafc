// Korean shapes learnt from the blind batches events-b43/b44, thirty-first session (docs/events.md, "Korean
// learning from b43/b44", branch evlearn31). Own sentences (no sentence, person or invented company of a test
// batch), each a whole article through the pipeline's steps, with the previous employer and the outcome
// checked where the rule sets them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;
using testing_support::HasEvent;

const EventCase kCases[] = {
    // 1. "회사를 떠난 것으로 확인됐다/알려졌다": the adnominal 떠난 before 것으로 closes the person's own
    // departure
    //    (frames.tsv trigger 떠난 것으로; 떠난 alone stays a relative clause: "회사를 떠난 임원").
    {"left-reported",
     "가온케미칼 대표 사임\n\n가온케미칼의 오승민 대표가 사임했다.\n\n신사업을 총괄해온 류재원 부사장도 지난달 말 회사를 떠난 것으로 "
     "확인됐다.",
     {{"departure", "가온케미칼", "오승민", "", "left"}, {"departure", "가온케미칼", "류재원", "", "left"}}},
    {"left-reported",
     "다온물산 임원 이탈\n\n다온물산은 올해 해외사업을 키우고 있다.\n\n해외영업을 이끈 배서윤 전무가 회사를 떠난 것으로 알려졌다.",
     {{"departure", "다온물산", "배서윤", "", "left"}}},
    // 2. A compound post closing the person's noun phrase ("영업본부장은", "기획실장이") is a title near the
    // person: a
    //    self departure in a sentence that names no organization is read (before: only a bare title, 본부장,
    //    was).
    {"compound-title",
     "한솔전자 임원 사임\n\n한솔전자는 신제품 출시 일정을 미뤘다. 이준서 영업본부장은 책임을 지고 사임했다.",
     {{"departure", "한솔전자", "이준서", "", "left"}}},
    {"compound-title",
     "누리건설 인사\n\n누리건설은 2일 김도하 사장의 연임을 의결했다.\n\n도시개발을 이끈 홍지석 기획실장이 사표를 냈다.",
     {{"hire", "누리건설", "김도하", "", ""}, {"departure", "누리건설", "홍지석", "", "left"}}},
    // 3. 진흥원 (a promotion agency) opening a sentence as its topic names the agency whose name ends in it.
    {"agency-noun",
     "한국콘텐츠기술진흥원 원장 취임\n\n한국콘텐츠기술진흥원은 배유진 전 문화체육관광부 국장이 제4대 원장으로 임명됐다고 밝혔다.\n\n"
     "진흥원은 이날 최도겸 경영기획실장을 상임이사로 임명했다.",
     {{"hire", "한국콘텐츠기술진흥원", "최도겸", "", "joined"}}},
    // 4. Three to five capital letters alone (a broadcaster's initials) as the subject of a hiring sentence,
    // written
    //    twice in the article, are the employer (employer_names: before only "GS리테일"-shaped names were).
    {"initials",
     "HNB 사장 연임\n\nHNB는 14일 정기 주주총회를 열고 석도윤 사장의 연임을 의결했다.\n\nHNB는 이어 열린 이사회에서 "
     "남하린 부국장을 보도본부장에 발탁했다.",
     {{"hire", "HNB", "석도윤", "", ""}, {"hire", "HNB", "남하린", "", "joined"}}},
    // 5. "이번 인사는 내년 1월 1일부로 시행된다": 부로 like 자로 dates the reshuffle later; its appointments
    // are accepted.
    {"reshuffle-buro",
     "다온그룹 사장단 인사\n\n다온그룹이 27일 계열사 사장단 인사를 단행했다. 이번 인사는 내년 1월 1일부로 시행된다.\n\n"
     "다온화학 대표에는 윤태경 부사장이 발탁됐다.",
     {{"hire", "다온화학", "윤태경", "", "accepted"}}},
    // 6. A slot list whose posts open with their organization ("A사 대표에는 X가, B사 대표에는 Y가 각각
    // 내정됐다"):
    //    each conjunct is read, the person's noun phrase may carry an organization and a bracketed title.
    {"slot-list-org",
     "한솔그룹 계열사 대표 교체\n\n한솔그룹이 임원인사를 발표했다.\n\n한솔화학 대표에는 김도윤 한솔화학 영업본부장(부사장)이, "
     "한솔건설 대표에는 이서진 한솔건설 기획실장(전무)이 각각 내정됐다.",
     {{"hire", "한솔화학", "김도윤", "", "accepted"}, {"hire", "한솔건설", "이서진", "", "accepted"}}},
    {"slot-list-org",
     "누리금융 자회사 인사\n\n누리금융지주가 자회사 대표 인사를 냈다.\n\n누리캐피탈 대표에는 정하람 부사장이, 누리저축은행 "
     "대표에는 문도경 전무가 각각 선임됐다.",
     {{"hire", "누리캐피탈", "정하람", "", ""}, {"hire", "누리저축은행", "문도경", "", ""}}},
    // 7. Counted advisers and accountants (전문위원 3명, 회계사 2명) are groups.
    {"counted-experts",
     "법무법인 한결 조세팀 보강\n\n법무법인 한결이 판사 출신 김도윤 변호사를 영입했다.\n\n한결은 이와 함께 국세청 출신 전문위원 "
     "4명을 영입해 조세팀에 배치했다.",
     {{"hire", "법무법인 한결", "experts*", "*", "joined"}}},
    // 8. A general programming channel (종합편성채널, 종편) is a company cue: the name after it is the
    // destination.
    {"channel-cue",
     "한빛방송 앵커 이적\n\n한빛방송(HBS) 아침뉴스를 5년간 진행해온 김수아 앵커가 종합편성채널 누리티브이로 자리를 옮겼다.",
     {{"hire", "누리티브이", "김수아", "*", "joined"}}},
    // 9. A headline's "ORG 출신 A" titles A, not a person named after A in the headline: B's departure has no
    // origin.
    {"headline-origin",
     "한빛마트, 신임 대표에 이마트 출신 김도윤 부사장 영입…박서준 대표는 고문으로\n\n한빛마트는 8일 이사회를 열고 김도윤 전 이마트 "
     "부사장을 신임 대표이사로 선임했다고 밝혔다.\n\n2020년부터 한빛마트를 이끌어온 박서준 대표는 경영 고문으로 물러났다.",
     {{"hire", "한빛마트", "김도윤", "*", "joined"}, {"departure", "한빛마트", "박서준", "", "left"}}},
    // 10. A unit word between the organization and a former title ("NAME 전 ORG 소비자정책국 국장") leaves
    // the title's
    //     organization the person's origin.
    {"unit-before-title",
     "법무법인 해솔 영입\n\n법무법인 해솔은 최서아 전 공정거래위원회 소비자정책국 국장을 영입했다고 3일 밝혔다.",
     {{"hire", "법무법인 해솔", "최서아", "Fair Trade Commission (Korea)", "joined"}}},
    // 11. A start on the article's day ("이날부터 … 출근했으며") makes a later time a task's, no start: the
    // move is made.
    {"started-today",
     "한빛방송 앵커 이적\n\n한빛방송 김수아 앵커가 방송사 누리티브이로 자리를 옮겼다.\n\n김 앵커는 이날부터 누리티브이 "
     "보도국으로 출근했으며, 다음 달부터 평일 저녁 뉴스를 진행한다.",
     {{"hire", "누리티브이", "김수아", "*", "joined"}}},
};

class EventsLearnKo31 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnKo31, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnko31-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnKo31, testing::ValuesIn(kCases));

// What must not be read: a relative clause "회사를 떠난 NAME" describing the subject of another verb is no
// departure of its own; a title acronym (CEO) is no employer; a reshuffle dated to the article's own day
// (이날부로) stays joined; a handover on the day with no past verb leaves a dated start to come.
TEST(EventsLearnKo31, ControlsKeepTheirReading) {
  const auto relative = testing_support::PipelineEvents(
      "스타트업 창업\n\n지난해 가온전자를 떠난 정유나 전 상무는 누리랩을 창업했다.", "learnko31-test");
  EXPECT_FALSE(HasEvent(relative, "가온전자", "정유나"));
  const auto title = testing_support::PipelineEvents(
      "CEO 인사\n\nCEO는 14일 이사회를 열고 남하린 부국장을 본부장에 발탁했다. CEO는 말했다.",
      "learnko31-test");
  EXPECT_FALSE(HasEvent(title, "CEO", "남하린"));
  const auto today = testing_support::PipelineEvents(
      "다온그룹 인사\n\n다온그룹이 27일 사장단 인사를 단행했다. 이번 인사는 이날부로 시행된다.\n\n다온화학 대표에는 윤태경 "
      "부사장이 발탁됐다.",
      "learnko31-test");
  const Event* e = testing_support::FindCandidate(today, "윤태경");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(OutcomeName(e->outcome), "joined");
  // A day's handover with no past verb before the dated start leaves the start to come.
  const auto handover = testing_support::PipelineEvents(
      "다온화학 대표 선임\n\n다온화학은 윤태경 부사장을 신임 대표로 선임했다. 윤 부사장은 이날부터 인수인계를 받고 다음 달 "
      "1일자로 취임한다.",
      "learnko31-test");
  const Event* h = testing_support::FindCandidate(handover, "윤태경");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(OutcomeName(h->outcome), "accepted");
}

}  // namespace
}  // namespace hirewire::normalize
