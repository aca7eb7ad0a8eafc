// Employer names the recognizer missed (normalize/employer_names.h) on hand-built Korean articles:
// each case lists the organizations the events see after the view. Every row of the embedded
// table takes part in at least one case.
#include "normalize/employer_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "normalize/events.h"
#include "tests/normalize/article_builder.h"
#include "tests/normalize/event_case_table.h"

namespace hirewire::normalize {
namespace {

struct NameCase {
  const char* what;
  std::vector<std::string> paragraphs;
  std::vector<std::pair<std::string, std::string>> entities;  // type, surface (canonical = surface)
  std::vector<std::string> want;  // organizations after the view, "name:mentions", entity order
  const char* lang = "ko";
};

void PrintTo(const NameCase& c, std::ostream* os) { *os << c.what; }

Article Build(const NameCase& c) {
  return testing_support::ArticleWithEntities(c.lang, c.paragraphs, c.entities);
}

std::vector<std::string> Orgs(const Article& a) {
  std::vector<std::string> out;
  for (const Entity& e : a.entities)
    if (e.type != EntityType::kPerson) out.push_back(e.name + ":" + std::to_string(e.mentions.size()));
  return out;
}

const NameCase kCases[] = {
    {"a source phrase gives no employer; the subject after it hires",
     {"투자은행(IB) 업계에 따르면 대양조선해양은 삼성중공업에서 일한 김태식 전무를 영입했다.",
      "대양조선해양 관계자는 말했다."},
     {{"company", "투자은행"}, {"company", "삼성중공업"}, {"person", "김태식"}},
     {"삼성중공업:1", "대양조선해양:2"}},
    {"a country and a head: seen once",
     {"반도체업계에 따르면 중국 화신메모리는 류성훈 수석에게 이직을 제안했다."},
     {{"person", "류성훈"}},
     {"화신메모리:1"}},
    {"a kind of company and its modifier before the subject",
     {"중형 조선사 해성해양이 최영민 전 부사장을 신임 대표이사로 내정했다."},
     {{"person", "최영민"}},
     {"해성해양:1"}},
    {"heads",
     {"미국 버던트테라퓨틱스는 이 소장에게 자리를 제안했다. 일본 도와해상은 박 전무를 선임했다.",
      "국내 미래화재는 정 상무를 발탁했다. 개발사 한빛리테일은 김 이사를 채용했다.",
      "업체 룽하이에너지는 연구원을 스카우트했다. 삼성바이오에피스는 이수진 전무를 임명했다.",
      "미래솔루션은 최 부사장을 발탁했다."},
     {{"company", "삼성바이오"}},
     {"버던트테라퓨틱스:1", "도와해상:1", "미래화재:1", "한빛리테일:1", "룽하이에너지:1",
      "삼성바이오에피스:1", "미래솔루션:1"}},
    {"capital letters opening a Hangul name (no lettered unit, no title)",
     {"QX리테일은 박정우 전 상무를 신임 대표이사로 내정했다.", "DX부문이 김 상무를 선임했다.",
      "CJ회장이 윤 전무를 발탁했다."},
     {},
     {"QX리테일:1"}},
    {"no head: twice in the article",
     {"청운리테일은 박성진 대표가 연임에 성공했다.", "청운건설은 문 부사장을 영입했다.",
      "청운건설 측은 말했다."},
     {{"person", "박성진"}},
     {"청운리테일:1", "청운건설:2"}},
    {"no head, once: not a name", {"다온북스는 배 이사를 영입했다."}, {}, {}},
    {"Korean: a generic company noun as topic or subject names the company an earlier sentence opened with, else the "
     "article's",
     {"한빛반도체 사장단 인사",
      "외부 인재 영입도 이뤄졌다. 회사는 미국 퀄컴에서 일해 온 한지오 부사장을 영입했다.",
      "대성건설은 인사를 발표했다. 회사 측은 박 전무를 선임했다. 그룹은 정 상무를 발탁했다.",
      "구단이 최 감독을 선임했다. 은행은 오 부행장을 임명했다. 회사는 좋은 실적을 냈다. 동사는 윤 이사에게 연봉 5억원을 "
      "제시했다. 당사는 한 상무를 데려왔다."},
     {{"company", "한빛반도체"}, {"company", "퀄컴"}, {"company", "대성건설"}, {"person", "한지오"}},
     {"한빛반도체:2", "퀄컴:1", "대성건설:6"}},
    {"Korean: a sentence adverb or connective (subject_opener rows) before the generic company noun",
     {"세온바이오 인사",
      "세온바이오는 민 전무의 사임을 밝혔다. 이와 별도로 회사는 오 상무를 영입했다. 이와 함께 회사는 한 이사를 "
      "선임했다. 한편 회사는 윤 박사를 데려왔다. 또한 회사는 강 전무를 영입했다. 아울러 회사는 조 상무를 발탁했다. 이어 회사는 "
      "좋은 실적을 냈다."},
     {{"company", "세온바이오"}},
     {"세온바이오:7"}},
    {"the side that carries out or announces a reshuffle is its subject (인사를 단행/발표/실시); a greeting is none",
     {"HK스카이넷이 28일 정기 임원 인사를 단행했다. 한울파트너즈는 2026년 임원 인사를 발표했다.",
      "누리온은 상반기 인사를 실시했다. 다올미디어는 새해 인사를 전했다.",
      "HK스카이넷 관계자는 말했다. 한울파트너즈 측은 밝혔다. 누리온 측은 밝혔다. 다올미디어 측은 밝혔다."},
     {},
     {"HK스카이넷:2", "한울파트너즈:2", "누리온:2"}},
    {"Korean: a public body's kind (공사, 공단, 재단) as topic names the organization whose name ends in it",
     {"공공기관 인사", "한결해양공사 신임 사장에 오태진 전 차관이 임명됐다. 누리환경공단은 인사를 냈다.",
      "공사는 이날 상임이사에 문서윤 본부장을 임명했다. 공단은 윤 이사를 선임했다.",
      "한빛문화재단은 새 이사장을 맞았다. 재단은 사무총장에 강민호 교수를 선임했다."},
     {{"organization", "한결해양공사"},
      {"organization", "누리환경공단"},
      {"organization", "한빛문화재단"},
      {"person", "오태진"},
      {"person", "문서윤"},
      {"person", "강민호"}},
     {"한결해양공사:2", "누리환경공단:2", "한빛문화재단:2"}},
    {"Korean: 진흥원 (a promotion agency) as topic names the agency whose name ends in it",
     {"기관장 인사", "한국콘텐츠기술진흥원 신임 원장에 배유진 전 국장이 임명됐다.",
      "진흥원은 이날 상임이사에 최도겸 기획실장을 임명했다."},
     {{"organization", "한국콘텐츠기술진흥원"}, {"person", "배유진"}, {"person", "최도겸"}},
     {"한국콘텐츠기술진흥원:2"}},
    {"a unit after its parent stands for the parent; the parent on the page takes its mentions",
     {"윤재성 하나증권 리서치본부 이사와 강민석 KAIST 김재철AI대학원 교수가 합류했다.", "KAIST는 밝혔다.",
      "최민 대한적십자사 서울지사 팀장과 오준 우리은행 강남지점 차장도 옮겼다."},
     {{"company", "하나증권 리서치본부"},
      {"organization", "KAIST 김재철AI대학원"},
      {"organization", "KAIST"},
      {"organization", "대한적십자사 서울지사"},
      {"company", "우리은행 강남지점"}},
     {"하나증권:1", "KAIST:2", "대한적십자사:1", "우리은행:1"}},
    {"a department or division after its parent stands for the parent; a unit read apart right after its parent "
     "joins it",
     {"윤재석 서울대 조선해양공학과 교수와 정혜린 KAIST 전기및전자공학부 교수가 왔다.",
      "윤태민 미래에셋증권 IB1부문 상무와 한동석 삼성전자 파운드리사업부 부사장도 옮겼다.",
      "정태윤 LG에너지솔루션 배터리연구소 연구위원이 남았다. LG에너지솔루션 배터리연구소는 밝혔다. 국립암센터는 말했다."},
     {{"organization", "서울대 조선해양공학과"},
      {"organization", "KAIST 전기및전자공학부"},
      {"company", "미래에셋증권 IB1부문"},
      {"company", "삼성전자 파운드리사업부"},
      {"company", "LG에너지솔루션"},
      {"organization", "배터리연구소"},
      {"organization", "국립암센터"}},
     {"서울대:1", "KAIST:1", "미래에셋증권:1", "삼성전자:1", "LG에너지솔루션:2", "국립암센터:1"}},
    {"a particle against the last syllable ends no name",
     {"넥스트플레이 창업자 장우석 대표는 물러나고 김 부사장을 선임했다.", "넥스트플레이는 밝혔다."},
     {{"person", "장우석"}},
     {}},
    {"a post named after what it heads is no name; nor is a word whose particle is longer than the topic's",
     {"한빛반도체, 사장단 인사…메모리사업부장에 정태호 부사장 승진",
      "메모리사업부장에는 정태호 부사장이 선임됐다. 스튜디오장은 윤재민 대표가 맡아 선임됐다.",
      "스튜디오장은 업계의 관심을 받았다. 연구소장은 박 전무를 영입했다. 연구소장은 밝혔다."},
     {{"company", "한빛반도체"}, {"person", "정태호"}, {"person", "윤재민"}},
     {"한빛반도체:1"}},
    {"a Korean head word standing alone (스튜디오, 연구소) is a kind of unit, no name; a name ending in one stays",
     {"한솔게임즈 신규 스튜디오의 스튜디오장은 박도현 대표가 맡았다. 연구소는 밝혔다.",
      "한솔스튜디오는 김 이사를 영입했다."},
     {{"company", "한솔게임즈"},
      {"company", "스튜디오"},
      {"organization", "연구소"},
      {"company", "한솔스튜디오"}},
     {"한솔게임즈:1", "한솔스튜디오:1"}},
    {"a place glued to 법인 or 지사 (베트남법인, 유럽지사) is a company's arm, no name; a name ending in one stays",
     {"대성화학은 오 부사장을 생산본부장에 임명했다. 오 부사장은 베트남법인을 이끌었고 유럽지사에서도 일했다.",
      "한누리법인은 별도로 밝혔다."},
     {{"company", "대성화학"}, {"company", "베트남법인"}, {"company", "유럽지사"}, {"company", "한누리법인"}},
     {"대성화학:1", "한누리법인:1"}},
    {"English: a name set off by 'the … lender,' is a company; a person described by a post stays a person",
     {"Marlow Finch, the Scottish mid-sized lender, has appointed Dana Reyes as chief executive.",
      "Dana Reyes, the lender's first female chief, starts in May. Owen Tate, the bank chairman, agreed."},
     {{"person", "Marlow Finch"}, {"person", "Dana Reyes"}, {"person", "Owen Tate"}},
     {"Marlow Finch:1"},
     "en"},
    {"generic subjects and plurals",
     {"게임업계는 개발자 영입 경쟁이 치열하다. 그룹이사회는 김 사장을 선임했다.", "임원들은 영입됐다."},
     {},
     {}},
    {"spaced club names, each twice",
     {"프로야구 인천 드래곤즈가 부산 마린스 코치를 영입했다. 서울 타이거즈, 대구 라이온즈, 광주 자이언츠, 대전 이글스, 울산 "
      "웨일스, 수원 블루윙즈, 창원 다이노스, 전북 모터스, 포항 스틸러스 모두 없다.",
      "프로축구 인천 드래곤즈는 부산 마린스와 서울 타이거즈, 대구 라이온즈, 광주 자이언츠, 대전 이글스, 울산 웨일스, 수원 블루윙즈, 창원 "
      "다이노스, 전북 모터스, 포항 스틸러스를 이겼다."},
     {},
     {"서울 타이거즈:2", "부산 마린스:2", "인천 드래곤즈:2", "대구 라이온즈:2", "광주 자이언츠:2",
      "대전 이글스:2", "울산 웨일스:2", "수원 블루윙즈:2", "창원 다이노스:2", "전북 모터스:2",
      "포항 스틸러스:2"}},
    {"a spaced club name after a league word (club_lead rows), once; not without the league word or a nickname",
     {"프로야구 해온 타이탄스가 새 감독을 선임했다. 프로축구 가람 스파크스는 코치를 영입했다.",
      "프로농구 누리 워리어스는 선수를 영입했다. 프로배구 한결 썬더스도 감독을 선임했다. 청룡 스타즈는 이겼다. 프로야구 선수 출신이다.",
      "그는 전 미르 호크스 코치다. 미르 호크스는 졌다. 바람 이글스가 이겼다. 바람 이글스는 강하다."},
     {{"person", "미르 호크스"}},
     {"미르 호크스:2", "해온 타이탄스:1", "가람 스파크스:1", "누리 워리어스:1", "한결 썬더스:1",
      "바람 이글스:2"}},
    {"English: the owner of a hired person's title, also one taken for a person; an origin before veteran",
     {"The Bears hired Philadelphia Eagles offensive coordinator Marcus Doyle. Leeds completed the signing of "
      "Brighton winger Tariq Mensah.",
      "Verant recruited Laura Chen, a 15-year Genentech veteran. Genentech declined to comment.",
      "Orbis offered Halden Systems researcher Mia Park a job. Orbis poached Corvex analyst Ben Ito, lured Tarn "
      "Labs engineer Ada Roy, named Quell Bank economist Li Wu, appointed Fenwick partner Sam Oh and signed the "
      "Ostra striker Leo Vance. Orbis recruited Doran chemist Eve Lin. Orbis hired Vexa Capital's chief economist "
      "Nia Ode.",
      "A Stanwick alum and a Pelham alumnus came; Stanwick and Pelham said nothing. Leeds hired South Korean "
      "winger Kim Tae-yang. Orbis offered AI researcher Ada Roy a job."},
     {{"company", "Bears"},
      {"person", "Philadelphia Eagles"},
      {"person", "Marcus Doyle"},
      {"company", "Leeds"},
      {"person", "Tariq Mensah"},
      {"person", "Laura Chen"},
      {"company", "Orbis"},
      {"person", "Mia Park"},
      {"person", "Ben Ito"},
      {"person", "Ada Roy"},
      {"person", "Li Wu"},
      {"person", "Sam Oh"},
      {"person", "Leo Vance"},
      {"person", "Eve Lin"},
      {"person", "Kim Tae-yang"},
      {"person", "Nia Ode"}},
     {"Bears:1", "Philadelphia Eagles:1", "Leeds:2", "Orbis:5", "Brighton:1", "Genentech:2",
      "Halden Systems:1", "Corvex:1", "Tarn Labs:1", "Quell Bank:1", "Fenwick:1", "Ostra:1", "Doran:1",
      "Vexa Capital:1", "Stanwick:2", "Pelham:2"},
     "en"},
    {"English: a dateline opening a paragraph is no organization",
     {"Midland State names a president",
      "CEDAR FALLS, Iowa (AP) — Midland State on Tuesday named Angela Whitmore.",
      "SEOUL, Dec 2 (Reuters) - Hanbit Bank named Kim Ji-ho. (Reuters) - Hanbit said so."},
     {{"company", "Midland State"},
      {"company", "CEDAR FALLS"},
      {"person", "Angela Whitmore"},
      {"company", "SEOUL"},
      {"company", "Hanbit Bank"},
      {"person", "Kim Ji-ho"}},
     {"Midland State:2", "Hanbit Bank:1"},
     "en"},
    {"English: the organization a person heads in a relative clause; a brand after a kind-of-company noun",
     {"Park Man-soo, who has led Daesung Retail since 2021, will step down. Lee, who led Orion Bank, retired. Kim, "
      "who leads Tala Foods, left. Cho, who has run Vexa Labs, left. Han, who runs Pim Co, left. Yoo, who ran Lark "
      "Air, left. Oh, who heads Nolan Steel, left. Ko, who has headed Ridge Media, left. Ma, who headed Vale Bank, "
      "left. Ra, who led the company, left. Bo, who has run Genesis design since 2019, left.",
      "Streamer Lumen Play has hired Jordan Ellis. Lumen Play said so. The automaker Sakura Motors named a CEO; "
      "the startup Quill hired nobody. Startup Kite Labs hired Ann Lee."},
     {{"person", "Park Man-soo"},
      {"person", "Jordan Ellis"},
      {"company", "Sakura Motors"},
      {"person", "Ann Lee"}},
     {"Sakura Motors:1", "Daesung Retail:1", "Orion Bank:1", "Tala Foods:1", "Vexa Labs:1", "Pim Co:1",
      "Lark Air:1", "Nolan Steel:1", "Ridge Media:1", "Vale Bank:1", "Lumen Play:2"},
     "en"},
    {"English: the club or firm a person manages, coaches or leads now; a club left after its kind noun",
     {"Ames, who currently manages Torvik SK in Norway, said no. Bell, who manages Lund Rovers, stayed. Cole, who "
      "currently coaches Aldo Juniors, waited. Dunn, who coaches Perla Azul, left. Eady, who currently leads Sorn "
      "Ventures, stayed. Fenn, who currently runs Halm Foods, stayed.",
      "Gray, 50, left Danish club Vejle Boldklub in June. Hart left the club in May. Ives quit Serie B club Tevra "
      "Calcio last month. Jory left Coventry for good."},
     {{"person", "Ames"}, {"person", "Gray"}},
     {"Torvik SK:1", "Lund Rovers:1", "Aldo Juniors:1", "Perla Azul:1", "Sorn Ventures:1", "Halm Foods:1",
      "Vejle Boldklub:1", "Tevra Calcio:1"},
     "en"},
    {"English: where a hired coach was lured from",
     {"Orland hired Ames as coach, luring him away from Kestrel State with a big deal. Bree hired Cole, luring her "
      "away from Dunmore Tech, and Fenn, luring him from Halvern. Gale hired Ives, luring her from Lisk Poly. Hale "
      "lured him away from Marrow College last year; Jory lured her away from Nantle Bay in May. Kerr hired Lund, "
      "luring him away from the rival school."},
     {{"company", "Orland"}, {"company", "Bree"}, {"company", "Gale"}, {"company", "Kerr"}},
     {"Orland:1", "Bree:1", "Gale:1", "Kerr:1", "Kestrel State:1", "Dunmore Tech:1", "Halvern:1",
      "Lisk Poly:1", "Marrow College:1", "Nantle Bay:1"},
     "en"},
    {"English: 'The insurer', 'The London-listed lender' opening a hiring sentence is the article's organization",
     {"Samhwa Fire names Kim Ji-ho CEO. Orbis said nothing.",
      "The insurer also tapped Kwon Ji-ho as CFO. The London-listed lender has also hired Oliver Grant. The insurer said "
      "profits rose. The company's board named Bo Kim.",
      "The company hired Ann Lee. The firm hired Ann Lee. The lender hired Ann Lee. The bank hired Ann Lee. The carmaker hired Ann Lee. The automaker hired Ann Lee. The chipmaker hired Ann Lee. The carrier hired Ann Lee. The club hired Ann Lee. The retailer hired Ann Lee. The startup hired Ann Lee. The studio hired Ann Lee. The broadcaster hired Ann Lee. The university hired Ann Lee. The airline hired Ann Lee. The publisher hired Ann Lee. The conglomerate hired Ann Lee.",
      "The shipbuilder hired Ann Lee. The shipyard hired Ann Lee. The yard has also hired Ann Lee. The drugmaker hired Ann Lee. The battery maker also recruited Ann Lee. The fund last month hired Ann Lee. The lab has also brought on Ann Lee. The laboratory hired Ann Lee. The group also appointed Ann Lee. The agency hired Ann Lee. The institute hired Ann Lee. The hospital hired Ann Lee. The team signed Ann Lee. The tech giant has brought in Ann Lee. The network hired Ann Lee. The school hired Ann Lee. The group was hired by Ann Lee."},
     {{"company", "Samhwa Fire"}, {"company", "Orbis"}, {"person", "Kim Ji-ho"}, {"person", "Kwon Ji-ho"}},
     {"Samhwa Fire:36", "Orbis:1"},
     "en"},
    {"English: a sentence adverb (subject_opener rows) before 'the insurer' keeps it the article's organization; "
     "a name after the noun or no hiring verb is none",
     {"Halden Mutual picks a new CFO",
      "Halden Mutual Insurance said its chief executive will retire. Separately, the insurer hired Ravi Mehta as "
      "CFO. Meanwhile, the company named Tom Ash treasurer. In addition, the firm recruited Lena Fox. Also, the "
      "insurer signed Amy Ko.",
      "Separately, the insurer Orbis Re hired Bo Kim. Meanwhile, the company said profits rose."},
     {{"company", "Halden Mutual Insurance"},
      {"company", "Orbis Re"},
      {"person", "Ravi Mehta"},
      {"person", "Tom Ash"},
      {"person", "Lena Fox"},
      {"person", "Amy Ko"},
      {"person", "Bo Kim"}},
     {"Halden Mutual Insurance:5", "Orbis Re:1"},
     "en"},
    {"English: 'the bank', 'the firm' as the object of a join verb is the organization the sentence opens with, "
     "else the one an earlier sentence opened with; not before a name, not dated by a year",
     {"Orvel Bank names Kim",
      "Orvel Bank said Kim will join the bank in May. Lee joins the firm. Park joined the lender as CFO. Cho is "
      "joining the company. Ma will rejoin the bank. Ra rejoins the firm. Oh rejoined the company. Bo joined the "
      "automaker Sakura Motors. Yu, who joined the bank in 2019, left."},
     {{"company", "Orvel Bank"}, {"company", "Sakura Motors"}},
     {"Orvel Bank:9", "Sakura Motors:1"},
     "en"},
    {"English: a descriptor ending in 'researcher' is the person named later",
     {"Orbis offered an OpenAI researcher a job. The researcher, Ann Lee, said no."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'scientist' is the person named later",
     {"Orbis courted a senior Pfizer scientist. Orbis hired Ann Lee in May."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:2"},
     "en"},
    {"English: a descriptor ending in 'engineer' is the person named later",
     {"A Tesla engineer turned down Orbis. Ann Lee, a battery engineer, stays."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'trader' is the person named later",
     {"Orbis lured a Citadel rates trader. The trader Ann Lee starts in May."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'banker' is the person named later",
     {"A Goldman Sachs banker has rejected Orbis. Orbis had offered Ann Lee a job."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:2"},
     "en"},
    {"English: a descriptor ending in 'executive' is the person named later",
     {"Orbis hired an Apple executive. The executive, Ann Lee, starts soon."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'analyst' is the person named later",
     {"Orbis poached a star analyst, people said. Ann Lee, the analyst, declined to comment."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'manager' is the person named later",
     {"Orbis signed a hedge fund manager. Orbis recruited Ann Lee last week."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:2"},
     "en"},
    {"English: a descriptor ending in 'architect' is the person named later",
     {"A lead chip architect turned down Orbis. The architect, Ann Lee, stays."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'designer' is the person named later",
     {"Orbis hired a senior game designer. The designer, Ann Lee, starts soon."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'developer' is the person named later",
     {"Orbis lured a veteran developer, people said. Ann Lee, the developer, declined to comment."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'programmer' is the person named later",
     {"A graphics programmer has rejected Orbis. Orbis had offered Ann Lee a job."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:2"},
     "en"},
    {"English: a descriptor ending in 'lawyer' is the person named later",
     {"Orbis hired a top antitrust lawyer. The lawyer Ann Lee starts in May."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'economist' is the person named later",
     {"Orbis courted a senior economist. Orbis hired Ann Lee in May."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:2"},
     "en"},
    {"English: a descriptor ending in 'strategist' is the person named later",
     {"Orbis poached a rates strategist. The strategist, Ann Lee, joins in June."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"English: a descriptor ending in 'dealmaker' is the person named later",
     {"A veteran dealmaker turned down Orbis. Ann Lee, a media dealmaker, stays."},
     {{"company", "Orbis"}, {"person", "Ann Lee"}},
     {"Orbis:1"},
     "en"},
    {"Korean: a medium a person spoke to (X와의 통화에서, X과의 인터뷰에서) is no employer",
     {"룽신반도체는 박 전무에게 이직을 제안했다. 박 전무는 조선비즈와의 통화에서 거절했다고 말했다. 김 상무는 한국경제신문과의 통화에서, "
      "이 상무는 연합뉴스와 통화에서, 최 상무는 매일경제신문과 통화에서 말했다.",
      "정 상무는 한겨레와의 전화 통화에서, 오 상무는 중앙일보신문과의 전화 통화에서 말했다. 윤 상무는 머니투데이와의 인터뷰에서, 한 "
      "상무는 서울경제신문과의 인터뷰에서, 류 상무는 동아일보와 인터뷰에서, 조 상무는 이데일리신문과 인터뷰에서 말했다."},
     {{"company", "룽신반도체"},
      {"company", "조선비즈"},
      {"company", "한국경제신문"},
      {"company", "연합뉴스"},
      {"company", "매일경제신문"},
      {"company", "한겨레"},
      {"company", "중앙일보신문"},
      {"company", "머니투데이"},
      {"company", "서울경제신문"},
      {"company", "동아일보"},
      {"company", "이데일리신문"}},
     {"룽신반도체:1"}},
    {"Korean: a reviewing body before 취업심사 / 승인 / 인가 is no employer there",
     {"법무법인 세화는 오세훈 변호사를 영입했다. 오 변호사는 공직자윤리위원회 취업심사를 거쳐 합류한다. 정민우 대표는 금융감독원 승인을 받아 "
      "취임한다. 박지성 감사는 금융위원회 인가 절차를 거친다. 김 대표는 세원은행에서 승인 업무를 맡았다."},
     {{"company", "법무법인 세화"},
      {"organization", "공직자윤리위원회"},
      {"organization", "금융감독원"},
      {"organization", "금융위원회"},
      {"company", "세원은행"}},
     {"법무법인 세화:1", "세원은행:1"}},
    {"Korean: a common word with capitals before a unit head's title (리더, 팀장, 센터장, 실장, 그룹장) is a unit",
     {"정 CTO는 카카오에서 영상AI 리더를 맡았다. 한 박사는 보안AI 팀장을, 윤 박사는 금융IT 센터장을 맡는다. 오 전무는 의료AI 실장, "
      "김 전무는 음성AI 그룹장이다. 한결AI는 이 상무를 영입했다."},
     {{"company", "카카오"},
      {"company", "영상AI"},
      {"company", "보안AI"},
      {"company", "금융IT"},
      {"company", "의료AI"},
      {"company", "음성AI"},
      {"company", "한결AI"}},
     {"카카오:1", "한결AI:1"}},
    {"Korean: a field of work and 그룹 (field_group rows) is a division, no organization; a brand's group stays",
     {"한결은행은 김 부행장을 기업금융그룹장에, 이 부행장을 기업고객그룹장에, 박 부행장을 개인고객그룹장에 임명했다. 최 전무는 "
      "자산관리그룹과 리스크관리그룹을, 정 전무는 경영기획그룹과 경영지원그룹을 맡는다. 윤 상무는 디지털전략그룹 소속이다.",
      "법무법인 태성은 공정거래그룹, 조세그룹, 형사그룹을 두고 있다. 한결증권은 기관영업그룹과 투자금융그룹을 신설했다. "
      "롯데그룹은 오 사장을 영입했다."},
     {{"company", "한결은행"},
      {"organization", "기업금융그룹"},
      {"organization", "기업고객그룹"},
      {"organization", "개인고객그룹"},
      {"organization", "자산관리그룹"},
      {"organization", "리스크관리그룹"},
      {"organization", "경영기획그룹"},
      {"organization", "경영지원그룹"},
      {"organization", "디지털전략그룹"},
      {"organization", "공정거래그룹"},
      {"organization", "조세그룹"},
      {"organization", "형사그룹"},
      {"organization", "기관영업그룹"},
      {"organization", "투자금융그룹"},
      {"company", "법무법인 태성"},
      {"company", "한결증권"},
      {"company", "롯데그룹"}},
     {"한결은행:1", "법무법인 태성:1", "한결증권:1", "롯데그룹:1"}},
    {"Korean: a field of work alone (field_group rows), read out of a compound post after the firm, is no organization",
     {"대명증권은 김 전무를 영입했다. 이 상무와 문 이사는 각각 인수금융실장과 구조화금융팀장을 맡았다. 세한화재 장기보험본부장인 "
      "권 상무와 부동산금융 담당 오 이사도 합류했다."},
     {{"company", "대명증권"},
      {"company", "인수금융"},
      {"company", "구조화금융"},
      {"company", "세한화재"},
      {"company", "장기보험"},
      {"company", "부동산금융"}},
     {"대명증권:1", "세한화재:1"}},
    {"English: an organization before 'history' (whose records a sentence compares) is no employer there",
     {"The Portland Pines hired Mark Dutton on a deal that is the richest in Western Hockey Association history. Orvel "
      "Bank named Ann Lee, the first woman in Orvel Bank history to lead it. The NBA historian Tom Cho spoke."},
     {{"company", "Portland Pines"},
      {"organization", "Western Hockey Association"},
      {"company", "Orvel Bank"},
      {"organization", "NBA"},
      {"person", "Tom Cho"}},
     {"Portland Pines:1", "Orvel Bank:1", "NBA:1"},
     "en"},
    {"English: a post at a part noun ('president of the biotech unit') is the affiliate whose last word a modifier "
     "begins with, else the company the sentence names before it; an affiliate named by the group's brand",
     {"Daesung Group names chiefs",
      "Kim, head of the camera division at Daesung Innotech, was named president of the parts maker. Lee, who led "
      "research at Daesung Bio, became president of the biotech unit. Cho, chief of Daesung Retail, was named chief "
      "executive of the retail subsidiary. Yoo was named head of the retail arm. Ra, a director at Daesung Steel, was "
      "named president of the steel affiliate. Oh, a former head of Daesung Bio, was named head of the new unit."},
     {{"company", "Daesung Group"},
      {"company", "Daesung Bio"},
      {"company", "Daesung Retail"},
      {"company", "Daesung Steel"}},
     {"Daesung Group:1", "Daesung Bio:3", "Daesung Retail:3", "Daesung Steel:2", "Daesung Innotech:2"},
     "en"},
    {"English: the object of a join verb with a capitalized place or nationality before the noun, or a possessive "
     "before a place after it, is the organization the article gives; not a name the recognizer read, not a "
     "possessive before a lower-case word",
     {"Orvel Bank names Kim",
      "Orvel Bank said Kim joined the US firm's Singapore office. Lee joined the Seoul-based bank in May. Park joined "
      "the Swiss lender as CFO. Cho joined the Apple team. Ma joined the firm's rival Banco Sol."},
     {{"company", "Orvel Bank"}, {"company", "Apple"}, {"company", "Banco Sol"}},
     {"Orvel Bank:5", "Apple:1", "Banco Sol:1"},
     "en"},
    {"Korean: a league (league rows: written or canonical name) right before its club's name, a parenthesized short "
     "form between, drops out there and the club is an organization; a person read as the club is it; a league before "
     "a word that ends in no club_tail row (사무국) stays",
     {"미국 메이저리그(MLB) 시애틀 매리너스가 강민호에게 계약을 제안했다. 미국프로농구 보스턴 셀틱스는 윤서준을 영입했다.",
      "Major League Baseball 텍사스 레인저스가 한도윤을 영입했다. National Basketball Association 댈러스 매버릭스도 "
      "나서준을 영입했다. 메이저리그 사무국은 오지민을 영입했다."},
     {{"organization", "메이저리그"},
      {"organization", "MLB"},
      {"organization", "미국프로농구"},
      {"organization", "Major League Baseball"},
      {"organization", "National Basketball Association"},
      {"person", "강민호"},
      {"person", "윤서준"},
      {"person", "텍사스 레인저스"},
      {"person", "한도윤"},
      {"person", "나서준"},
      {"person", "오지민"}},
     {"메이저리그:1", "텍사스 레인저스:1", "시애틀 매리너스:1", "보스턴 셀틱스:1", "댈러스 매버릭스:1"}},
    {"English: a league before a kind of team and the team's name ('K League club Busan Tigers', a division number "
     "between) is no employer there; not before a lower-case word or a person",
     {"K League club Busan Tigers have hired Pablo Ortiz. NBA team Portland Pines hired Dave Miller. Premier League "
      "side Halden Rovers named Mark Dutton. The J League 2 outfit Osaka Kestrels signed Ken Sato. MLS franchise "
      "Austin Comets hired Leo Diaz. Red Bull team principal Chris Horn spoke. Orvel team Ann Lee won."},
     {{"organization", "K League"},
      {"organization", "Busan Tigers"},
      {"person", "Pablo Ortiz"},
      {"organization", "NBA"},
      {"organization", "Portland Pines"},
      {"person", "Dave Miller"},
      {"organization", "Premier League"},
      {"organization", "Halden Rovers"},
      {"person", "Mark Dutton"},
      {"organization", "J League"},
      {"organization", "Osaka Kestrels"},
      {"person", "Ken Sato"},
      {"organization", "MLS"},
      {"organization", "Austin Comets"},
      {"person", "Leo Diaz"},
      {"company", "Red Bull"},
      {"person", "Chris Horn"},
      {"company", "Orvel"},
      {"person", "Ann Lee"}},
     {"Busan Tigers:1", "Portland Pines:1", "Halden Rovers:1", "Osaka Kestrels:1", "Austin Comets:1",
      "Red Bull:1", "Orvel:1"},
     "en"},
    {"a kind noun left names the one organization of that kind (leave_verb rows)",
     {"Hanil Bank named Kim as chief executive. Lee left the bank in March. Park leaves the bank. Choi is leaving "
      "the bank. Oh quit the bank. Yu quits the bank. Han will leave the bank soon. Jo left the bank in 2019."},
     {{"company", "Hanil Bank"}},
     {"Hanil Bank:7"},
     "en"},
    {"English: a capitalized name right after a person and 'from' ('also from'), or after a person's move_from verb, "
     "is where the person comes from; a person read there is that organization; a given name, a lower-case word or "
     "a name running on into more capitalized words is none",
     {"Orvel Bank hired Ann Lee from Tarsa Capital as chief risk officer. Ben Cho, also from Tarsa Capital, joins "
      "too. Mia Roy, 51, comes from Quillford, where she ran sales. Dan Ito from Hale Brooks, a boutique, joins.",
      "Eva Park from Sarah said so. Tom Wu from the start was sure."},
     {{"company", "Orvel Bank"},
      {"person", "Ann Lee"},
      {"person", "Ben Cho"},
      {"person", "Mia Roy"},
      {"person", "Dan Ito"},
      {"person", "Hale Brooks"},
      {"person", "Eva Park"},
      {"person", "Tom Wu"}},
     {"Orvel Bank:1", "Hale Brooks:1", "Tarsa Capital:2", "Quillford:1"},
     "en"},
    {"English: an organization followed by a capitalized affiliate_word row is an affiliate of its own (the whole span "
     "is added); not before a lower-case word, not a person's name",
     {"Daehan Card hired Choi from Hyundai Card. Kim left Samsung Life, Park left LG Display and Cho left Shinsegae "
      "International. Ra came from Samsung Fire, Yu from Posco Steel, Oh from Daewoo Construction, Ha from Pan Ocean "
      "Shipping and Jo from Lotte Retail. Hyundai card sales rose. Ann Life spoke."},
     {{"company", "Daehan Card"},
      {"company", "Hyundai"},
      {"company", "Samsung"},
      {"company", "LG"},
      {"company", "Shinsegae"},
      {"company", "Posco"},
      {"company", "Daewoo"},
      {"company", "Pan Ocean"},
      {"company", "Lotte"},
      {"person", "Ann"}},
     {"Daehan Card:1", "Hyundai:1", "Hyundai Card:1", "Samsung Life:1", "Samsung Fire:1", "LG Display:1",
      "Shinsegae International:1", "Posco Steel:1", "Daewoo Construction:1", "Pan Ocean Shipping:1",
      "Lotte Retail:1"},
     "en"},
    {"Korean: a kind noun alone (그룹; 은행 as the object of a verb of leading) names the one organization whose name ends "
     "in it; glued, after a name or closing no particle it is none",
     {"한결금융지주 인사",
      "한결금융지주는 차기 은행장 후보에 박 부행장을 추천했다. 3년간 은행을 이끌어 온 오 행장은 물러난다. 은행을 이끈 "
      "전임자, 은행을 이끄는 사람, 은행을 총괄한 임원. 시중 은행 대출이 늘었다. 한결은행은 밝혔다."},
     {{"company", "한결금융지주"}, {"company", "한결은행"}},
     {"한결금융지주:2", "한결은행:5"}},
    {"Korean: 그룹 alone names the article's own group; not as a subject, a quote's source or glued",
     {"누리그룹 인사",
      "누리그룹은 인사를 했다. 그룹 전략실장에 김 전무가 영입됐다. 그룹의 2인자 최 부회장은 물러난다. 그룹이사회와 "
      "그룹장 회의는 열리지 않았다. 그룹은 또 인사를 냈다. 그룹 관계자는 말했다. 공정거래그룹도 그대로다."},
     {{"company", "누리그룹"}, {"person", "최"}},
     {"누리그룹:4"}},
    {"Korean: 그룹 closed by a particle row (에, 도, 과) is a word of its own; glued to a longer word it is none",
     {"세진그룹 인사",
      "세진그룹은 인사를 냈다. 박 사장은 그룹에 합류한 지 3년 만에 승진했다. 그룹도 세대교체를 예고했다. 그룹과 계열사 "
      "임원 40명이 자리를 옮겼다. 그룹에서는 말이 없었다."},
     {{"company", "세진그룹"}, {"person", "박"}},
     {"세진그룹:5"}},
    {"English: a part phrase a person leads (who has led the chemical unit) or a sentence opens with in the possessive "
     "(The insurance unit's president) names the affiliate whose last word a modifier begins with",
     {"Halmo Group named Jenna Ruiz president of Halmo Chemical. She succeeds Oh, who has led the chemical unit since "
      "2016.",
      "Halmo Insurance is its other affiliate. The insurance unit's president, Mira Okada, will step down. The unit's "
      "staff stay."},
     {{"company", "Halmo Group"},
      {"company", "Halmo Chemical"},
      {"company", "Halmo Insurance"},
      {"person", "Oh"},
      {"person", "Mira Okada"}},
     {"Halmo Group:1", "Halmo Chemical:2", "Halmo Insurance:2"},
     "en"},
    {"Korean: a kind noun alone names only the article's own organization (a unit ending in it is none)",
     {"한성금융 회장 인사",
      "한성금융은 새 회장을 추천했다. 이 후보는 해외사업그룹 부행장을 지냈다. 그룹을 이끌어 온 정 회장은 물러난다."},
     {{"company", "한성금융"}, {"organization", "해외사업그룹"}},
     {"한성금융:2", "해외사업그룹:1"}},
    {"Korean: a kind noun with two organizations ending in it names neither",
     {"동해은행과 서해은행이 합병한다. 은행을 이끌어 온 김 행장은 물러난다. 대한그룹과 민국그룹은 그룹 회의를 열었다."},
     {{"company", "동해은행"}, {"company", "서해은행"}, {"company", "대한그룹"}, {"company", "민국그룹"}},
     {"동해은행:1", "서해은행:1", "대한그룹:1", "민국그룹:1"}},
};

class EmployerNames : public testing::TestWithParam<NameCase> {};

TEST_P(EmployerNames, GivesTheOrganizationsAReaderSees) {
  const NameCase& c = GetParam();
  Article a = Build(c);
  Article view;
  const Article& seen = EmployerView(a, &view) ? view : a;
  EXPECT_EQ(Orgs(seen), c.want) << c.what;
}

INSTANTIATE_TEST_SUITE_P(Cases, EmployerNames, testing::ValuesIn(kCases));

TEST(EmployerNames, EveryRowTakesPart) {
  std::set<int> used;
  for (const NameCase& c : kCases) {
    std::vector<int> rows;
    Article a = Build(c);
    Article view;
    EmployerView(a, &view, EmployerNameTable::Default(), &rows);
    used.insert(rows.begin(), rows.end());
  }
  const auto& rows = EmployerNameTable::Default().rows();
  for (size_t i = 0; i < rows.size(); ++i)
    EXPECT_TRUE(used.count(static_cast<int>(i)))
        << rows[i].kind << " " << rows[i].text << " is used by no case";
}

// A descriptor ("an OpenAI researcher") before any person is named is the first person named after it
// when that mention is tied to it: the same noun before it or in its apposition, or a hiring verb
// right before it; the noun becomes a mention of that person. An untied person, a person named
// before the descriptor or a name right after the noun add nothing.
TEST(EmployerNames, ADescriptorIsThePersonNamedLaterWhenTiedToIt) {
  struct Case {
    const char* text;
    bool bound;  // the descriptor's noun becomes one more mention of "Ann Lee"
  };
  const Case cases[] = {
      {"Orbis offered an OpenAI researcher a job. The researcher, Ann Lee, said no.", true},
      {"Orbis offered a senior Goldman Sachs & Co. trader a job. Orbis had offered Ann Lee a package.", true},
      {"Orbis offered a researcher, people said. Ann Lee, a researcher at Meta, said no.", true},
      {"Orbis hired a Google engineer. Ann Lee, Orbis's chief executive, said so.", false},
      {"Ann Lee said Orbis hired a Google engineer. The engineer, Ann Lee, said no.", false},
      {"Orbis hired a Google engineer Ann Lee trusts. The engineer, Ann Lee, said no.", false},
  };
  for (const Case& c : cases) {
    Article a =
        testing_support::ArticleWithEntities("en", {c.text}, {{"company", "Orbis"}, {"person", "Ann Lee"}});
    const size_t written = a.entities[1].mentions.size();
    Article view;
    const Article& seen = EmployerView(a, &view) ? view : a;
    size_t n = 0;
    for (const Entity& e : seen.entities)
      if (e.type == EntityType::kPerson) n = e.mentions.size();
    EXPECT_EQ(n, written + (c.bound ? 1 : 0)) << c.text;
  }
}

// A Hangul Korean name keeps its Hangul spelling when the article never writes the dictionary's
// romanized canonical; a written canonical and a foreign name in Hangul keep theirs.
TEST(EmployerNames, AKoreanNameTheArticleNeverRomanizesStaysHangul) {
  Article a;
  a.language = "ko";
  a.paragraphs = {"대명증권은 김민석 전무를 영입했다. 샘 알트먼 CEO도 왔다.",
                  "이재용(Lee Jae-yong) 회장도 참석했다."};
  auto person = [](const char* name, const char* canonical, int para, int start) {
    Entity e;
    e.type = EntityType::kPerson;
    e.name = name;
    e.canonical = canonical;
    e.mentions.push_back({para, start, start + static_cast<int>(std::string(name).size()), name});
    return e;
  };
  a.entities = {person("김민석", "Kim Min-seok", 0, 16), person("샘 알트먼", "Sam Altman", 0, 52),
                person("이재용", "Lee Jae-yong", 1, 0)};
  Article view;
  ASSERT_TRUE(EmployerView(a, &view));
  EXPECT_EQ(view.entities[0].canonical, "김민석");
  EXPECT_EQ(view.entities[1].canonical, "Sam Altman");
  EXPECT_EQ(view.entities[2].canonical, "Lee Jae-yong");
}

// Any language: a person of two words or more named like a company of the article, or like the
// start of one, is that company; a one-word name or a name that only shares a first word stays.
TEST(EmployerNames, APersonNamedLikeACompanyIsTheCompany) {
  Article a = testing_support::ArticleWithEntities(
      "en",
      {"Ashcombe Reed has hired Fiona Caldwell from Blackwood Lisle.",
       "Ashcombe Reed's office grew. Bandai Namco Entertainment said Bandai Namco staff left. Morgan Lee and "
       "Morgan said Morgan Stanley lost a partner."},
      {{"person", "Ashcombe Reed"},
       {"company", "Ashcombe Reed"},
       {"person", "Fiona Caldwell"},
       {"person", "Bandai Namco"},
       {"company", "Bandai Namco Entertainment"},
       {"person", "Morgan Lee"},
       {"person", "Morgan"},
       {"company", "Morgan Stanley"}});
  Article view;
  ASSERT_TRUE(EmployerView(a, &view));
  // (Blackwood Lisle, right after the hired person and "from", is where she comes from:
  // ReadPersonFromOrigins.)
  EXPECT_EQ(Orgs(view), (std::vector<std::string>{"Ashcombe Reed:4", "Bandai Namco Entertainment:3",
                                                  "Morgan Stanley:1", "Blackwood Lisle:1"}));
  std::vector<std::string> people;
  for (const Entity& e : view.entities)
    if (e.type == EntityType::kPerson) people.push_back(e.name);
  EXPECT_EQ(people, (std::vector<std::string>{"Fiona Caldwell", "Morgan Lee", "Morgan"}));
  const Entity& bandai = view.entities[view.entities.size() - 5];
  ASSERT_EQ(bandai.name, "Bandai Namco Entertainment");
  EXPECT_EQ(bandai.aliases, std::vector<std::string>{"Bandai Namco"});
}

// A "person" in the organization slot of another person's apposition is a company; the same
// words elsewhere (a person after "at" with no apposition before it) stay a person.
TEST(EmployerNames, ThePersonInAnAppositionsOrganizationSlotIsACompany) {
  Article a = testing_support::ArticleWithEntities(
      "en",
      {"Starforge Games has appointed Olivia Chen, a former executive producer at Blizzard Entertainment, as head "
       "of its studio.",
       "She met Tom Hale, who worked with Dana Cole. A dinner at Ray Park was held."},
      {{"company", "Starforge Games"},
       {"person", "Olivia Chen"},
       {"person", "Blizzard Entertainment"},
       {"person", "Tom Hale"},
       {"person", "Dana Cole"},
       {"person", "Ray Park"}});
  Article view;
  ASSERT_TRUE(EmployerView(a, &view));
  std::vector<std::string> people;
  for (const Entity& e : view.entities)
    if (e.type == EntityType::kPerson) people.push_back(e.name);
  EXPECT_EQ(people, (std::vector<std::string>{"Olivia Chen", "Tom Hale", "Dana Cole", "Ray Park"}));
}

TEST(EmployerNames, RejectsMalformedTables) {
  EXPECT_FALSE(EmployerNameTable::FromTsv("head\tko\n").ok());
  EXPECT_FALSE(EmployerNameTable::FromTsv("noun\tko\t회사\n").ok());
  EXPECT_FALSE(EmployerNameTable::FromTsv("head\ten\tLane\n").ok());
  EXPECT_FALSE(EmployerNameTable::FromTsv("origin_tail\tko\t출신\n").ok());
  EXPECT_TRUE(EmployerNameTable::FromTsv("origin_tail\ten\tveteran\n").ok());
  EXPECT_TRUE(EmployerNameTable::FromTsv("head\tko\t해양\n").ok());
}

// "NAME 전 X 직함": the name-shaped word between 전 and a title is the person's former employer; a dictionary
// word there ("전 부문 사장") is none.
TEST(EmployerNames, AFormerEmployerBetweenJeonAndATitleIsACompany) {
  NameCase c{"",
             {"동방건설 신임 대표로는 외부 인사인 한도윤 전 세광엔지니어링 부사장이 발탁됐다.",
              "동방화학 대표에는 김서진 전 사업부 부사장이 선임됐다."},
             {{"company", "동방건설"}, {"company", "동방화학"}, {"person", "한도윤"}, {"person", "김서진"}},
             {}};
  Article a = Build(c);
  Article view;
  ASSERT_TRUE(EmployerView(a, &view));
  EXPECT_EQ(Orgs(view), (std::vector<std::string>{"동방건설:1", "동방화학:1", "세광엔지니어링:1"}));
}

// The events of an article whose employer the recognizer did not tag come out at that employer, not at the
// organization of the source phrase; the former employer between 전 and a title is the previous employer.
class EmployerNameEvents : public testing::TestWithParam<testing_support::BuiltCase> {};

TEST_P(EmployerNameEvents, TakeTheEmployersTheViewGives) {
  testing_support::ExpectBuiltCase(GetParam(), true);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, EmployerNameEvents,
    testing::Values(
        testing_support::BuiltCase{
            "a former employer between 전 and a title",
            "ko",
            {"동방건설 신임 대표로는 외부 인사인 한도윤 전 세광엔지니어링 부사장이 발탁됐다.",
             "동방화학 대표에는 김서진 전 사업부 부사장이 선임됐다."},
            {{"company", "동방건설"}, {"company", "동방화학"}, {"person", "한도윤"}, {"person", "김서진"}},
            {"hire 동방건설 <- 한도윤 / 세광엔지니어링 (joined)", "hire 동방화학 <- 김서진 /  (joined)"}},
        testing_support::BuiltCase{
            "the subject after a source phrase is the employer",
            "ko",
            {"투자은행(IB) 업계에 따르면 대양조선해양은 삼성중공업에서 선박 설계를 담당해 온 김태식 전무를 영입했다.",
             "김 전무는 대양조선해양 설계본부장을 맡는다."},
            {{"company", "투자은행"}, {"company", "삼성중공업"}, {"person", "김태식"}},
            {"hire 대양조선해양 <- 김태식 / 삼성중공업 (joined)"}}));

}  // namespace
}  // namespace hirewire::normalize
