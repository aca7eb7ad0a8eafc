// What the twenty-eighth session's blind entity batches (entities-b36, entities-b37) taught, as rules on
// sentences written for this test (branch entlearn28; docs/entities.md). No sentence and no name comes from
// a batch; each rule has its positive cases and the negatives it must leave alone.
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

// A Chinese company's short name the character model reads as a person: a name ending in a line of
// business (zh_company_tail), or two or three characters typed as a person right before a glued tail
// (zh_company_tail_glued). A person's name before a topic noun, or after a role noun, stays a person.
TEST(Learn28, ChineseCompanyShortNamesWithALineOfBusiness) {
  Check({
      {"zh", "本轮融资由高榕创投领投，老股东明势资本继续跟投。", "高榕创投", Want::kOrganization},
      {"zh", "本轮融资由高榕创投领投，老股东明势资本继续跟投。", "高榕", Want::kNoOrganization},
      {"zh", "该公司获得君联资本和启泰创投的投资。", "启泰创投", Want::kOrganization},
      {"zh", "本源量子董事长张明表示，公司将扩大产能。", "本源量子", Want::kOrganization},
      {"zh", "星澜传媒透露，新剧将于明年开拍。", "星澜传媒", Want::kOrganization},
      {"zh", "张伟健康状况良好，已经出院。", "张伟健康", Want::kNoOrganization},
      {"zh", "董事长王健康表示，公司将推动应用。", "王健康", Want::kPerson},
  });
}

// Chinese bodies counted by a numeral and a measure word are a number of bodies, no name; a verb of
// founding before a company's full name is no part of it (zh_name_left_stop 成立, 注册, 设立, 创办, 收购).
TEST(Learn28, ChineseCountedBodiesAndFoundingVerbs) {
  Check({
      {"zh", "全市已有12家三甲医院开通线上挂号。", "家三甲医院", Want::kNoOrganization},
      {"zh", "目前杭州已有23家公立医院开设专病门诊。", "家公立医院", Want::kNoOrganization},
      {"zh", "全省共有三所大学入选该计划。", "所大学", Want::kNoOrganization},
      {"zh", "他于2019年注册成立上海宏川贸易有限公司。", "上海宏川贸易有限公司", Want::kOrganization},
      {"zh", "他于2019年注册成立上海宏川贸易有限公司。", "成立上海宏川贸易有限公司", Want::kNoOrganization},
      {"zh", "李某先后设立杭州鼎晟投资管理有限公司等两家公司。", "杭州鼎晟投资管理有限公司",
       Want::kOrganization},
      {"zh", "2015年，他创办深圳云途物流有限公司。", "深圳云途物流有限公司", Want::kOrganization},
      // A university's graduate school in another city is one unit written with its parent (cjk_name_head
      // 研究生院).
      {"zh", "他毕业于北京大学深圳研究生院，随后加入一家芯片公司。", "北京大学深圳研究生院",
       Want::kOrganization},
      {"zh", "团队从复旦大学上海医学研究生院孵化成立公司。", "复旦大学上海医学研究生院", Want::kOrganization},
  });
}

// A Chinese match result: the team before the score and the one after the result verb (zh_match_verb),
// each a place and a name, are organizations; a score with no result verb names nothing.
TEST(Learn28, ChineseTeamsAroundAMatchScore) {
  Check({
      {"zh", "本轮比赛中，四川金翼主场102比95击败江苏蓝鲸。", "四川金翼", Want::kOrganization},
      {"zh", "本轮比赛中，四川金翼主场102比95击败江苏蓝鲸。", "江苏蓝鲸", Want::kOrganization},
      {"zh", "山东飞鹰客场1比2不敌成都蓉光，排名下滑。", "山东飞鹰", Want::kOrganization},
      {"zh", "山东飞鹰客场1比2不敌成都蓉光，排名下滑。", "成都蓉光", Want::kOrganization},
      {"zh", "福建鲲鹏则以88比90惜败于广州雄狮。", "福建鲲鹏", Want::kOrganization},
      {"zh", "比赛最终以3比1结束，广州观众很满意。", "广州观众", Want::kNoOrganization},
      // The club with its club word is the same club.
      {"zh", "山东泰山主场2比0战胜武汉三镇。泰山俱乐部随后发表声明。", "泰山俱乐部", Want::kLinked,
       "山东泰山"},
      {"zh", "上海海港客场3比1力克北京国安。国安在第40分钟扳平比分。国安俱乐部随后发文称，将尊重处罚决定。",
       "国安俱乐部", Want::kLinked, "北京国安"},
  });
}

// Japanese public institutions named by who runs them: 国立, or a place and 市立 / 県立, then the name and a
// head (ja_public_head); 市立 with no place before it is no name.
TEST(Learn28, JapanesePublicInstitutions) {
  Check({
      {"ja", "患者は名古屋市立東部医療センターに搬送された。", "名古屋市立東部医療センター",
       Want::kOrganization},
      {"ja", "静岡県立美術館で新しい展示が始まった。", "静岡県立美術館", Want::kOrganization},
      {"ja", "彼女は札幌市立大学を卒業した。", "札幌市立大学", Want::kOrganization},
      {"ja", "国立天文台の研究者が発表した。", "国立天文台", Want::kOrganization},
      {"ja", "負傷者は市立病院に運ばれた。", "市立病院", Want::kNoOrganization},
      {"ja", "同校は国立大学の附属校だ。", "国立大学", Want::kNoOrganization},
  });
}

// German: a kind of organization as the end of a hyphenated compound ("Pay-TV-Sender") or after a place
// adjective in -er ("Münchner Risikokapitalgeber") opens no name; the name after it is the organization. So
// a club's standing ("Aufsteiger Werder Bremen").
TEST(Learn28, GermanKindWordsBeforeTheName) {
  Check({
      {"de", "Der Pay-TV-Sender Nordkanal meldete eine Rekordquote.", "Nordkanal", Want::kOrganization},
      {"de", "Der Pay-TV-Sender Nordkanal meldete eine Rekordquote.", "Pay-TV-Sender Nordkanal",
       Want::kNoOrganization},
      {"de", "Der Regional-Sender Ostwelle TV berichtete live.", "Ostwelle TV", Want::kOrganization},
      {"de", "Das Geld kommt vom Münchner Risikokapitalgeber Isar Ventures.", "Isar Ventures",
       Want::kOrganization},
      {"de", "Angeführt wird die Runde vom Hamburger Wagniskapitalgeber Elbe Capital.", "Elbe Capital",
       Want::kOrganization},
      {"de", "Die Berliner Verkehrsbetriebe streiken am Freitag.", "Berliner Verkehrsbetriebe",
       Want::kOrganization},
      // A club's standing written before its name is no part of it (org_kind_cue aufsteiger, tabellenführer
      // ...).
      {"de", "Der VfL Bochum verlor am Samstag gegen Aufsteiger Werder Bremen.", "Werder Bremen",
       Want::kOrganization},
      {"de", "Der VfL Bochum verlor am Samstag gegen Aufsteiger Werder Bremen.", "Aufsteiger Werder Bremen",
       Want::kNoOrganization},
      {"de", "Am Sonntag empfängt Tabellenführer Bayer Leverkusen den SC Freiburg.",
       "Tabellenführer Bayer Leverkusen", Want::kNoOrganization},
  });
}

// Public, well-known names with no cue word (aliases_world.tsv, twenty-eighth section).
TEST(Learn28, ListedNamesWithNoCue) {
  Check({
      {"en", "The strike was called by SAG-AFTRA on Friday.", "SAG-AFTRA", Want::kOrganization},
      {"de", "Laut einer Umfrage der Forschungsgruppe Wahlen liegt die Union vorn.",
       "Forschungsgruppe Wahlen", Want::kOrganization},
      {"de", "Der FC St. Pauli verlor gegen Holstein Kiel.", "Holstein Kiel", Want::kOrganization},
      {"de", "Die Züge werden von Siemens Mobility gebaut.", "Siemens Mobility", Want::kOrganization},
      {"en", "The band signed with Sub Pop Records last year.", "Sub Pop Records", Want::kOrganization},
      {"zh", "全国工商联有关负责人表示，将支持民营企业发展。", "全国工商联", Want::kOrganization},
      {"zh", "在上海证券交易所上市的中国建筑股价上涨。", "中国建筑", Want::kOrganization},
      {"zh", "该平台与阿里健康达成合作。", "阿里健康", Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
