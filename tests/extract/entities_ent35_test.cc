// People read from common words (thirty-fifth session, branch ent35; docs/entities.md). Every page is written
// for this test (no batch sentence): companies, persons and the words read as names differ from the pages the
// error shapes come from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::Want;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// A Korean dictionary word with a particle, the copula or a noun suffix glued (여성이, 조직인, 경력직,
// 선임급) is no person, nor is a verb's adnominal form (이끌던): the titles after them belong to the persons
// the page names.
TEST(Ent35, KoreanWordFormsAreNoPersons) {
  const char* promotion =
      "세온바이오는 2일 정기 임원 인사에서 오지현 부사장을 사장으로 승진시켰다. 세온바이오에서 여성이 사장으로 승진한 "
      "것은 창사 이래 처음이다. 회사는 신설 조직인 디지털헬스본부장에 권태윤 전무를 선임했다. 오 사장은 2001년 입사해 "
      "연구개발을 이끌어 왔다.";
  const char* hiring =
      "조선업계의 경력직 엔지니어 쟁탈전이 거세다. 대양중공업은 경쟁사에서 선박 설계를 이끌던 선임급 연구원 5명을 "
      "영입했다고 밝혔다. 이들을 이끌 함정설계팀장에는 문재형 상무가 임명됐다.";
  Check({
      {"ko", promotion, "여성이", Want::kNoPerson},
      {"ko", promotion, "조직인", Want::kNoPerson},
      {"ko", promotion, "오지현", Want::kPerson},
      {"ko", promotion, "권태윤", Want::kPerson},
      {"ko", hiring, "경력직", Want::kNoPerson},
      {"ko", hiring, "이끌던", Want::kNoPerson},
      {"ko", hiring, "선임급", Want::kNoPerson},
      {"ko", hiring, "문재형", Want::kPerson},
  });
}

// A family name split from a following dictionary word (전 + 고체, 차 + 전지) is no person where the page
// never writes it with a person's cue; a name of the same shape that the page gives a title, 씨 or an age, or
// a player's position before it, stays a person (유상원 = 유 + 상원, 채경호 = 채 + 경호).
TEST(Ent35, KoreanFamilyNameBeforeDictionaryWord) {
  const char* battery =
      "배터리 소재 기업 한솔에너텍이 전고체 배터리 시제품을 공개했다. 회사는 이차전지 양극재 생산도 늘린다. 연구를 "
      "이끄는 채경호(51) 연구소장은 \"양산 시점을 앞당기겠다\"고 말했다.";
  const char* match =
      "두산은 9일 잠실에서 키움을 4-2로 꺾었다. 선발 투수 정민후는 \"포수 유상원 선배의 리드를 믿었다\"고 말했다.";
  Check({
      {"ko", battery, "전고체", Want::kNoPerson},
      {"ko", battery, "차전지", Want::kNoPerson},
      {"ko", battery, "채경호", Want::kPerson},
      {"ko", match, "유상원", Want::kPerson},
      {"ko", match, "정민후", Want::kPerson},
  });
}

// A two-word candidate whose first word is a prefix + dictionary word (초 + 거대) is a noun phrase, not a
// transliterated foreign name; a foreign name after an origin stays one.
TEST(Ent35, KoreanNounPhraseIsNoForeignName) {
  const char* page =
      "스타트업 누리에이아이가 대형 포털 출신 초거대 언어모델 연구원을 영입했다. 회사는 구글 출신 앤드루 파커 "
      "연구원도 데려왔다.";
  Check({
      {"ko", page, "초거대 언어모델", Want::kNoPerson},
      {"ko", page, "앤드루 파커", Want::kPerson},
  });
}

}  // namespace
}  // namespace hirewire::extract
