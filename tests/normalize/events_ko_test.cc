// Korean hiring events on hand-built articles (entities given, no scanners): glossed names with an
// age, destinations marked by 에 before a position, dated background segments, coordinated people,
// headline summaries, designated appointments. One case per rule of the Korean path.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "normalize/events.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

using testing_support::AddEntities;
using testing_support::BuiltCase;

class KoreanEvents : public testing::TestWithParam<BuiltCase> {};

TEST_P(KoreanEvents, ReadsTheEventsAReaderWouldList) { testing_support::ExpectBuiltCase(GetParam(), true); }

INSTANTIATE_TEST_SUITE_P(
    Rules, KoreanEvents,
    testing::Values(
        BuiltCase{"a post named after the unit it heads (스튜디오장): the company employs, the unit word alone is no employer", "ko",
               {"한솔게임즈, 인디 개발사 픽셀웍스 인수", "픽셀웍스 공동창업자인 박도현 대표는 한솔게임즈 신규 스튜디오의 스튜디오장을 맡았다."},
               {{"company", "한솔게임즈"}, {"company", "픽셀웍스"}, {"person", "박도현"}, {"company", "스튜디오"}},
               {"hire 한솔게임즈 <- 박도현 /  (joined)"}},
        BuiltCase{"a nominating committee opening the lead acts for a company: the post's bank employs, not the committee", "ko",
               {"최영수 한결은행장 연임 가닥",
                "(서울=뉴스1) 한결금융지주 자회사최고경영자후보추천위원회(자추위)는 최영수 한결은행장을 차기 은행장 후보로 "
                "단독 추천했다고 12일 밝혔다.",
                "최 행장은 이달 말 한결은행 주주총회에서 최종 선임된다."},
               {{"organization", "한결금융지주 자회사최고경영자후보추천위원회"}, {"person", "최영수"}, {"company", "한결은행"}},
               {"hire 한결은행 <- 최영수 /  (accepted)"}},
        BuiltCase{"a relative clause before the name (X를 이끌던 / X에서 … 이끌어온) gives the mover's origin", "ko",
               {"대성건설을 이끌던 김도윤 사장은 대성물산 대표로 자리를 옮겼다.",
                "한빛회계법인 재무자문본부에서 실사를 이끌어온 이수민 파트너를 나래회계법인이 영입했다."},
               {{"company", "대성건설"}, {"company", "대성물산"}, {"company", "한빛회계법인"},
                {"company", "나래회계법인"}, {"person", "김도윤"}, {"person", "이수민"}},
               {"hire 대성물산 <- 김도윤 / 대성건설 (joined)", "hire 나래회계법인 <- 이수민 / 한빛회계법인 (joined)"}},
        BuiltCase{"counted groups: new executives promoted, a move after a sentence dated by a year (the year "
               "dates only its own sentence)", "ko",
               {"이번 인사에서 한결반도체는 신규 임원 27명을 포함해 모두 41명을 승진시켰다.",
                "오 대표는 2020년 씨마인드를 세웠다. 씨마인드의 엔지니어 18명도 모두 대양조선으로 소속을 옮겼다."},
               {{"company", "한결반도체"}, {"company", "씨마인드"}, {"company", "대양조선"}, {"person", "오"}},
               {"hire 한결반도체 <- executives /  (joined)",
                "hire 대양조선 <- engineers from 씨마인드 / 씨마인드 (joined)"}},
        BuiltCase{"같은 after a name closed by a particle modifies the next noun (같은 날), not a simile", "ko",
               {"한빛공사 신임 사장에 윤명철 이사장이 임명됐다. 박종수 사장은 같은 날 임기를 마쳤다."},
               {{"organization", "한빛공사"}, {"person", "윤명철"}, {"person", "박종수"}},
               {"hire 한빛공사 <- 윤명철 /  (joined)", "departure 한빛공사 <- 박종수 /  (left)"}},
        BuiltCase{"a denial naming an organization drops only the person's move there", "ko",
               {"노바뮤직이 SM에서 음반 제작을 맡아온 류지안 디렉터를 영입했다.",
                "하이브도 류지안 디렉터에게 영입을 타진했다는 말이 돌았지만, 하이브 측은 사실무근이라고 부인했다."},
               {{"company", "노바뮤직"}, {"company", "SM"}, {"company", "하이브"}, {"person", "류지안"}},
               {"hire 노바뮤직 <- 류지안 / SM (joined)"}},
        BuiltCase{"a later sentence announcing the start (임기를 시작한다) makes the appointment accepted", "ko",
               {"한빛대학교는 배성호 교수를 총장으로 선임했다.",
                "배성호 교수는 투표에서 과반을 얻었다. 장관 승인을 거쳐 다음 달 21일부터 4년 임기를 시작한다.",
                "대성은행은 김도현 부행장을 행장으로 선임했다. 김도현 행장은 이날 취임식을 가졌다."},
               {{"organization", "한빛대학교"}, {"company", "대성은행"}, {"person", "배성호"}, {"person", "김도현"}},
               {"hire 한빛대학교 <- 배성호 /  (accepted)", "hire 대성은행 <- 김도현 /  (joined)"}},
        BuiltCase{"the announced start's subject may carry titles, a former/new marker or an appointee noun between "
               "the name and its particle (배성호 총장 선임자는, 김도현 전 부행장은, 오민지 총장 당선인은); a start told as past "
               "leaves the hire joined", "ko",
               {"한빛대학교는 배성호 교수를 총장으로 선임했다.", "배성호 총장 선임자는 교육부 승인을 거쳐 다음 달 취임한다.",
                "대성은행은 김도현 부행장을 행장으로 선임했다.", "김도현 전 부행장은 내달 1일 취임한다.",
                "한결대학교는 오민지 교수를 총장으로 선임했다.", "오민지 총장 당선인은 다음 달 1일 취임한다.",
                "나래대학교는 정현우 교수를 총장으로 선임했다.", "정현우 총장 선임자는 지난 1일 취임했다."},
               {{"organization", "한빛대학교"}, {"company", "대성은행"}, {"organization", "한결대학교"},
                {"organization", "나래대학교"}, {"person", "배성호"}, {"person", "김도현"}, {"person", "오민지"},
                {"person", "정현우"}},
               {"hire 한빛대학교 <- 배성호 /  (accepted)", "hire 대성은행 <- 김도현 /  (accepted)",
                "hire 한결대학교 <- 오민지 /  (accepted)", "hire 나래대학교 <- 정현우 /  (joined)"}},
        BuiltCase{"a start announced for a plural referent (이들은, 두 사람은) makes every hire of the last list accepted; a "
               "start told as under way leaves them joined", "ko",
               {"법무법인 나래는 공정거래위원회 출신 정하늘 전 국장과 오민석 전 과장을 영입했다.", "두 사람은 다음 달 1일부터 출근한다.",
                "한결전자는 삼성전자 출신 윤태호 상무와 인텔 출신 서도윤 이사를 영입했다.", "이들은 다음 달 합류할 예정이다.",
                "대성전자는 LG전자 출신 강지민 상무와 구글 출신 문태웅 이사를 영입했다.", "이들은 지난달부터 출근하고 있다."},
               {{"company", "법무법인 나래"}, {"organization", "공정거래위원회"}, {"company", "한결전자"}, {"company", "삼성전자"},
                {"company", "인텔"}, {"company", "대성전자"}, {"company", "LG전자"}, {"company", "구글"}, {"person", "정하늘"},
                {"person", "오민석"}, {"person", "윤태호"}, {"person", "서도윤"}, {"person", "강지민"}, {"person", "문태웅"}},
               {"hire 법무법인 나래 <- 정하늘 / 공정거래위원회 (accepted)", "hire 법무법인 나래 <- 오민석 / 공정거래위원회 (accepted)",
                "hire 한결전자 <- 윤태호 / 삼성전자 (accepted)", "hire 한결전자 <- 서도윤 / 인텔 (accepted)",
                "hire 대성전자 <- 강지민 / LG전자 (joined)", "hire 대성전자 <- 문태웅 / 구글 (joined)"}},
        BuiltCase{"a counted group is announced like a person by a plural referent or a start noun naming no one (이들은 다음 "
               "달 1일부터 출근한다, 발령일은 내년 1월 2일이다); a start under way leaves it joined", "ko",
               {"한빛전자가 삼성전자 출신 연구원 5명을 영입했다. 이들은 다음 달 1일부터 출근한다.",
                "나래게임즈는 넥슨 개발자 8명을 영입했다. 발령일은 내년 1월 2일이다.",
                "한결전자가 LG전자 출신 연구원 6명을 영입했다. 이들은 지난달부터 출근하고 있다."},
               {{"company", "한빛전자"}, {"company", "삼성전자"}, {"company", "나래게임즈"}, {"company", "넥슨"},
                {"company", "한결전자"}, {"company", "LG전자"}},
               {"hire 한빛전자 <- researchers from 삼성전자 / 삼성전자 (accepted)",
                "hire 나래게임즈 <- developers from 넥슨 / 넥슨 (accepted)",
                "hire 한결전자 <- researchers from LG전자 / LG전자 (joined)"}},
        BuiltCase{"a person called designate (appointee_noun 내정자, past title words, with any particle) is not yet in the "
               "post: the hire is accepted; one called by a title only stays joined", "ko",
               {"한빛대 이사회는 배성호 교수를 총장으로 선임했다. 배성호 총장 내정자는 3월 1일 취임하며 임기는 4년이다.",
                "나래제약은 오민지 전무를 대표로 선임했다. 이사회는 오민지 내정자를 만장일치로 추천했다.",
                "한결카드는 정현우 부사장을 대표로 발탁했다. 업계는 정현우 대표 내정자의 경영 능력을 높이 평가했다.",
                "대성은행은 김도현 부행장을 행장으로 선임했다. 김도현 행장 내정자는 4월 임기를 시작하며 디지털 전환을 이끈다.",
                "세광제약은 윤지호 전무를 대표로 선임했다. 윤지호 대표는 이날 취임했다."},
               {{"organization", "한빛대"}, {"company", "나래제약"}, {"company", "한결카드"}, {"company", "대성은행"},
                {"company", "세광제약"}, {"person", "배성호"}, {"person", "오민지"}, {"person", "정현우"}, {"person", "김도현"},
                {"person", "윤지호"}},
               {"hire 한빛대 <- 배성호 /  (accepted)", "hire 나래제약 <- 오민지 /  (accepted)",
                "hire 한결카드 <- 정현우 /  (accepted)", "hire 대성은행 <- 김도현 /  (accepted)",
                "hire 세광제약 <- 윤지호 /  (joined)"}},
        BuiltCase{"a start noun as the topic, dated by a time to come (발령일은, 합류 시점은, NAME 행장의 임기는, NAME 대표의 "
               "연임은), makes the move accepted: every hire of the last list when the sentence names no one; a past "
               "time or a term's end leaves it joined", "ko",
               {"한빛전자가 삼성전자 출신 김도윤 상무와 이하은 이사를 영입했다고 3일 밝혔다. 발령일은 다음 달 1일이다.",
                "법무법인 나래가 김앤장 출신 박서준 변호사를 파트너로 영입했다. 합류 시점은 내년 3월이다.",
                "대성은행 이사회는 정민우 부행장을 행장으로 선임했다. 정민우 행장의 임기는 내년 1월 1일부터 3년이다.",
                "세광제약은 유한양행 출신 오세훈 박사를 영입했다. 합류 시점은 지난달 1일이었다.",
                "나래카드는 한지수 부사장을 대표로 선임했다. 임기는 내년 3월까지다."},
               {{"company", "한빛전자"}, {"company", "삼성전자"}, {"company", "법무법인 나래"}, {"company", "김앤장"},
                {"company", "대성은행"}, {"company", "세광제약"}, {"company", "유한양행"}, {"company", "나래카드"},
                {"person", "김도윤"}, {"person", "이하은"}, {"person", "박서준"}, {"person", "정민우"}, {"person", "오세훈"},
                {"person", "한지수"}},
               {"hire 한빛전자 <- 김도윤 / 삼성전자 (accepted)", "hire 한빛전자 <- 이하은 / 삼성전자 (accepted)",
                "hire 법무법인 나래 <- 박서준 / 김앤장 (accepted)", "hire 대성은행 <- 정민우 /  (accepted)",
                "hire 세광제약 <- 오세훈 / 유한양행 (joined)", "hire 나래카드 <- 한지수 /  (joined)"}},
        BuiltCase{"a dated start naming no one (이 박사는 다음 달부터 …, 임기는 내년 1월 1일부터) makes the hire read "
               "last before it accepted; a start dated as past does not", "ko",
               {"한빛전자는 구글 출신 이서준 박사를 AI 총괄로 영입했다. 이 박사는 다음 달부터 새 조직을 맡는다.",
                "대성은행은 김도현 부행장을 행장으로 선임했다. 임기는 내년 1월 1일부터다.",
                "나래제약은 정현우 센터장을 영입했다. 정 센터장은 내년 1월 합류하기로 했던 것으로 알려졌다."},
               {{"company", "한빛전자"}, {"company", "구글"}, {"company", "대성은행"}, {"company", "나래제약"},
                {"person", "이서준"}, {"person", "김도현"}, {"person", "정현우"}},
               {"hire 한빛전자 <- 이서준 / 구글 (accepted)", "hire 대성은행 <- 김도현 /  (accepted)",
                "hire 나래제약 <- 정현우 /  (joined)"}},
        BuiltCase{"a press-release list (▲ title name) gives a hire per item; △ biography lines give nothing", "ko",
               {"한빛은행, 하반기 정기 인사",
                "한빛은행이 1일자로 정기 인사를 단행했다.",
                "◇ 신임 지역본부장 ▲ 서울강남지역본부장 김태원 ▲ 호남지역본부장 최민호",
                "◇ 신임 본부장(외부 영입) ▲ 디지털전략본부장 한상우(前 대성뱅크 상무)",
                "◇ 한상우 본부장 △1970년 서울 △대성뱅크 상무 △대성카드 팀장"},
               {{"company", "한빛은행"}, {"company", "대성뱅크"}, {"company", "대성카드"}, {"person", "김태원"},
                {"person", "최민호"}, {"person", "한상우"}},
               {"hire 한빛은행 <- 김태원 /  (joined)", "hire 한빛은행 <- 최민호 /  (joined)",
                "hire 한빛은행 <- 한상우 / 대성뱅크 (joined)"}},
        BuiltCase{"a division named alone in a list item (△파운드리사업부 CTO 이름) is where the post is; the "
               "employer is the company", "ko",
               {"한결전자, 사장단 인사", "한결전자가 2일 사장단 인사를 단행했다.",
                "△DS부문장 김도형(사장) △파운드리사업부 CTO 한지수(사장 승진)"},
               {{"company", "한결전자"}, {"organization", "파운드리사업부"}, {"person", "김도형"},
                {"person", "한지수"}},
               {"hire 한결전자 <- 김도형 /  (joined)", "hire 한결전자 <- 한지수 /  (joined)"}},
        BuiltCase{"a group counted the same at the same employer is one group, however the headline and the "
               "body spell its origin", "ko",
               {"신화메모리, 대성 출신 엔지니어 20명 영입",
                "신화메모리는 올해 대성반도체에서 설계를 맡았던 엔지니어를 20명 영입했다."},
               {{"company", "신화메모리"}, {"company", "대성반도체"}, {"company", "대성"}},
               {"hire 신화메모리 <- engineers from 대성 / 대성 (joined)"}},
        BuiltCase{"a post marked as the next one (차기 총장에) is designated: accepted", "ko",
               {"한빛대학교 이사회는 차기 총장에 서울대 배성호 교수를 선임했다."},
               {{"organization", "한빛대학교"}, {"organization", "서울대"}, {"person", "배성호"}},
               {"hire 한빛대학교 <- 배성호 / 서울대 (accepted)"}},
        BuiltCase{"the announced start reads the subject past the age after the name", "ko",
               {"대성게임즈는 한빛게임즈 출신 오세린 본부장을 영입했다.",
                "오세린(45) 본부장은 다음 달 1일부터 출근할 예정이다."},
               {{"company", "대성게임즈"}, {"company", "한빛게임즈"}, {"person", "오세린"}},
               {"hire 대성게임즈 <- 오세린 / 한빛게임즈 (accepted)"}},
        BuiltCase{"a one-syllable reference glued to the word before it is a particle, not a person", "ko",
               {"한빛마트 대표에는 남궁석 한빛마트 영업본부장(전무)이 부사장으로 승진하며 선임됐다."},
               {{"company", "한빛마트"}, {"person", "남궁석"}, {"person", "이"}},
               {"hire 한빛마트 <- 남궁석 /  (joined)"}},
        BuiltCase{"스태프 with a count is a group", "ko",
               {"대성뮤직의 A&R 스태프 4명도 다음 달 한빛뮤직에 합류할 예정이다."},
               {{"company", "대성뮤직"}, {"company", "한빛뮤직"}},
               {"hire 한빛뮤직 <- staff from 대성뮤직 / 대성뮤직 (accepted)"}},
        BuiltCase{"a Hangul name glossed with an age goes by its spelling", "ko",
               {"넷마블은 에픽게임즈 출신 데이비드 콜린스(David Collins·51)를 영입했다고 밝혔다."},
               {{"company", "넷마블"}, {"company", "에픽게임즈"}, {"person", "데이비드 콜린스"}, {"person", "David Collins"}},
               {"hire 넷마블 <- David Collins / 에픽게임즈 (joined)"}},
        BuiltCase{"X에 with a position before the join verb is the destination", "ko",
               {"구글 딥마인드 런던 연구소에서 일하던 최윤서 박사가 스타트업 노바브레인에 최고과학책임자(CSO)로 합류했다."},
               {{"company", "구글 딥마인드"}, {"company", "노바브레인"}, {"person", "최윤서"}},
               {"hire 노바브레인 <- 최윤서 / 구글 딥마인드 (joined)"}},
        BuiltCase{"a year opening the segment makes the move background", "ko",
               {"이 부사장은 넥슨에서 기획을 맡았고, 2016년 라이엇게임즈 미국 로스앤젤레스 본사로 옮겼다."},
               {{"company", "넥슨"}, {"company", "라이엇게임즈"}, {"person", "이준호"}},
               {}},
        BuiltCase{"a designated appointee (내정) has accepted; who takes office has joined", "ko",
               {"롯데바이오로직스가 삼성바이오로직스 출신 윤정석 전 부사장을 신임 대표이사로 내정했다.",
                "한울그룹은 한울화학 대표이사에 이재원 부사장을 선임했다."},
               {{"company", "롯데바이오로직스"}, {"company", "삼성바이오로직스"}, {"company", "한울그룹"},
                {"company", "한울화학"}, {"person", "윤정석"}, {"person", "이재원"}},
               {"hire 롯데바이오로직스 <- 윤정석 / 삼성바이오로직스 (accepted)", "hire 한울화학 <- 이재원 /  (joined)"}},
        BuiltCase{"a headline's event folds into the body's event about the same person", "ko",
               {"넷마블, 에픽게임즈 출신 콜린스 북미법인 대표로 영입",
                "넷마블은 북미 자회사 넷마블US의 신임 대표에 콜린스 부사장을 선임했다고 밝혔다."},
               {{"company", "넷마블US"}, {"company", "넷마블"}, {"company", "에픽게임즈"}, {"person", "콜린스"}},
               {"hire 넷마블US <- 콜린스 / 에픽게임즈 (joined)"}},
        BuiltCase{"the origin told in one clause stays with the person's event read in another", "ko",
               {"신세계그룹이 SSG닷컴의 대표를 교체했다. 후임으로는 경쟁사 쿠팡에서 물류 혁신을 이끌었던 배수현 전 부사장을 영입했다.",
                "신세계그룹은 SSG닷컴 신임 대표에 배수현 전 부사장을 선임했다."},
               {{"company", "신세계그룹"}, {"company", "SSG닷컴"}, {"company", "쿠팡"}, {"person", "배수현"}},
               {"hire SSG닷컴 <- 배수현 / 쿠팡 (joined)"}},
        BuiltCase{"the present tense announces a move (accepted); the past states it (joined)", "ko",
               {"삼성전자가 퀄컴 출신 프리야 라만 디렉터를 영입한다.", "LG전자는 구글 출신 김하늘 박사를 영입했다."},
               {{"company", "삼성전자"}, {"company", "퀄컴"}, {"company", "LG전자"}, {"company", "구글"},
                {"person", "프리야 라만"}, {"person", "김하늘"}},
               {"hire 삼성전자 <- 프리야 라만 / 퀄컴 (accepted)", "hire LG전자 <- 김하늘 / 구글 (joined)"}},
        BuiltCase{"the organization before a move noun is the destination; a counted group takes the one before it", "ko",
               {"라만 부사장과 함께 일해온 퀄컴 엔지니어 3명도 삼성전자 합류를 결정했다."},
               {{"company", "퀄컴"}, {"company", "삼성전자"}},
               {"hire 삼성전자 <- engineers from 퀄컴 / 퀄컴 (joined)"}},
        BuiltCase{"a broadcaster a person moves to is the employer, not the outlet; 옮긴다 announces the move", "ko",
               {"KBS 간판 예능을 연출해 온 문성재 PD가 JTBC로 자리를 옮긴다."},
               {{"organization", "KBS"}, {"publication", "JTBC"}, {"person", "문성재"}},
               {"hire JTBC <- 문성재 / KBS (accepted)"}},
        BuiltCase{"a destination marked 으로 before the move verb's object", "ko",
               {"한울반도체의 이도윤 상무가 대성전자로 자리를 옮겼다."},
               {{"company", "한울반도체"}, {"company", "대성전자"}, {"person", "이도윤"}},
               {"hire 대성전자 <- 이도윤 / 한울반도체 (joined)"}},
        BuiltCase{"a counted group takes the organization before one modifier word as its origin", "ko",
               {"넷마블이 인디 게임 개발사 픽셀포레스트 소속 개발자 12명을 채용했다."},
               {{"company", "넷마블"}, {"company", "픽셀포레스트"}},
               {"hire 넷마블 <- developers from 픽셀포레스트 / 픽셀포레스트 (joined)"}},
        BuiltCase{"people listed before 등 ORG 임원 N명 take the group's origin", "ko",
               {"삼성SDI는 이상민 부사장, 강지훈 전무 등 LG에너지솔루션 임원 2명을 각각 개발팀장과 영업담당으로 영입했다."},
               {{"company", "삼성SDI"}, {"company", "LG에너지솔루션"}, {"person", "이상민"}, {"person", "강지훈"}},
               {"hire 삼성SDI <- 이상민 / LG에너지솔루션 (joined)", "hire 삼성SDI <- 강지훈 / LG에너지솔루션 (joined)"}},
        BuiltCase{"a past experience (바 있다) or a move dated 지난해 is background", "ko",
               {"이마트는 노은재 부사장을 영입했다. 지난해에는 홈플러스 출신 임원 2명이 롯데마트로 옮긴 바 있다.",
                "CXMT는 삼성전자 출신 임원 3명을 영입한 바 있다."},
               {{"company", "이마트"}, {"company", "홈플러스"}, {"company", "롯데마트"}, {"company", "CXMT"},
                {"company", "삼성전자"}, {"person", "노은재"}},
               {"hire 이마트 <- 노은재 /  (joined)"}},
        BuiltCase{"a denied group move drops the group's events; a hiring plan is no event", "ko",
               {"현대차가 미국 테슬라 출신 임원을 영입한다는 일부 보도에 대해 사실이 아니라고 밝혔다.",
                "앞서 일부 매체는 현대차가 테슬라 출신 임원 3명과 접촉해 센터장 자리를 제안했다고 보도했다.",
                "현대차는 소프트웨어 인력을 2000명 이상 추가로 채용하겠다는 계획을 발표했다."},
               {{"company", "현대차"}, {"company", "테슬라"}},
               {}},
        BuiltCase{"staying with the current team (에 남는다) with no retention offer turns the rival's offer down", "ko",
               {"오태훈은 한울 트윈스로부터 4년 총액 90억원의 제안을 받았다.", "오태훈이 원 소속팀 대성 베어스에 남는다."},
               {{"company", "한울 트윈스"}, {"company", "대성 베어스"}, {"person", "오태훈"}},
               {"offer 한울 트윈스 <- 오태훈 / 대성 베어스 (declined)"}},
        BuiltCase{"staying after the current team's counter-offer (역제안) accepts that offer", "ko",
               {"오태훈은 한울 트윈스로부터 4년 총액 90억원의 제안을 받았다. 대성 베어스는 곧바로 역제안에 나섰다.",
                "오태훈이 원 소속팀 대성 베어스에 남는다."},
               {{"company", "한울 트윈스"}, {"company", "대성 베어스"}, {"person", "오태훈"}},
               {"offer 한울 트윈스 <- 오태훈 / 대성 베어스 (declined)", "offer 대성 베어스 <- 오태훈 /  (accepted)"}},
        BuiltCase{"a counter-offer (역제안) by the current employer, with no one named in its sentence but the "
               "person's title, has no previous employer (never the rival) and stays offered", "ko",
               {"AWS가 한빛텔레콤의 서지안 상무에게 아시아 총괄 자리를 제안했다. 서 상무는 아직 결정을 내리지 않았다.",
                "한빛텔레콤은 서 상무에게 전무 승진을 골자로 한 역제안을 내놨다."},
               {{"company", "AWS"}, {"company", "한빛텔레콤"}, {"person", "서지안"}},
               {"offer AWS <- 서지안 / 한빛텔레콤 (offered)", "offer 한빛텔레콤 <- 서지안 /  (offered)"}},
        BuiltCase{"a resignation handed in now beside a start later (사표를 냈으며, 다음 달 초 … 합류할 예정이다) is an "
               "accepted hire, not a move made", "ko",
               {"한울투자증권은 미래에셋증권에서 인수금융 본부를 이끌던 남궁현 전무를 부사장으로 영입하기로 했다.",
                "남궁현 전무는 최근 미래에셋증권에 사표를 냈으며, 다음 달 초 한울투자증권에 합류할 예정이다."},
               {{"company", "한울투자증권"}, {"company", "미래에셋증권"}, {"person", "남궁현"}},
               {"hire 한울투자증권 <- 남궁현 / 미래에셋증권 (accepted)"}},
        BuiltCase{"임용했다 appoints; a graduate school (대학원, a unit) is part of the post, the university employs", "ko",
               {"서울대는 대성전자 출신 김재원 박사를 AI대학원 교수로 임용했다."},
               {{"organization", "서울대"}, {"company", "대성전자"}, {"organization", "AI대학원"}, {"person", "김재원"}},
               {"hire 서울대 <- 김재원 / 대성전자 (joined)"}},
        BuiltCase{"a contrast ending after any stem (받았으나, 하였으나) closes the clause: a pending answer in the next "
               "clause leaves the offer of the first standing", "ko",
               {"김하늘 연구원은 네이버로부터 연봉 5억원을 제안받았으나 아직 확답을 하지 않았다.",
                "한결증권은 오민재 전무에게 부사장 자리를 제시하였으나 오 전무는 아직 결정하지 않았다."},
               {{"company", "네이버"}, {"company", "한결증권"}, {"person", "김하늘"}, {"person", "오민재"}},
               {"offer 네이버 <- 김하늘 /  (offered)", "offer 한결증권 <- 오민재 /  (offered)"}},
        BuiltCase{"a move told only as a medium's report (영입했다고 보도했다) in an article that denies is no event", "ko",
               {"소니, 넥슨 개발자 영입설", "일본 매체 닛케이는 소니가 넥슨 출신 개발자 김태희를 영입했다고 보도했다.",
                "그러나 소니 측은 이를 부인했다."},
               {{"company", "소니"}, {"company", "넥슨"}, {"publication", "닛케이"}, {"person", "김태희"}},
               {}},
        BuiltCase{"a reported move with no denial in the article stays", "ko",
               {"블룸버그통신은 메타가 오픈AI 연구원 정하윤을 영입했다고 보도했다."},
               {{"company", "메타"}, {"company", "오픈AI"}, {"publication", "블룸버그통신"}, {"person", "정하윤"}},
               {"hire 메타 <- 정하윤 / 오픈AI (joined)"}},
        BuiltCase{"a cohort in a bracket after a name (사법연수원 28기, 행정고시 40회) is no previous employer", "ko",
               {"법무법인 세종이 김앤장 출신 박준호(사법연수원 28기) 변호사를 영입했다.",
                "한결회계법인은 최유나(행정고시 40회) 전 국장을 영입했다."},
               {{"company", "법무법인 세종"}, {"company", "김앤장"}, {"organization", "사법연수원"},
                {"company", "한결회계법인"}, {"organization", "행정고시"}, {"person", "박준호"}, {"person", "최유나"}},
               {"hire 법무법인 세종 <- 박준호 / 김앤장 (joined)", "hire 한결회계법인 <- 최유나 /  (joined)"}},
        BuiltCase{"a decided hire the clause signs (영입하기로 하고 … 계약을 마무리했다) is a done agreement: accepted", "ko",
               {"한빛증권은 최민수 상무를 영입하기로 하고 최근 계약을 마무리했다.",
                "대한생명은 김지훈 전무를 채용하기로 하고 지난주 계약서에 서명했다.",
                "오션테크는 박서준 박사를 스카우트하기로 하고 3년 계약을 체결했다."},
               {{"company", "한빛증권"}, {"company", "대한생명"}, {"company", "오션테크"}, {"person", "최민수"},
                {"person", "김지훈"}, {"person", "박서준"}},
               {"hire 한빛증권 <- 최민수 /  (accepted)", "hire 대한생명 <- 김지훈 /  (accepted)",
                "hire 오션테크 <- 박서준 /  (accepted)"}},
        BuiltCase{"a decided hire with a comma and a date before the signing, two people: both accepted", "ko",
               {"법무법인 태산은 김앤장의 정우성 변호사와 한지민 변호사를 영입하기로 하고, 지난달 말 계약을 마무리했다."},
               {{"company", "법무법인 태산"}, {"company", "김앤장"}, {"person", "정우성"}, {"person", "한지민"}},
               {"hire 법무법인 태산 <- 정우성 / 김앤장 (accepted)", "hire 법무법인 태산 <- 한지민 / 김앤장 (accepted)"}},
        BuiltCase{"a decided hire with no signing, or with an offer after it, stays an open offer", "ko",
               {"한빛증권은 최민수 상무를 영입하기로 했다.", "대한생명은 김지훈 전무를 영입하기로 하고 연봉 10억원을 제시했다."},
               {{"company", "한빛증권"}, {"company", "대한생명"}, {"person", "최민수"}, {"person", "김지훈"}},
               {"offer 한빛증권 <- 최민수 /  (offered)", "offer 대한생명 <- 김지훈 /  (offered)"}},
        BuiltCase{"the move as the topic (영입은, 채용은) before a person: that person did the hiring, no candidate", "ko",
               {"대한바이오는 화이자 출신 김나래 전무를 영입했다.", "영입은 이상철 대한바이오 회장이 직접 주도했다."},
               {{"company", "대한바이오"}, {"company", "화이자"}, {"person", "김나래"}, {"person", "이상철"}},
               {"hire 대한바이오 <- 김나래 / 화이자 (joined)"}},
        BuiltCase{"the topic move noun with a determiner and a coordinated clause after it", "ko",
               {"동해조선은 삼성중공업 출신 한지호 상무를 채용했다.",
                "이번 채용은 윤재석 동해조선 대표가 직접 맡았고, 윤 대표는 거제를 두 차례 찾았다."},
               {{"company", "동해조선"}, {"company", "삼성중공업"}, {"person", "한지호"}, {"person", "윤재석"}},
               {"hire 동해조선 <- 한지호 / 삼성중공업 (joined)"}},
        BuiltCase{"a start told as made by the appointee as subject (이날부터 … 임기를 새로 시작했다) settles a designation as joined", "ko",
               {"한빛생명은 김도형 전무를 신임 대표로 내정했다고 밝혔다.", "김도형 대표는 이날 취임식을 갖고 업무에 들어갔다."},
               {{"company", "한빛생명"}, {"person", "김도형"}},
               {"hire 한빛생명 <- 김도형 /  (joined)"}},
        BuiltCase{"a start to come (임기를 시작한다) leaves the designation accepted", "ko",
               {"한빛생명은 김도형 전무를 신임 대표로 내정했다고 밝혔다.", "김도형 대표는 다음 달 임기를 시작한다."},
               {{"company", "한빛생명"}, {"person", "김도형"}},
               {"hire 한빛생명 <- 김도형 /  (accepted)"}},
        BuiltCase{"a span opened by a past time (지난해부터 … 까지) dates no background move: the group hire is the story's", "ko",
               {"후둥중화조선은 지난해부터 올해 상반기까지 삼성중공업 출신 설계 인력 20여 명을 채용했다."},
               {{"company", "후둥중화조선"}, {"company", "삼성중공업"}},
               {"hire 후둥중화조선 <- staff from 삼성중공업 / 삼성중공업 (joined)"}},
        BuiltCase{"a span from a year (2024년부터 … 까지) likewise", "ko",
               {"대성화학은 2024년부터 지금까지 LG화학 출신 연구원 30여 명을 영입했다."},
               {{"company", "대성화학"}, {"company", "LG화학"}},
               {"hire 대성화학 <- researchers from LG화학 / LG화학 (joined)"}},
        BuiltCase{"a past time with no span still makes the group background", "ko",
               {"대성화학은 지난해 LG화학 출신 연구원 30여 명을 영입했다."},
               {{"company", "대성화학"}, {"company", "LG화학"}},
               {}},
        BuiltCase{"a year with 부터 and no end dates the move itself (2020년부터 … 합류했고): background", "ko",
               {"대성화학은 2020년부터 LG화학 출신 연구원 30여 명을 영입했다."},
               {{"company", "대성화학"}, {"company", "LG화학"}},
               {}},
        BuiltCase{"a birth decade (1980년대생) inside a title count dates no move", "ko",
               {"한누리텔레콤은 1980년대생 4명을 포함한 신임 상무 15명을 선임했다."},
               {{"company", "한누리텔레콤"}},
               {"hire 한누리텔레콤 <- 상무 /  (joined)"}},
        BuiltCase{"a birth year (1990년생) likewise, with 포함해", "ko",
               {"대성화학은 1990년생 2명을 포함해 신임 임원 12명을 선임했다."},
               {{"company", "대성화학"}},
               {"hire 대성화학 <- executives /  (joined)"}},
        BuiltCase{"a birth decade in the next sentence leaves the count read", "ko",
               {"한결증권은 신규 상무 9명을 발탁했다. 이 가운데 1970년대생이 2명이다."},
               {{"company", "한결증권"}},
               {"hire 한결증권 <- 상무 /  (joined)"}},
        BuiltCase{"a zero subject after a framing 로는 (외부 인재로는 X를 영입했다): the story's organization hires", "ko",
               {"한누리텔레콤이 2026년 정기 임원 인사를 단행했다고 4일 밝혔다.", "외부 인재로는 구글 딥마인드의 엘렌 김 디렉터를 AI사업부문장으로 영입했다."},
               {{"company", "한누리텔레콤"}, {"company", "구글 딥마인드"}, {"person", "엘렌 김"}},
               {"hire 한누리텔레콤 <- 엘렌 김 / 구글 딥마인드 (joined)"}},
        BuiltCase{"the same with another frame word and verb (새 사외이사로는 X를 선임했다)", "ko",
               {"대성화학이 정기 주주총회 안건을 공시했다.", "새 사외이사로는 김앤장 법률사무소의 최민호 변호사를 선임했다."},
               {{"company", "대성화학"}, {"company", "김앤장 법률사무소"}, {"person", "최민호"}},
               {"hire 대성화학 <- 최민호 / 김앤장 법률사무소 (joined)"}},
        BuiltCase{"a framing 로는 with an organization as the subject: that organization hires", "ko",
               {"대성화학이 정기 주주총회 안건을 공시했다.", "신임 CFO로는 한빛전자가 삼일회계법인 출신 박지훈 전무를 영입했다."},
               {{"company", "대성화학"}, {"company", "한빛전자"}, {"company", "삼일회계법인"}, {"person", "박지훈"}},
               {"hire 한빛전자 <- 박지훈 / 삼일회계법인 (joined)"}},
        BuiltCase{"a speculated move is no move", "ko",
               {"업계에서는 문재영 사장이 경쟁사인 한울반도체로 자리를 옮길 것이라는 관측이 나온다."},
               {{"company", "한울반도체"}, {"person", "문재영"}},
               {}}));

// An employer recognized under an English canonical name keeps the article's own spellings.
TEST(KoreanEventsSpelling, EmployerKeepsTheArticlesSpellings) {
  Article a;
  a.language = "ko";
  a.paragraphs = {"삼성전자는 퀄컴 출신 김하늘 박사를 영입했다."};
  AddEntities(&a, {{"company", "삼성전자"}, {"company", "퀄컴"}, {"person", "김하늘"}});
  a.entities[0].canonical = "Samsung Electronics";
  a.entities[0].aliases = {"삼성"};
  std::vector<Event> ev = BuildEvents(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].employer, "Samsung Electronics");
  EXPECT_EQ(ev[0].employer_aliases, (std::vector<std::string>{"삼성전자", "삼성"}));
}

// So does the previous employer ("퀄컴" beside Qualcomm).
TEST(KoreanEventsSpelling, PreviousEmployerKeepsTheArticlesSpellings) {
  Article a;
  a.language = "ko";
  a.paragraphs = {"삼성전자는 퀄컴 출신 김하늘 박사를 영입했다."};
  AddEntities(&a, {{"company", "삼성전자"}, {"company", "퀄컴"}, {"person", "김하늘"}});
  a.entities[1].canonical = "Qualcomm";
  std::vector<Event> ev = BuildEvents(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].previous_employer, "Qualcomm");
  EXPECT_EQ(ev[0].previous_employer_aliases, (std::vector<std::string>{"퀄컴"}));
}

// A foreign name written in Hangul with no Latin spelling in the article keeps its Hangul
// spelling: as the candidate when the recognizer's canonical is a machine romanization (low
// confidence), as candidate_aliases beside the canonical of a name in the alias table (b26 ko-01
// "데이비드 하" beside "David Ha"; the scorer and a reader take either). A hand-built entity
// (confidence 0) and a name the article also spells in Latin letters have no alias.
TEST(KoreanEventsSpelling, AForeignNameKeepsTheArticlesSpelling) {
  struct Case {
    const char* sentence;
    const char* hangul;
    const char* canonical;
    double confidence;
    const char* want;        // the candidate
    const char* want_alias;  // the candidate's one alias, or ""
  };
  const Case cases[] = {
      {"현대자동차 북미권역본부장이던 그레그 마틴 사장은 일신상의 이유로 사임했다.", "그레그 마틴", "Geulegeu Matin", 0.6, "그레그 마틴", ""},
      {"현대자동차 북미권역본부장이던 그레그 마틴 사장은 일신상의 이유로 사임했다.", "그레그 마틴", "Greg Martin", 0.95, "Greg Martin", "그레그 마틴"},
      {"현대자동차는 마이크론 출신의 데이비드 하 부사장을 영입했다.", "데이비드 하", "David Ha", 0.9, "David Ha", "데이비드 하"},
      {"현대자동차는 구글 출신 제프 딘 박사를 AI연구소장으로 영입했다.", "제프 딘", "Jeff Dean", 0.9, "Jeff Dean", "제프 딘"},
      {"현대자동차는 샘 올트먼 오픈AI 최고경영자를 사외이사로 선임했다.", "샘 올트먼", "Sam Altman", 0.9, "Sam Altman", "샘 올트먼"},
      {"현대자동차는 데이비드 하 부사장을 영입했다. David Ha는 마이크론 출신이다.", "데이비드 하", "David Ha", 0.9, "David Ha", ""},
  };
  for (const Case& c : cases) {
    Article a;
    a.language = "ko";
    a.paragraphs = {c.sentence};
    AddEntities(&a, {{"company", "현대자동차"}, {"company", "마이크론"}, {"company", "구글"}, {"company", "오픈AI"}, {"person", c.hangul}});
    a.entities.back().canonical = c.canonical;
    a.entities.back().confidence = c.confidence;
    std::vector<Event> ev = BuildEvents(a);
    ASSERT_FALSE(ev.empty()) << c.sentence;
    EXPECT_EQ(ev[0].candidate, c.want) << c.sentence;
    EXPECT_EQ(ev[0].candidate_aliases, *c.want_alias ? std::vector<std::string>{c.want_alias} : std::vector<std::string>{})
        << c.sentence;
  }
}

}  // namespace
}  // namespace hirewire::normalize
