// Korean shapes learnt from the blind batches events-b41/b42, thirtieth session (docs/events.md, "Korean
// learning from b41/b42", branch evlearn30). Own sentences (no sentence, person or invented company of a test
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
    // 1. The additive particle 도 closes a subject: "NAME TITLE도 … 사의를 표명했다" is the person's own
    // departure,
    //    however long the clause (the particle search no longer runs on to the object "사의를").
    {"additive-subject",
     "식품업계 대표 잇단 사의\n\n가람식품은 3일 오진우 대표가 물러난다고 밝혔다.\n\n같은 날 제과업체 누리제과의 한서윤 대표도 임기를 1년 남기고 사의를 표명했다.",
     {{"departure", "누리제과", "한서윤", "", "left"}}},
    {"additive-subject",
     "건설사 CEO 교체\n\n소망건설 배도현 사장도 실적 부진에 대한 책임을 지고 사의를 밝혔다.",
     {{"departure", "소망건설", "배도현", "", "left"}}},
    {"additive-subject",
     "증권가 수장 교체\n\n다올증권은 박태수 대표가 용퇴했다고 밝혔다. 다올증권의 최은솔 부사장도 최근 사의를 표명했다.",
     {{"departure", "다올증권", "최은솔", "", "left"}}},
    // 2. A hire told with the person as its object and no subject: the paragraph's topic hires (after "ORG는
    // …
    //    보강했다."), else, in a paragraph with no organization as topic, the story's organization.
    {"subjectless-hire",
     "한결생명, 리스크 라인 보강\n\n한결생명은 리스크 관리 조직도 손질했다. 삼성화재 출신 문채원 상무를 최고위험관리책임자(CRO)로 영입했다.",
     {{"hire", "한결생명", "문채원", "Samsung Fire & Marine Insurance", "joined"}}},
    {"subjectless-hire",
     "누리모빌리티 임원 인사\n\n누리모빌리티가 2일 정기 임원 인사를 발표했다.\n\n자율주행 사업을 키우기 위해 외부 인재도 데려왔다. "
     "현대자동차에서 자율주행 개발을 이끌어 온 강도윤 상무를 전무로 영입했다.",
     {{"hire", "누리모빌리티", "강도윤", "*", ""}}},
    {"subjectless-hire",
     "온빛게임즈, 개발 총괄 영입\n\n온빛게임즈는 신작 개발 체계를 새로 짰다. 넥슨 출신 윤하람 디렉터를 개발 총괄로 영입했다.",
     {{"hire", "온빛게임즈", "윤하람", "Nexon", "joined"}}},
    // 3. A public body's kind (공사, 공단, 재단) opening a sentence as its topic names the organization whose
    // name
    //    ends in it.
    {"body-noun",
     "한결수자원공사 인사\n\n한결수자원공사 신임 사장에 노태민 전 차관이 임명됐다.\n\n노 사장은 취임사에서 혁신을 강조했다.\n\n"
     "공사는 이날 상임감사에 서민지 전 감사원 국장을 임명했다고 밝혔다.",
     {{"hire", "한결수자원공사", "서민지", "*", "joined"}}},
    {"body-noun",
     "누리환경공단 이사 선임\n\n누리환경공단이 새 이사장을 맞았다.\n\n공단은 5일 기획이사에 정유진 전 환경부 국장을 선임했다.",
     {{"hire", "누리환경공단", "정유진", "*", "joined"}}},
    {"body-noun",
     "한빛장학재단 사무총장\n\n한빛장학재단이 조직을 개편했다.\n\n재단은 사무총장에 김태오 교수를 임명했다.",
     {{"hire", "한빛장학재단", "김태오", "", "joined"}}},
    // 4. The side that carries out or announces a reshuffle (X가 … 임원 인사를 단행했다/발표했다) is the
    // company,
    //    a Latin-capital name the recognizer does not know.
    {"reshuffle-subject",
     "QT네트웍 2026년 임원 인사\n\nQT네트웍이 27일 2026년 정기 임원 인사를 단행했다.\n\n오세준 전무는 부사장으로 승진해 "
     "기업사업부문장을 맡는다.",
     {{"hire", "QT네트웍", "오세준", "", ""}}},
    {"reshuffle-subject",
     "HB플러스 임원 인사\n\nHB플러스가 28일 임원 인사를 발표했다. 인사는 내년 1월 1일자로 시행된다.\n\n"
     "정하윤 상무와 이도겸 전무는 후진을 위해 용퇴했다.",
     {{"departure", "HB플러스", "정하윤", "", "left"}, {"departure", "HB플러스", "이도겸", "", "left"}}},
    {"reshuffle-subject",
     "MJ브로드밴드 인사\n\nMJ브로드밴드는 1일 상반기 정기 인사를 실시했다.\n\n외부 인재도 수혈했다. 구글클라우드 출신 서하준 "
     "상무를 클라우드사업담당 전무로 영입했다.",
     {{"hire", "MJ브로드밴드", "서하준", "*", ""}}},
    // 5. Hearsay told with 다는 얘기 / 다는 말이 나오다 is a rumour (a statistic row, as 다는 소문): an
    // acceptance only
    //    it tells leaves the offer open.
    {"rumour",
     "가온캐피탈, 청솔라이프 CIO에 러브콜\n\n가온캐피탈은 최근 석지후 청솔라이프 최고투자책임자(CIO)에게 한국법인 대표 자리를 "
     "제안했다. 석 CIO는 아직 제안을 수락하지 않았으며 업계 일각에서는 이미 수락했다는 얘기도 나온다.",
     {{"offer", "가온캐피탈", "석지후", "*", "offered"}}},
    {"rumour",
     "도담파트너스, 운용역 영입 추진\n\n도담파트너스는 윤채하 한빛자산운용 본부장에게 연봉 15억원을 제시했다. 윤 본부장은 "
     "거취를 고민하고 있다. 시장에서는 윤 본부장이 이미 수락했다는 말이 나온다.",
     {{"offer", "도담파트너스", "윤채하", "*", "offered"}}},
};

class EventsLearnKo30 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsLearnKo30, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "learnko30-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsLearnKo30, testing::ValuesIn(kCases));

// The KRW gloss written with a currency word ("(한화 약 …원)", "(원화 …원)") is the offer's KRW amount, also
// when a headline states the dollar amount bare: the amount converts at the article's rate, not a table's.
TEST(EventsLearnKo30, GlossWithCurrencyWordIsTheKrwAmount) {
  struct Gloss {
    const char* text;
    const char* candidate;
    const char* krw;
  };
  const Gloss kGlosses[] = {
      {"오르다AI, 연구자에 '2000만 달러' 제안\n\n미국 오르다AI가 한결랩 소속 배서진 박사에게 4년간 최대 2000만 달러(한화 약 "
       "280억원)의 보상 패키지를 제시했다.",
       "배서진", "28000000000"},
      {"바이오 대표 영입\n\n누리바이오는 화이자 출신 임도훈 박사에게 연봉 150만 달러(원화 21억원)를 제시했다.",
       "임도훈", "2100000000"},
      {"칩 설계자 영입전\n\n실리온반도체는 설계자 조하린 수석에게 500만 달러(한화 70억원)를 제안했다.",
       "조하린", "7000000000"},
  };
  for (const Gloss& g : kGlosses) {
    const auto got = testing_support::PipelineEvents(g.text, "learnko30-test");
    const Event* e = testing_support::FindCandidate(got, g.candidate);
    ASSERT_NE(e, nullptr) << g.text;
    bool found = false;
    for (const Offer& o : e->offers) found = found || o.krw == g.krw;
    EXPECT_TRUE(found) << g.candidate << ": no offer of " << g.krw << " won";
  }
}

// What must not be read: an additive object ("김 전무도 영입했다") is no self-departure's mover; a
// subjectless hire clause that names its own subject organization keeps it; a greeting (인사를 전했다) makes
// no company.
TEST(EventsLearnKo30, ControlsKeepTheirReading) {
  const auto object = testing_support::PipelineEvents(
      "한솔화학 인사\n\n한솔화학은 남궁민 상무를 전무로 승진시켰다. 회사는 LG화학 출신 양지호 전무도 영입했다.",
      "learnko30-test");
  for (const Event& e : object) EXPECT_NE(EventTypeName(e.type), "departure") << e.candidate;
  const auto own = testing_support::PipelineEvents(
      "보험업계 인사\n\n가온생명은 리스크 조직을 손질했다. 한빛캐피탈은 삼성생명 출신 류지수 상무를 CRO로 영입했다.",
      "learnko30-test");
  EXPECT_FALSE(HasEvent(own, "가온생명", "류지수"));
  const auto greeting = testing_support::PipelineEvents(
      "새해 인사\n\nPK미디어는 1일 임직원에게 새해 인사를 전했다.\n\n한도현 PK미디어 대표는 \"도약의 해\"라고 말했다.",
      "learnko30-test");
  EXPECT_TRUE(greeting.empty());
}

}  // namespace
}  // namespace hirewire::normalize
