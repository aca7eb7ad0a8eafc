// Failed bids for a start-up's team (thirty-fifth session, branch evrecur35; docs/events.md): a bid sought
// "mainly for its team of about 35 engineers" or "인수를 통해 개발팀 15명을 확보하려" is an attempt on that
// counted team, the start-up its previous employer; the start-up itself is no candidate (cues.tsv bid_team
// aim rows, origins.cc AimedTeamIn). A headcount in a sentence that states no aim of the bid leaves the
// company the candidate. Own sentences (none a sentence of a test batch), each a whole article through the
// pipeline; the reading before the change (main 64645ee3) is in the comment of each case. A league
// (frames.tsv league_word) is no employer of a player signed by the club that opens the clause ("The Harbor
// City Comets signed …"; league_descriptors.cc). An organization followed by a capitalized business word
// ("Hyundai Card") is an affiliate of its own, not the brand's best-known company (employer_names.tsv
// affiliate_word).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::EventCase;

const EventCase kCases[] = {
    // 1. English: the bid was sought "mainly for its team of about 35 engineers": the attempt's candidate is
    // that
    // team, its origin the start-up (before: the start-up Fennick Labs as the candidate).
    {"aim-its-team-of",
     "Corbell Systems drops bid for robotics startup Fennick Labs\n"
     "\n"
     "Corbell Systems has ended talks to buy Fennick Labs, a Lyon startup that builds grasping software, "
     "after the two companies could not agree on a price, people familiar with the matter said.\n"
     "\n"
     "Corbell had pursued the deal mainly for its team of about 35 engineers, the people said. Fennick's "
     "board rejected the final proposal last week.\n"
     "\n"
     "Fennick said it would stay independent.",
     {{"acquisition_attempt", "Corbell Systems", "*", "Fennick Labs", "failed", 35}},
     {{"acquisition_attempt", "Corbell Systems", "Fennick Labs", "*"}}},
    // 2. English: "had hoped to bring in its roughly 25 researchers through the deal" (before: the start-up).
    {"aim-bring-in-its-researchers",
     "Halvard Cloud walks away from Sorrel AI deal\n"
     "\n"
     "Halvard Cloud abandoned its attempt to acquire Sorrel AI, a Boston developer of speech models, "
     "after talks stalled over retention terms, according to a statement on Tuesday.\n"
     "\n"
     "Halvard had hoped to bring in its roughly 25 researchers through the deal, two people said. The "
     "talks ended on Friday.",
     {{"acquisition_attempt", "Halvard Cloud", "*", "Sorrel AI", "", 25}},
     {{"acquisition_attempt", "Halvard Cloud", "Sorrel AI", "*"}}},
    // 3. Control: a headcount in a sentence that states no aim of the bid ("Quorra employs 300 people") is
    // no team of the bid: the candidate stays the company (unchanged).
    {"no-aim-headcount-stays-company",
     "Tallow Pharma's bid for Quorra Bio collapses\n"
     "\n"
     "Tallow Pharma said on Monday that its attempt to acquire Quorra Bio, a maker of diagnostic kits, "
     "had collapsed after the two sides failed to agree on price. Quorra employs 300 people at two plants "
     "in Ohio.\n"
     "\n"
     "Quorra Bio said it would pursue a listing next year.",
     {{"acquisition_attempt", "Tallow Pharma", "Quorra Bio", "Quorra Bio", "failed"}},
     {}},
    // 4. Korean: "인수를 통해 개발팀 15명을 한꺼번에 확보하려": the counted team before the aim is the
    // candidate (before:
    // the start-up 보라웍스).
    {"aim-ko-team-before-secure",
     "한솔게임즈, AI 스타트업 보라웍스 인수 무산\n"
     "\n"
     "한솔게임즈가 추진해 온 AI 스타트업 보라웍스 인수가 최종 무산됐다.\n"
     "\n"
     "업계에 따르면 한솔게임즈는 보라웍스 인수를 통해 개발팀 15명을 한꺼번에 확보하려 했으나 가격 차이를 좁히지 못해 협상이 결렬됐다.\n"
     "\n"
     "보라웍스 측은 \"독자 생존을 택했다\"고 밝혔다.",
     {{"acquisition_attempt", "한솔게임즈", "*", "보라웍스", "failed", 15}},
     {{"acquisition_attempt", "한솔게임즈", "보라웍스", "*"}}},
    // 5. Korean: the team told by reference in the next sentence ("이 회사의 설계 인력 60여 명을 확보해";
    // before: the
    // start-up).
    {"aim-ko-this-company-staff",
     "서진중공업, 선박 설계사 인수 무산\n"
     "\n"
     "서진중공업이 추진해 온 핀란드 선박 설계업체 노르디아마린 인수가 무산됐다. 이 회사의 설계 인력 60여 명을 확보해 설계 역량을 키우려던 계획도 미뤄지게 됐다.\n"
     "\n"
     "서진중공업 관계자는 \"다른 방안을 찾고 있다\"고 말했다.",
     {{"acquisition_attempt", "서진중공업", "*", "노르디아마린", "failed", 60}},
     {{"acquisition_attempt", "서진중공업", "노르디아마린", "*"}}},
    // 6. Control: "직원 80명 규모의 항체 개발 회사다" describes the start-up; no aim row: the company stays
    // the
    // candidate (unchanged).
    {"no-aim-ko-headcount-stays-company",
     "한빛바이오, 셀마루 인수 무산\n"
     "\n"
     "한빛바이오가 추진하던 바이오 스타트업 셀마루 인수가 무산됐다. 셀마루는 직원 80명 규모의 항체 개발 회사다.\n"
     "\n"
     "양측은 가격 차이를 좁히지 못해 협상을 끝냈다고 업계 관계자가 전했다.",
     {{"acquisition_attempt", "한빛바이오", "셀마루", "셀마루", "failed"}},
     {}},
    // 7. Korean: the sentence that states the bid's aim, "민지오 대표를 포함한 개발진 25명을 확보하는 것을
    // 인수의 전제로",
    // tells the attempt's team: no group hire and no hire of the named head beside it (before: the start-up
    // as the
    // candidate, and hires of 민지오 and of "developers (25)").
    {"aim-sentence-no-separate-hires",
     "태성전자, 로봇 스타트업 하랑로보틱스 인수 무산\n"
     "\n"
     "태성전자가 추진해 온 로봇 스타트업 하랑로보틱스 인수가 결국 무산됐다.\n"
     "\n"
     "업계에 따르면 태성전자는 지난 봄부터 인수 협상을 벌였지만 가격 조건에서 합의하지 못했다. 태성전자는 민지오 대표를 "
     "포함한 개발진 25명을 확보하는 것을 인수의 전제로 삼았던 것으로 전해졌다.\n"
     "\n"
     "하랑로보틱스는 독자 투자 유치에 나설 계획이다.",
     {{"acquisition_attempt", "태성전자", "*", "하랑로보틱스", "failed", 25}},
     {{"hire", "태성전자", "*", "*"}},
     {},
     {"민지오"},
     {},
     1},
    // 8. English: "The Harbor City Comets signed … Tomas Reyes …, bolstering a bullpen that finished last in
    // the
    // American League": the club that opens the clause as the signer employs the player, not the league
    // (before: a
    // hire at American League).
    {"league-not-the-club",
     "Harbor City Comets add veteran closer Reyes\n"
     "\n"
     "The Harbor City Comets signed right-hander Tomas Reyes to a two-year, $9 million contract on "
     "Monday, bolstering a bullpen that finished last in the American League in saves.\n"
     "\n"
     "Reyes, 31, spent the past four seasons with the Pine Valley Owls. He passed his physical on Sunday, "
     "the club said.",
     {{"*", "Harbor City Comets", "Tomas Reyes"}},
     {},
     {"American League"}},
    // 9. Control: a federation that hires for itself ("The Coastal Rugby Federation hired Dana Whitcombe")
    // keeps the
    // event (unchanged).
    {"federation-hires-itself",
     "Coastal Rugby Federation names new chief executive\n"
     "\n"
     "The Coastal Rugby Federation hired Dana Whitcombe as chief executive on Tuesday, the governing body "
     "said.\n"
     "\n"
     "Whitcombe, 48, was previously the commercial director of the Eastgate Rovers club.",
     {{"hire", "Coastal Rugby Federation", "Dana Whitcombe"}}},
    // 10. English: "head of marketing at Hyundai Card": the brand extended by a business word
    // (employer_names.tsv
    // affiliate_word) is its own company, not the brand's best-known one; a known affiliate keeps its alias
    // (before:
    // previous employer Hyundai Motor).
    {"affiliate-not-the-brand",
     "Seorin Card names new chief executive\n"
     "\n"
     "Seorin Card said Monday that Yoon Ha-eun took office as its chief executive. Yoon had been head of "
     "marketing at Hyundai Card until last month.\n"
     "\n"
     "Seorin Card also said Baek Tae-min, a former risk officer at Samsung Life, joined as chief risk "
     "officer.",
     {{"hire", "Seorin Card", "Yoon Ha-eun", "Hyundai Card"},
      {"hire", "Seorin Card", "Baek Tae-min", "Samsung Life Insurance"}},
     {{"*", "*", "Yoon Ha-eun", "Hyundai Motor"}}},
};

class EventsRecur35 : public testing::TestWithParam<EventCase> {};

TEST_P(EventsRecur35, ReadsTheShape) { testing_support::ExpectCase(GetParam(), "recur35-test"); }

INSTANTIATE_TEST_SUITE_P(Cases, EventsRecur35, testing::ValuesIn(kCases));

}  // namespace
}  // namespace hirewire::normalize
