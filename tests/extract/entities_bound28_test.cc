// Entity boundaries and parent + unit organizations of the twenty-eighth session (branch entbound28;
// docs/entities.md). Every sentence is written for this test (no batch sentence): names, companies and
// places differ from the blind batches the error classes come from.
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

// Chinese: a head written twice across a title (司司长), a clause verb before a court, a country before a
// school, heads of film studios, police units and film companies, a pronoun before a head.
TEST(Bound28, ChineseEdges) {
  Check({
      // The title split across the body and the person.
      {"zh", "财政部关税司司长周立新在会上介绍了调整方案。", "财政部关税司", Want::kOrganization},
      {"zh", "财政部关税司司长周立新在会上介绍了调整方案。", "周立新", Want::kPerson},
      {"zh", "财政部关税司司长周立新在会上介绍了调整方案。", "财政部关税司司", Want::kNone},
      {"zh", "外交部条约法律司司长马新民出席了签字仪式。", "外交部条约法律司", Want::kOrganization},
      {"zh", "外交部条约法律司司长马新民出席了签字仪式。", "马新民", Want::kPerson},
      {"zh", "交通运输部公路局局长吴春耕表示，春运准备工作已经就绪。", "交通运输部公路局",
       Want::kOrganization},
      {"zh", "交通运输部公路局局长吴春耕表示，春运准备工作已经就绪。", "吴春耕", Want::kPerson},
      // A verb that brings a case to a court opens the phrase before it.
      {"zh", "房东随后将租客诉至广州市天河区人民法院。", "广州市天河区人民法院", Want::kOrganization},
      {"zh", "几名股东把公司起诉至深圳市福田区人民法院。", "深圳市福田区人民法院", Want::kOrganization},
      {"zh", "房东随后将租客诉至广州市天河区人民法院。", "租客诉至广州市天河区人民法院", Want::kNone},
      // A country before a school's own name; a national word keeps it.
      {"zh", "他毕业于美国普林斯顿大学，随后回国任教。", "普林斯顿大学", Want::kOrganization},
      {"zh", "英国帝国理工学院教授马丁表示，结果令人鼓舞。", "帝国理工学院", Want::kOrganization},
      {"zh", "他毕业于美国普林斯顿大学，随后回国任教。", "美国普林斯顿大学", Want::kNone},
      {"zh", "澳大利亚国立大学发布了最新排名。", "澳大利亚国立大学", Want::kOrganization},
      // Heads of studios, police units and film companies; a lab after a listed company.
      {"zh", "这部纪录片由长春电影制片厂拍摄。", "长春电影制片厂", Want::kOrganization},
      {"zh", "广州市公安局刑事侦查支队迅速展开调查。", "广州市公安局刑事侦查支队", Want::kOrganization},
      {"zh", "浙江省公安厅经济犯罪侦查总队通报了案情。", "浙江省公安厅经济犯罪侦查总队", Want::kOrganization},
      {"zh", "动画片由成都可可豆影业制作。", "成都可可豆影业", Want::kOrganization},
      {"zh", "百度深度学习实验室负责人介绍了新模型。", "百度深度学习实验室", Want::kOrganization},
      // A pronoun opens the phrase: no name with it, none of a bare kind.
      {"zh", "她在研究室里完成了全部实验。", "她在研究室", Want::kNone},
      {"zh", "我们实验室的设备已经很旧了。", "我们实验室", Want::kNone},
      {"zh", "灵敏度已经接近实验室水平。", "接近实验室", Want::kNone},
  });
}

// A Chinese team named with 队 after its club's name also goes by the club's name.
TEST(Bound28, ChineseTeamClubName) {
  Check({
      {"zh", "河南建业队主场1比1战平对手。", "河南建业队", Want::kAlias, "河南建业"},
      {"zh", "主场作战的青岛海牛队最终2比1获胜。", "青岛海牛队", Want::kAlias, "青岛海牛"},
      {"zh", "浙江绿城队在客场取得了三分。", "浙江绿城队", Want::kAlias, "浙江绿城"},
  });
}

// English: a sentence adverb and its comma before a name, "&" inside a short form, a region after a
// listed company, a station's name after its number, a bracket written on a short form.
TEST(Bound28, EnglishEdges) {
  Check({
      {"en", "Separately, the Reserve Bank of Australia kept rates on hold.", "Reserve Bank of Australia",
       Want::kOrganization},
      {"en", "Additionally, the National Highways Authority of India cancelled the tender.",
       "National Highways Authority of India", Want::kOrganization},
      {"en", "Meanwhile, the European Medicines Agency approved the drug.", "European Medicines Agency",
       Want::kOrganization},
      {"en", "Separately, the Reserve Bank of Australia kept rates on hold.",
       "Separately, the Reserve Bank of Australia", Want::kNone},
      {"en", "Officials at the R&D Ministry declined to comment.", "R&D Ministry", Want::kOrganization},
      {"en", "Officials at the R&D Ministry declined to comment.", "D Ministry", Want::kNone},
      {"en", "Kia Motors India will build a second plant.", "Kia Motors India", Want::kOrganization},
      {"en", "The track was played on BBC Radio 4 Extra on Sunday.", "BBC Radio 4 Extra",
       Want::kOrganization},
      {"en", "She presented a show on BBC Radio 2 DJ Mark Lee said.", "BBC Radio 2", Want::kOrganization},
      {"en", "The CPI(M) and the JD(S) formed a joint front.", "JD(S)", Want::kOrganization},
      {"en", "Leaders of the RLD(K) said they would back the bill.", "RLD(K)", Want::kOrganization},
      {"en", "The NCP(SP) and the SS(U) said they would contest ten seats.", "NCP(SP)", Want::kOrganization},
  });
}

// German: a kind noun and a town adjective before a name, genitive plurals inside a name, a slash between
// two short forms, a named unit with its parent in the genitive.
TEST(Bound28, GermanEdgesAndGenitiveUnits) {
  Check({
      {"de", "Der Luzerner Vermögensverwalter Bergkristall Partners wächst schnell.", "Bergkristall Partners",
       Want::kOrganization},
      {"de", "Der Luzerner Vermögensverwalter Bergkristall Partners wächst schnell.",
       "Luzerner Vermögensverwalter Bergkristall Partners", Want::kNone},
      {"de", "Der Kölner Verein Zukunft Ehrenamt sammelt Spenden.", "Zukunft Ehrenamt", Want::kOrganization},
      {"de", "Der Verein Deutscher Ingenieure warnt vor dem Fachkräftemangel.", "Verein Deutscher Ingenieure",
       Want::kOrganization},
      {"de", "Der Bundesverband privater Pflegedienste lehnt den Entwurf ab.",
       "Bundesverband privater Pflegedienste", Want::kOrganization},
      {"de", "Der Verband kommunaler Unternehmen (VKU) fordert mehr Geld.", "Verband kommunaler Unternehmen",
       Want::kOrganization},
      {"de", "Die Deutsche Gesellschaft für HNO/KHC tagt in Bonn.", "Deutsche Gesellschaft für HNO/KHC",
       Want::kOrganization},
      {"de", "Laut dem SOI Wirtschaftsforschungsstelle der Universität Basel sinkt die Arbeitslosigkeit.",
       "SOI Wirtschaftsforschungsstelle der Universität Basel", Want::kOrganization},
      {"de", "Das Institut für Soziologie der Universität Wien lädt zur Tagung.",
       "Institut für Soziologie der Universität Wien", Want::kOrganization},
      {"de", "Das Sozialreferat der Landeshauptstadt Stuttgart hat die Zahlen veröffentlicht.",
       "Sozialreferat der Landeshauptstadt Stuttgart", Want::kOrganization},
  });
}

}  // namespace
}  // namespace hirewire::extract
