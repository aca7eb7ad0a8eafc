// Common words read as persons and Chinese / Japanese false persons (thirty-sixth session, branch ent36;
// docs/entities.md). Every page is written for this test (no batch sentence): companies, persons and the
// words read as names differ from the pages the error shapes come from.
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

// A Korean given name may hide a verb's lemma (배다 + 인, 서다 + 인: a family name and 다인) or a dictionary
// word after the family name (한 + 지우): such names stay persons where a title follows them, after the words
// of their affiliation, or where the page calls them by the family name and a title.
TEST(Ent36, KoreanNamesThatLookLikeWordForms) {
  const char* appointments =
      "해온생명은 최고재무책임자(CFO)에 배다인 청솔증권 상무를, 준법감시인에 서다인 전무를 선임했다고 4일 "
      "밝혔다. 서다인 전무는 1976년생이다.";
  const char* offer =
      "인공지능 스타트업 누벨랩스가 한지우 한국대 AI대학원 교수에게 수석과학자 자리를 제안했다. 한 교수는 "
      "\"연구실 학생들을 두고 떠날 수 없다\"며 제안을 거절했다.";
  Check({
      {"ko", appointments, "배다인", Want::kPerson},
      {"ko", appointments, "서다인", Want::kPerson},
      {"ko", offer, "한지우", Want::kPerson},
  });
}

// Family name + dictionary word with no person's cue on the page stays no person (the thirty-fifth session's
// rule, kept): a noun follows it and no title names it anywhere.
TEST(Ent36, KoreanFamilyNameSplitWithoutCueStaysDropped) {
  const char* page =
      "소재 기업 한누리머티리얼즈가 전고체 배터리 시제품을 선보였다. 회사는 전고체 배터리 양산 시점을 2028년으로 "
      "잡았다.";
  Check({
      {"ko", page, "전고체", Want::kNoPerson},
      {"ko", page, "한누리머티리얼즈", Want::kOrganization},
  });
}

// Chinese: a body written before a title and the name of the person holding it is that person's organization,
// no person (the order body + title + name); the person after the title stays a person.
TEST(Ent36, ChineseBodyBeforeTitleAndName) {
  const char* page =
      "新药由杭州康宁泽生物科技有限公司研发。康宁泽董事长韩立伟表示，公司将于明年提交上市申请。\n"
      "据悉，浙江广厦主教练杜文博近期多次到现场考察。";
  Check({
      {"zh", page, "康宁泽", Want::kNoPerson},
      {"zh", page, "韩立伟", Want::kPerson},
      {"zh", page, "浙江广厦", Want::kNoPerson},
      {"zh", page, "杜文博", Want::kPerson},
  });
}

// Japanese: a family name in kanji and a given name in katakana are one name, read whole.
TEST(Ent36, JapaneseKanjiFamilyNameAndKatakanaGivenName) {
  const char* band =
      "ロックバンド「しおさい楽団」が新曲を発表した。作曲はボーカルの真壁レイジが担当した。メンバーの"
      "宇佐美カナは「ファンの声に応えたい」と語った。";
  Check({
      {"ja", band, "真壁レイジ", Want::kPerson},
      {"ja", band, "宇佐美カナ", Want::kPerson},
      {"ja", band, "レイジ", Want::kNoPerson},
  });
}

// Japanese: a word between a name and its title (特任, 総務, 経営企画) belongs to the title, no part of the
// name; a title in katakana after a full name stays apart from it (チーフ before more words).
TEST(Ent36, JapaneseTitleWordsAfterAName) {
  const char* page =
      "研究チームを率いた北陽大学の杉浦真奈特任研究員は「再現性を確かめた」と話した。共同研究者の呉俊豪特任准教授も"
      "会見に同席した。\n"
      "みなと銀行の野口一馬チーフ為替ストラテジストは「円安は続く」とみる。";
  Check({
      {"ja", page, "杉浦真奈", Want::kPerson},
      {"ja", page, "杉浦真奈特任", Want::kNoPerson},
      {"ja", page, "呉俊豪", Want::kPerson},
      {"ja", page, "野口一馬", Want::kPerson},
      {"ja", page, "野口一馬チーフ", Want::kNoPerson},
  });
}

// Chinese: a verb after a name of three characters (凭借, 会谈; zh_name_trailer) gives back the third
// character the character model cut off.
TEST(Ent36, ChineseVerbAfterNameKeepsThirdCharacter) {
  const char* film = "喜剧片《邻里之间》票房突破5亿元。男主角许海升凭借片中的方言表演收获好评。";
  const char* talks = "东盟秘书长许海升会谈时表示欢迎。";
  Check({
      {"zh", film, "许海升", Want::kPerson},
      {"zh", film, "许海", Want::kNoPerson},
      {"zh", talks, "许海升", Want::kPerson},
  });
}

}  // namespace
}  // namespace hirewire::extract
