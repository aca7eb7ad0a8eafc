// Entity boundaries and Chinese typing of the twenty-ninth session (branch entbound29; docs/entities.md).
// Every sentence is written for this test (no batch sentence): names, companies and places differ from the
// blind batches the error classes come from.
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

// Chinese: a predicate glued after a team, a company's China arm, a country before a company the page
// names alone, a bracketed short form ending a list item.
TEST(Bound29, ChineseEdges) {
  Check({
      // A predicate the model glued after the team is no part of its name.
      {"zh", "第82分钟，王一鸣头球破门，帮助蓉城锁定胜局。", "蓉城", Want::kOrganization},
      {"zh", "第82分钟，王一鸣头球破门，帮助蓉城锁定胜局。", "蓉城锁定胜局", Want::kNone},
      {"zh", "比赛最后阶段，浙江队锁定胜局。", "浙江队", Want::kOrganization},
      {"zh", "比赛最后阶段，浙江队锁定胜局。", "浙江队锁定胜局", Want::kNone},
      // A company's China arm: the name, a line of business or none, 中国, then the predicate.
      {"zh", "新专辑由索尼音乐中国发行，共收录10首歌曲。", "索尼音乐中国", Want::kOrganization},
      {"zh", "诺华制药中国表示，将继续推进该药在国内的上市。", "诺华制药中国", Want::kOrganization},
      {"zh", "宝马中国今年前三季度销量同比下滑。", "宝马中国", Want::kOrganization},
      // ... not before a noun: the company's plant in China.
      {"zh", "宝马中国工厂今年扩产。", "宝马", Want::kOrganization},
      {"zh", "宝马中国工厂今年扩产。", "宝马中国", Want::kNone},
      // A country before a company the page also writes alone.
      {"zh", "美国辉瑞公司宣布新药获批。辉瑞表示将扩大产能。", "辉瑞公司", Want::kOrganization},
      {"zh", "美国辉瑞公司宣布新药获批。辉瑞表示将扩大产能。", "美国辉瑞公司", Want::kNone},
      {"zh", "德国拜耳集团发布公告。拜耳称诉讼已和解。", "拜耳集团", Want::kOrganization},
      // ... not before a national word, nor where the page never writes the rest alone.
      {"zh", "美国国家航空航天局宣布，国家航空航天局将发射卫星。", "美国国家航空航天局", Want::kOrganization},
      {"zh", "美国铝业公司宣布裁员。", "铝业公司", Want::kNone},
      // A bracketed short form ends no list item.
      {"zh", "记者获悉，将会同国家卫生健康委(国家卫健委)、教育部等部门开展检查。", "国家卫健委)",
       Want::kNone},
      {"zh", "记者获悉，将会同国家卫生健康委(国家卫健委)、教育部等部门开展检查。", "教育部",
       Want::kOrganization},
  });
}

// Chinese typing: a company name opening with a family name and ending in a line of business is no person
// when a title or the predicate follows; a double family name and a given name stay a person.
TEST(Bound29, ChineseCompanyTyping) {
  Check({
      {"zh", "张江科技董事长表示，公司将扩产。", "张江科技", Want::kOrganization},
      {"zh", "黄河科技总经理李明表示，订单充足。", "黄河科技", Want::kOrganization},
      {"zh", "黄河科技总经理李明表示，订单充足。", "李明", Want::kPerson},
      {"zh", "陈光科技发布公告称，将回购股份。", "陈光科技", Want::kOrganization},
      {"zh", "欧阳健康表示，比赛很艰难。", "欧阳健康", Want::kNoOrganization},
      {"zh", "王健康表示同意。", "王健康", Want::kNoOrganization},
  });
}

// Korean: a title glued after a unit with the copula, a kind word before a name that is a second surface.
TEST(Bound29, KoreanEdges) {
  Check({
      // The unit's head's title glued after the unit with the copula: the unit is the organization.
      {"ko", "삼성전자 DS부문장인 전영현 부회장은 말했다.", "DS부문장인", Want::kNone},
      {"ko", "한라바이오텍 AI신약센터장을 맡는다.", "AI신약센터", Want::kNone},
      // The kind word before a gallery's name is a second surface of it.
      {"ko", "부산 해운대의 갤러리 소연은 신진 작가전을 연다.", "소연", Want::kAlias, "갤러리 소연"},
  });
}

}  // namespace
}  // namespace hirewire::extract
