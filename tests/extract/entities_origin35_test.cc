// Korean organizations named where a person comes from (thirty-fifth session, branch evorigin35;
// docs/events.md): a firm's kind written after its name with a space, and the word right before a spaced
// 출신. Every sentence is written for this test (no batch sentence); the firms and people are invented.
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

// A firm's kind (ko_firm_head) after a Hangul name with a space: one company, the name alone its short form
// later. Not after a dictionary word ("대형 법률사무소", "국내 회계법인": a kind of firm, no name).
TEST(Origin35, FirmHeadAfterName) {
  Check({
      {"ko", "법무법인 서해는 누리솔 법률사무소에서 조세 자문을 맡아 온 정민재 변호사를 영입했다.",
       "누리솔 법률사무소", Want::kTypedOrganization},
      {"ko", "정 변호사는 솔빛나래 회계법인 출신으로 감사 업무를 이끌었다.", "솔빛나래 회계법인",
       Want::kTypedOrganization},
      {"ko",
       "법무법인 서해는 누리솔 법률사무소에서 일한 정민재 변호사를 영입했다. 정 변호사는 2015년 누리솔에 입사했다.",
       "누리솔", Want::kLinked, "누리솔 법률사무소"},
      {"ko", "법무법인 서해는 대형 법률사무소에서 일한 정민재 변호사를 영입했다.", "대형 법률사무소",
       Want::kNone},
      {"ko", "그는 국내 회계법인 출신으로 감사 업무를 이끌었다.", "국내 회계법인", Want::kNone},
  });
}

// The word right before a spaced 출신: an unknown name is a company (a Hangul transcription of a foreign
// company, a name ending in 화재), a firm's name with an "&" infix too, also ending in 장. Not a place, a
// dictionary word, a title or a post, nor a person's name shape.
TEST(Origin35, WordBeforeOrigin) {
  Check({
      {"ko", "다온바이오는 미국 바이오젠타 출신 윌리엄 박 박사를 최고의학책임자로 영입했다.", "바이오젠타",
       Want::kTypedOrganization},
      {"ko", "한결생명은 대양화재 출신 오세린 전무를 최고재무책임자로 선임했다.", "대양화재",
       Want::kTypedOrganization},
      {"ko", "법무법인 서해는 윤앤장 출신 정민재 변호사를 영입했다.", "윤앤장", Want::kTypedOrganization},
      {"ko", "한결손보는 벨먼앤드파커 출신 최도윤 상무를 영입했다.", "벨먼앤드파커",
       Want::kTypedOrganization},
      {"ko", "구단은 브라질 출신 공격수 헤나투 소자를 영입했다.", "브라질", Want::kNoOrganization},
      {"ko", "구단은 부산 출신 공격수 김도현을 영입했다.", "부산", Want::kNoOrganization},
      {"ko", "그는 검사 출신 변호사로 형사 사건을 맡는다.", "검사", Want::kNoOrganization},
      {"ko", "그는 지점장 출신으로 영업을 총괄한다.", "지점장", Want::kNoOrganization},
      {"ko", "그는 김도현 출신 학교의 후배다.", "김도현", Want::kNoOrganization},
      {"ko", "그는 로스앤젤레스 출신 배우다.", "로스앤젤레스", Want::kNoOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
