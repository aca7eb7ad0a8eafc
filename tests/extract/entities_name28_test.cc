// Persons, cue-less organization names and aliases of the twenty-eighth session (branch entname28):
// members named in a group's list, transliterated foreign names in a person's slot, title tails,
// organizations coordinated with a known company, short forms. Sentences written for this test, none
// from a batch.
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

// A group's members named by the given name alone in a list: a role inside the list ("막내 X까지"), a
// describing word before a role ("일본인 멤버 X"), the list after "리더 X을 비롯해" when X is a dictionary
// word.
TEST(EntName28, KoreanMemberLists) {
  Check({
      {"ko", "걸그룹 하모니아는 리더 윤세아를 비롯해 다은, 리나, 소이, 막내 하람까지 다섯 명이다.", "하람",
       Want::kPerson},
      {"ko", "걸그룹 하모니아는 리더 윤세아를 비롯해 다은, 리나, 소이, 막내 하람까지 다섯 명이다.", "리나",
       Want::kPerson},
      {"ko", "리더 바다를 비롯해 태오, 시온, 막내 준서까지 네 멤버가 무대에 섰다.", "시온", Want::kPerson},
      {"ko", "리더 바다를 비롯해 태오, 시온, 막내 준서까지 네 멤버가 무대에 섰다.", "준서", Want::kPerson},
      {"ko",
       "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.",
       "카이토", Want::kPerson},
      {"ko",
       "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.",
       "일본인", Want::kNone},
      {"ko",
       "스텔라는 리더 강민호, 메인보컬 유진, 일본인 멤버 카이토, 중국 출신 린하오, 막내 하율로 구성됐다.",
       "중국", Want::kNone},
      // No role: places in a list stay places.
      {"ko", "회사는 서울, 부산, 대구 등 세 곳에 새 지점을 열었다.", "부산", Want::kNone},
  });
}

// Katakana members of a Japanese group: a list item beside a person, or after an origin and の, in a
// sentence naming a member's role; "メンバーのキャリア" is no name.
TEST(EntName28, JapaneseMemberLists) {
  Check({
      {"ja", "会見にはリーダーの山田翔太、メンバーの佐々木蓮、ソラ、大野湊が出席した。", "ソラ",
       Want::kPerson},
      {"ja", "メンバーには、ブラジル出身のレオやタイ出身のミントも加わった。", "レオ", Want::kPerson},
      {"ja", "メンバーには、ブラジル出身のレオやタイ出身のミントも加わった。", "ミント", Want::kPerson},
      {"ja", "最年長の森田健、ハル、最年少の石井蒼が舞台あいさつに立った。", "ハル", Want::kPerson},
      {"ja", "事務所の決断はメンバーのキャリアを長い目で見たものだ。", "キャリア", Want::kNone},
      {"ja", "会場ではテニスやゴルフ、サッカーの体験会が開かれた。", "ゴルフ", Want::kNone},
  });
}

// A transliterated foreign name of two Hangul words in a person's slot: before a bracket (a club, an
// age), before a title with its particle, in the genitive before a player's act. Not a role before a
// Korean name, a company before a case particle, an organization before a bare title.
TEST(EntName28, KoreanForeignNamesInPersonSlots) {
  Check({
      {"ko", "득점 2위 안드레 실바(대구 FC)가 한 골 차로 뒤를 이었다.", "안드레 실바", Want::kPerson},
      {"ko", "포항은 후반 33분 에드가르 소우자의 선제골로 앞서 나갔다.", "에드가르 소우자", Want::kPerson},
      {"ko", "회사는 구글 출신 마이클 강 전무를 최고기술책임자로 영입했다.", "마이클 강", Want::kPerson},
      {"ko", "경기 뒤 토마스 베르너(31)는 취재진과 만나 소감을 밝혔다.", "토마스 베르너", Want::kPerson},
      {"ko", "울산은 후반 초반 미드필더 박지훈의 동점골로 비겼다.", "미드필더 박지훈", Want::kNone},
      {"ko", "그는 레이블 스타라이트 뮤직에서 프로듀서로 일했다.", "스타라이트 뮤직에서", Want::kNone},
      {"ko", "검찰은 블루웨이브 전 대표를 다시 소환했다.", "블루웨이브 전", Want::kNone},
      {"ko", "업계에 따르면 스카이노트는 최 부사장을 영입했다.", "스카이노트는 최", Want::kNone},
      // No organization word, verb or organization after a Korean name in the pair (coordinator, merge28).
      {"ko", "넷플렉스, 데이비드 한센 북미법인 대표로 영입", "한센 북미법인", Want::kNone},
      {"ko", "회사는 유럽법인 대표에 마커스 콜린스 전 부사장을 선임했다.", "마커스 콜린스", Want::kPerson},
      {"ko", "한빛전자가 추진하던 팹리스(반도체 설계) 업체 인수가 무산됐다.", "추진하던 팹리스", Want::kNone},
      {"ko", "회사가 검토하던 스타트업(AI 설계) 인수는 보류됐다.", "검토하던 스타트업", Want::kNone},
      {"ko", "합류한 인물은 박진우 세종 법률사무소 변호사다.", "세종 법률사무소", Want::kTypedOrganization},
      {"ko", "새로 온 인물은 최민서 화우 법률사무소 변호사다.", "화우 법률사무소", Want::kNoPerson},
  });
}

// A title written right after a Japanese or Chinese name is no part of it (支店長, 工場長; 司长, 厅长), and a
// Chinese 因 "because of" after a name closes it.
TEST(EntName28, TitleTailsAndTrailers) {
  Check({
      {"ja", "みなと銀行の佐藤健二支店長は記者会見で謝罪した。", "佐藤健二", Want::kPerson},
      {"ja", "同社の高木美穂工場長が記者会見で説明した。", "高木美穂", Want::kPerson},
      {"ja", "みなと銀行の佐藤健二支店長は記者会見で謝罪した。", "佐藤健二支", Want::kNone},
      {"zh", "教育部基础教育司司长王立平在会上介绍了新学期安排。", "王立平", Want::kPerson},
      {"zh", "教育部基础教育司司长王立平在会上介绍了新学期安排。", "长王立平", Want::kNone},
      {"zh", "上海申花球员张明因伤缺席了本场比赛。", "张明", Want::kPerson},
      {"zh", "北京首钢球员刘晨因在上一轮比赛中推搡裁判被停赛。", "刘晨因", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
