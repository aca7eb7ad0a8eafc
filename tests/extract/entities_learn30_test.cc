// Learned from the blind batches entities-b40 and entities-b41 (thirtieth session, branch entlearn30;
// docs/entities.md). Every sentence is written for this test (no batch sentence): names, companies and places
// differ from the batches the error shapes come from.
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

// Chinese contractions of an organization named in full on the page are that organization: the same first
// character, the characters taken in order, the head contracted; two banks that share their head stay apart.
TEST(Learn30, ChineseContractions) {
  Check({
      {"zh", "深圳市市场监督管理局发布通知。深圳市市监局提醒商户。", "深圳市市监局", Want::kLinked,
       "深圳市市场监督管理局"},
      {"zh", "南京市交通运输局发布通告。南京市交运局提醒市民错峰出行。", "南京市交运局", Want::kLinked,
       "南京市交通运输局"},
  });
  // (Both end in 银行: 中国银行 is no contraction of 中国农业发展银行.)
  const auto es =
      testing_support::ReadEntities("zh", {"中国农业发展银行与中国银行签署协议，中国银行表示欢迎。"});
  const Entity* boc = testing_support::WithSurface(es, "中国银行");
  ASSERT_NE(boc, nullptr);
  EXPECT_NE(testing_support::WithSurface(es, "中国农业发展银行"), boc);
}

// Chinese words that open the phrase before a name and are no part of it (zh_name_left_stop rows 还有, 获,
// 出品方, 发行方, 制片方): "also", "received", the producer / distributor side of a film.
TEST(Learn30, ChineseLeftStops) {
  Check({
      {"zh", "参与评审的还有复旦大学的三位教授。", "复旦大学", Want::kOrganization},
      {"zh", "参与评审的还有复旦大学的三位教授。", "还有复旦大学", Want::kNone},
      {"zh", "这项研究获浙江省自然科学基金委员会资助。", "浙江省自然科学基金委员会", Want::kOrganization},
      {"zh", "这项研究获浙江省自然科学基金委员会资助。", "研究获浙江省自然科学基金委员会", Want::kNone},
      {"zh", "出品方杭州青山影视传媒有限公司宣布，电影将于春节上映。", "杭州青山影视传媒有限公司",
       Want::kOrganization},
      {"zh", "发行方上海长风影业有限公司表示，首映礼定在下月。", "上海长风影业有限公司", Want::kOrganization},
      {"zh", "发行方上海长风影业有限公司表示，首映礼定在下月。", "发行方上海长风影业有限公司", Want::kNone},
  });
}

// A Chinese unit's name ends before a deputy's title that opens with the unit's head (司 + 长: 副司长,
// 副局长); the head written twice before a title stays as it was ("…司司长"), a minister's 部长 after a short
// name too.
TEST(Learn30, ChineseUnitBeforeDeputyTitle) {
  Check({
      {"zh", "国家能源局电力司副司长赵刚在会上介绍了有关情况。", "国家能源局电力司", Want::kOrganization},
      {"zh", "国家能源局电力司副司长赵刚在会上介绍了有关情况。", "国家能源局电力司副司", Want::kNone},
      {"zh", "国家能源局电力司副司长赵刚在会上介绍了有关情况。", "赵刚", Want::kPerson},
      {"zh", "工业和信息化部运行监测协调局副局长孙立新回答提问。", "孙立新", Want::kPerson},
      {"zh", "工业和信息化部运行监测协调局副局长孙立新回答提问。", "工业和信息化部运行监测协调局副局",
       Want::kNone},
      {"zh", "交通运输部公路局局长吴春耕通报了进展。", "吴春耕", Want::kPerson},
  });
}

// A Chinese person the character model starts at the family name is not taken with a one-character function
// word ICU wrote together with it (后 + 梁 = 后梁, a dynasty): 后, 在, 由 … open the phrase.
TEST(Learn30, ChinesePersonAfterGluedStopWord) {
  Check({
      {"zh", "赛后梁振宇表示球队打得很好。", "梁振宇", Want::kPerson},
      {"zh", "赛后梁振宇表示球队打得很好。", "后梁振宇", Want::kNone},
      {"zh", "发布会后梁晓彤表示，新书将于明年出版。", "梁晓彤", Want::kPerson},
  });
}

// German: a quoted name right after the kind of body it names (Verein, Vereins, Gewerkschaft, Stiftung) or
// after "von" that follows a person's name is an organization, read whole; a quoted title after another word
// is not.
TEST(Learn30, GermanQuotedKindNames) {
  Check({
      {"de", "Der Sprecher des Vereins \"Rettet den Auwald\", Karl Brunner, kritisierte die Pläne.",
       "Rettet den Auwald", Want::kOrganization},
      {"de", "Die Vorsitzende des kleinen Vereins \"Nachbarschaftshilfe Gröpelingen\", Ilse Maurer, sprach.",
       "Nachbarschaftshilfe Gröpelingen", Want::kOrganization},
      {"de", "Die Stiftung „Lesefreunde Erfurt“ verteilt seit Jahren Bücher an Schulen.",
       "Lesefreunde Erfurt", Want::kOrganization},
      {"de", "Der Inhaber Tarek Yilmaz von \"Radwerk Linden\" meldete volle Auftragsbücher.",
       "Radwerk Linden", Want::kOrganization},
      {"de", "Die Kritik an der Inszenierung von \"Don Carlos\" fiel verhalten aus.", "Don Carlos",
       Want::kNoOrganization},
      {"de", "Im Kino läuft der Film \"Sommer in Tirol\" schon seit Wochen.", "Sommer in Tirol",
       Want::kNoOrganization},
      {"de", "Die Studie erschien in der Fachzeitschrift \"Cell Reports\".", "Cell Reports", Want::kNone},
  });
}

}  // namespace
}  // namespace hirewire::extract
