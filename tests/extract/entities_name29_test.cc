// Persons and organization names of the twenty-ninth session (branch entname29; docs/entities.md). Every
// sentence is written for this test (no batch sentence): names, companies and places differ from the blind
// batches the error classes come from.
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

// A dictionary word after a Korean kind word (스튜디오, 극단) is the name in a name's slot: a company
// cue before the kind word, a title, 출신 or a noun taking an organization after it; the name alone
// later on the page is the same body. No slot, no name.
TEST(Name29, KoreanKindFormDictionaryWords) {
  Check({
      {"ko", "넥슨은 인디 개발사 스튜디오 노을을 인수했다.", "스튜디오 노을", Want::kOrganization},
      {"ko", "스튜디오 바다 대표 박은서 씨는 신작을 소개했다.", "스튜디오 바다", Want::kOrganization},
      // A name ending in 랑 keeps it before a title; a case particle after a one-syllable name is never kept.
      {"ko", "스튜디오 하랑 대표 박은서 씨는 신작을 소개했다.", "스튜디오 하랑", Want::kOrganization},
      {"ko", "넥슨은 인디 개발사 스튜디오 솔을 인수하려 했다.", "스튜디오 솔을", Want::kNone},
      {"ko", "스튜디오 담을 세운 박은서 대표가 합류했다.", "스튜디오 담을", Want::kNone},
      {"ko", "스튜디오 바다의 박은서 대표는 신작을 소개했다.", "스튜디오 바다", Want::kOrganization},
      {"ko", "최우진 이사는 스튜디오 구름 출신이다.", "스튜디오 구름", Want::kOrganization},
      {"ko", "스튜디오 바람 측은 출시 일정을 바꿨다.", "스튜디오 바람", Want::kOrganization},
      {"ko", "스튜디오 녹음을 마친 뒤 공연을 준비했다.", "스튜디오 녹음", Want::kNone},
      // No slot: a common noun after the kind word stays one.
      {"ko", "스튜디오 촬영은 오후에 끝났다.", "스튜디오 촬영", Want::kNone},
      {"ko", "극단 선택을 막기 위한 대책이 나왔다.", "극단 선택", Want::kNone},
      // The name alone on the page joins the body.
      {"ko", "넥슨은 인디 개발사 스튜디오 노을을 인수했다. 노을을 함께 세운 두 사람도 넥슨에 합류한다.",
       "스튜디오 노을", Want::kAlias, "노을"},
  });
}

// The company ending of transliterated names (-텍: 제넨텍-type) and a Latin business word after a place.
TEST(Name29, CompanyEndings) {
  Check({
      {"ko", "그는 2015년 바이엘텍으로 옮겨 연구소를 이끌었다.", "바이엘텍", Want::kOrganization},
      {"ko", "서진우 박사는 앰브로텍 출신이다.", "앰브로텍", Want::kOrganization},
      {"en", "Mika Sato, an engineer at Osaka Electron, has joined the startup.", "Osaka Electron",
       Want::kOrganization},
      {"en", "He previously worked at Nagoya Electric for a decade.", "Nagoya Electric", Want::kOrganization},
  });
}

// A month that is a given name before a family name, after a role noun or beside a relative.
TEST(Name29, MonthGivenNames) {
  Check({
      {"en", "The quartet hired guitarist Marcus Bell and drummer June Okafor in 2019.", "June Okafor",
       Want::kPerson},
      {"en", "The film stars actor May Lindqvist as the mayor.", "May Lindqvist", Want::kPerson},
      {"en", "The label signed singer April Moreno, whose sister Lena Moreno produces her records.",
       "April Moreno", Want::kPerson},
      {"en", "The album was written by June Harlow and her brother Tom Harlow.", "June Harlow",
       Want::kPerson},
      // A month in a date stays one.
      {"en", "In June Apple said sales rose.", "June Apple", Want::kNone},
      {"en", "Shares fell sharply in May Reuters reported.", "May Reuters", Want::kNone},
  });
}

// German press names cut to the family initial.
TEST(Name29, GermanInitialNames) {
  Check({
      {"de", "Der angeklagte Händler Jürgen M. bestritt die Vorwürfe.", "Jürgen M.", Want::kPerson},
      {"de", "Der 61-jährige Reto B. wurde zu einer Geldstrafe verurteilt.", "Reto B.", Want::kPerson},
      {"de", "Laut Anklage hatte Hans W., ein Bauunternehmer, Geld überwiesen.", "Hans W.", Want::kPerson},
      {"de", "Die 34-jährige Miriam S. sagte vor Gericht aus.", "Miriam S.", Want::kPerson},
      {"de", "Im Spiel der Gruppe A. Danach ging es weiter.", "Gruppe A.", Want::kNone},
  });
}

// Chinese persons after a role noun (a transliterated name too) and Japanese names before a katakana title.
TEST(Name29, RoleNounPersons) {
  Check({
      {"zh", "论文第一作者、博士研究生张雨桐介绍了实验过程。", "张雨桐", Want::kPerson},
      {"zh", "硕士研究生刘思远负责数据分析。", "刘思远", Want::kPerson},
      {"zh", "球队外援马丁内斯表示很满意。", "马丁内斯", Want::kPerson},
      {"zh", "蓉城外援费利佩在比赛中打入一球。", "费利佩", Want::kPerson},
      {"ja", "公演を手がける松本雄介ディレクターは準備を急いでいる。", "松本雄介", Want::kPerson},
      {"ja", "番組の岡田真理プロデューサーによると、収録は来月だ。", "岡田真理", Want::kPerson},
  });
}

}  // namespace
}  // namespace hirewire::extract
