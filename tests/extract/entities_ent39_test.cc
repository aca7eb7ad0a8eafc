// Korean technical words read as persons, English kind words and police ranks before names (thirty-ninth
// session, branch ent39; docs/entities.md). Every page is written for this test (no batch sentence):
// companies, persons and words differ from the pages the error shapes come from.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/entity_words.h"
#include "tests/extract/entity_case_table.h"

namespace hirewire::extract {
namespace {

using testing_support::EntityCase;
using testing_support::Want;

void Check(const std::vector<EntityCase>& cases) { testing_support::ExpectEntityCases(cases); }

// A family name + dictionary word (전 + 고체) that the page writes before nouns ("전고체 배터리", "전고체
// 상용화") as often as with a title ("전고체 전문가", "전고체 연구소장에") is a field of work, no person;
// "전" before a title after a full name is "former" (문서준 전 연구위원), no family name called by its title.
TEST(Ent39, KoreanFieldWordBeforeNounsAndTitles) {
  const char* hire =
      "미래셀, 대광화학 출신 전고체 전문가 영입\n"
      "전고체 배터리 스타트업 미래셀이 대광화학에서 차세대 배터리 개발을 이끌던 문서준 전 연구위원을 "
      "최고기술책임자(CTO)로 영입했다고 3일 밝혔다.\n"
      "문 CTO는 황화물계 전고체 전지 개발을 주도했다.";
  const char* lab =
      "새봄에너지, 전고체 연구소장에 하도진 박사 선임\n"
      "배터리 기업 새봄에너지가 전고체 배터리 연구 역량을 키우려고 하도진 박사를 연구소장으로 선임했다.";
  const char* team =
      "국내 배터리 업체 청람배터리의 전고체 배터리 연구원 6명이 최근 해외 경쟁사로 자리를 옮겼다.";
  Check({
      {"ko", hire, "전고체", Want::kNoPerson},
      {"ko", hire, "문서준", Want::kPerson},
      {"ko", lab, "전고체", Want::kNoPerson},
      {"ko", lab, "하도진", Want::kPerson},
      {"ko", team, "전고체", Want::kNoPerson},
  });
}

// The same shape stays a person where the page cues it more than it writes nouns after it, or calls the
// family name alone by a title; an artist's title (화백, ko_person_cue) is a person's cue, no noun, and
// neither is a stop word before a title (신임).
TEST(Ent39, KoreanNamesOfTheSameShapeStay) {
  const char* painter =
      "시립미술관, 故 한지우 화백 회고전\n"
      "시립미술관은 한지우(1921~2004)의 회고전을 연다고 밝혔다. 한지우는 1950년대 파리에서 활동했다.\n"
      "큐레이터는 \"한 화백의 연작은 독보적\"이라고 말했다.";
  const char* artist =
      "갤러리 소담은 원로 작가 고은솔 화백의 개인전을 연다. 고은솔 화백은 50년 동안 수묵화를 그렸다.";
  const char* promotion =
      "대한전자는 메모리사업부장에 한동민 부사장을 사장으로 승진 발탁했다. 한동민 신임 메모리사업부장은 공정 개발을 "
      "주도해 왔다.";
  Check({
      {"ko", promotion, "한동민", Want::kPerson},
      {"ko", painter, "한지우", Want::kPerson},
      {"ko", artist, "고은솔", Want::kPerson},
  });
}

// A verb's adnominal form whose stem drops its ㄹ before 는 ("이끄는" of 이끌다) is no name; a field word
// glued after a digit written as its own token ("2차전지") is none either.
TEST(Ent39, KoreanVerbFormsAndWordsAfterDigits) {
  const char* offer =
      "누리AI는 경쟁사의 강태오 수석연구원에게 음성 모델 연구를 이끄는 수석 과학자 자리를 제안했다.";
  const char* analyst =
      "[마켓뷰] 한빛증권, 2차전지 담당 애널리스트 영입\n"
      "한빛증권이 2차전지 담당 애널리스트 오서준 이사를 영입했다.";
  Check({
      {"ko", offer, "이끄는", Want::kNoPerson},
      {"ko", offer, "강태오", Want::kPerson},
      {"ko", analyst, "차전지", Want::kNoPerson},
      {"ko", analyst, "오서준", Want::kPerson},
  });
}

// English: a kind of company or a title the lists write in lower case, capitalized because it opens the
// sentence, is no part of the name after it; a title-like second word keeps the run ("Group Captain").
TEST(Ent39, EnglishKindWordsOpeningASentence) {
  const char* airline =
      "Skyline Air cut its fares on Monday. Rival Coral Pacific Airways said it had no plans to follow.";
  const char* homes =
      "Councillors approved the plan for the old mill. Developer Thornbury Homes says the scheme includes 60 "
      "affordable flats.";
  const char* band =
      "The band formed in Leith in 2019.\nFrontwoman Maisie Duncraig, 26, said the tour would start in March.";
  Check({
      {"en", airline, "Coral Pacific Airways", Want::kOrganization},
      {"en", airline, "Rival Coral Pacific Airways", Want::kNone},
      {"en", homes, "Thornbury Homes", Want::kOrganization},
      {"en", homes, "Developer Thornbury Homes", Want::kNone},
      {"en", band, "Maisie Duncraig", Want::kPerson},
      {"en", band, "Frontwoman Maisie Duncraig", Want::kNone},
  });
}

// English police ranks are honorifics (en_honorific rows): no part of the name after them, and no
// organization with the force named after the person.
TEST(Ent39, EnglishPoliceRanksBeforeNames) {
  const char* appeal =
      "Officers were called to the warehouse on Friday. Detective Sergeant Rhodri Penhale of Dyfed-Powys Police "
      "said: \"We are appealing for witnesses.\"";
  const char* scam =
      "The scheme targeted pensioners, police said. Det Sgt Annika Brolly of Merseyside Police urged people to "
      "report calls.";
  const char* watchdog = "The agency's Office of Inspector General opened a review on Tuesday.";
  Check({
      {"en", watchdog, "Office of Inspector General", Want::kOrganization},
      {"en", appeal, "Rhodri Penhale", Want::kPerson},
      {"en", appeal, "Dyfed-Powys Police", Want::kOrganization},
      {"en", scam, "Annika Brolly", Want::kPerson},
      {"en", scam, "Merseyside Police", Want::kOrganization},
  });
}

// Every police rank row (en_honorific) keeps the name after it a person of its own. ("Inspector" and
// "Superintendent" are no rows: "Office of Inspector General", "Superintendent of Financial Institutions".)
TEST(Ent39, EveryPoliceRankRowIsATitle) {
  for (const char* rank : {"Det", "Sgt", "Insp", "Supt", "Detective", "Sergeant", "Constable"}) {
    EXPECT_TRUE(EntityWords::Default().Has(WordList::kEnHonorific, rank)) << rank;
    const std::string text = std::string("Residents were evacuated on Sunday. ") + rank +
                             " Tamsin Orrell said officers would stay overnight.";
    Check({{"en", text.c_str(), "Tamsin Orrell", Want::kPerson},
           {"en", text.c_str(), (std::string(rank) + " Tamsin Orrell").c_str(), Want::kNone}});
  }
}

// A listed person's one-word alias (a family name) right after a word the English gazetteer lists as a
// person's given name only is someone else's family name: "Eleanor Vance" is no JD Vance.
TEST(Ent39, GazetteerGivenNameBeforeAListedFamilyName) {
  const char* page =
      "Three partners left Brightwater Legal this week. Eleanor Vance, Tomas Reyes and Priya Nair joined the "
      "restructuring team of a rival firm. Vance had been at Brightwater Legal for 12 years.";
  Check({
      {"en", page, "Eleanor Vance", Want::kPerson},
      {"en", page, "Eleanor Vance", Want::kCanonical, "Eleanor Vance"},
  });
}

}  // namespace
}  // namespace hirewire::extract
