// Entity boundaries, short forms and junk (thirty-second session, branch ent32; docs/entities.md). Every
// sentence is written for this test (no batch sentence): names, companies and places differ from the batches
// the error shapes come from.
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

// A Chinese city or province written right before a listed (national) body names that place's own body: the
// whole span, no mention of the listed one. The listed name alone and "国家…" stay as they were.
TEST(Ent32, ChineseCityBeforeListedBody) {
  Check({
      {"zh", "记者从南京市卫健委获悉，全市已开设发热门诊。", "南京市卫健委", Want::kOrganization},
      {"zh", "记者从南京市卫健委获悉，全市已开设发热门诊。", "卫健委", Want::kNone},
      {"zh", "广东省发改委表示，相关项目已经开工。", "广东省发改委", Want::kOrganization},
      {"zh", "记者从国家卫健委获悉，全国已开设发热门诊。", "国家卫健委", Want::kOrganization},
      {"zh", "卫健委表示，全国已开设发热门诊。", "卫健委", Want::kCanonical, "National Health Commission"},
  });
}

// "X Football Club": the word before the sport alone is the club on the page. Not before an association,
// which governs a team of the same place.
TEST(Ent32, ClubShortFormBeforeSportAndClub) {
  Check({
      {"en", "Hawthorn Football Club confirmed the signing on Friday. Hawthorn said the coach would stay.",
       "Hawthorn", Want::kLinked, "Hawthorn Football Club"},
      {"en", "Kingsmoor Rugby Club named a new captain. Kingsmoor said it had signed two players.",
       "Kingsmoor", Want::kLinked, "Kingsmoor Rugby Club"},
      {"en", "The Fremont Cricket Association fined the club. A Fremont spokesman said it would appeal.",
       "Fremont", Want::kOneMention, "Fremont"},
  });
}

// A Hangul short form glossing its body in brackets claims the page's later mentions, and a unit written
// after it with a space (a committee) is one organization with it, keeping the unit's own bracket gloss.
TEST(Ent32, KoreanBracketShortFormAndItsUnit) {
  Check({
      {"ko", "대한치과의사협회(치협)는 5일 회견을 열었다. 치협은 이날 성명을 냈다.", "치협", Want::kLinked,
       "대한치과의사협회"},
      {"ko",
       "대한약사회(약사회)는 5일 회견을 열었다. 대한치과의사협회(치협)도 참석했다. 치협 윤리위원회는 이날 징계를 의결했다.",
       "치협 윤리위원회", Want::kTypedOrganization},
      {"ko", "대한치과의사협회(치협)는 5일 회견을 열었다. 치협 윤리위원회는 이날 징계를 의결했다.",
       "윤리위원회", Want::kNone},
      {"ko",
       "대한간호협회(간협)는 회견을 열었다. 간협 비상대책위원회(비대위)는 성명을 냈다. 비대위는 집회를 열었다.",
       "비대위", Want::kLinked, "간협 비상대책위원회"},
  });
}

// A numbered channel after a listed broadcaster's name: the name with the channel is an alias of the
// broadcaster.
TEST(Ent32, BroadcastChannelAlias) {
  Check({
      {"ko", "이 예능은 매주 일요일 KBS 2TV에서 방송된다.", "KBS", Want::kAlias, "KBS 2TV"},
      {"ko", "이 다큐멘터리는 KBS 1TV에서 방송된다.", "KBS", Want::kAlias, "KBS 1TV"},
      {"ko", "KBS는 이날 새 사장을 선임했다.", "KBS", Want::kOrganization},
  });
}

// A listed company with a glued destination suffix (향: goods bound for it) is that company, the suffix cut;
// a common word ending in the syllable stays none.
TEST(Ent32, KoreanDestinationSuffix) {
  Check({
      {"ko", "테슬라향 배터리 출하가 늘었다고 회사는 밝혔다.", "테슬라", Want::kTypedOrganization},
      {"ko", "엔비디아향으로 공급하는 물량이 늘었다.", "엔비디아", Want::kTypedOrganization},
      {"ko", "남향 아파트의 인기가 높다.", "남향", Want::kNone},
  });
}

// A katakana word between a company cue and a kind of company (会社, 企業) is a kind of business, no name; a
// katakana name after the cue and before a particle is still a company.
TEST(Ent32, JapaneseKindBeforeCompanyWord) {
  Check({
      {"ja", "大手タクシー会社は運賃を引き上げると発表した。", "タクシー", Want::kNone},
      {"ja", "大手ゲーム会社の幹部が語った。", "ゲーム", Want::kNone},
      {"ja", "新興企業ルミナスが新製品を発表した。", "ルミナス", Want::kTypedOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
