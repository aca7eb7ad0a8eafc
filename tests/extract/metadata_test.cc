// Every row of extract/data/meta_keys.tsv is a test: the metadata of a page whose head is the
// row's example holds the expected author or date. And the date keys keep their order.
#include "extract/metadata.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "corpus/tsv.h"
#include "extract/html_dom.h"

namespace hirewire::extract::metadata {
namespace {

PageMeta MetaOf(const std::string& head) {
  html::Dom dom = html::ParseHtmlDom("<html><head>" + head + "</head><body><p>Text.</p></body></html>",
                                     html::DomOptions{});
  return ExtractMetadata(dom);
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(MetaKeysData, EveryRowFindsItsValueInItsExample) {
  ASSERT_TRUE(MetaKeysStatus().ok()) << MetaKeysStatus().ToString();
  int rows = 0;
  Status s = ForEachTsvRow(EmbeddedMetaKeysTsv(), "meta_keys.tsv", TsvHeader::kSkip,
                           [&](const std::vector<std::string>& f, int line) {
                             EXPECT_EQ(f.size(), 4u) << "line " << line;
                             if (f.size() != 4) return Status::Ok();
                             ++rows;
                             PageMeta m = MetaOf(f[2]);
                             if (f[0] == "author") {
                               EXPECT_TRUE(Has(m.meta_authors, f[3])) << "author key " << f[1];
                               EXPECT_TRUE(m.dates.empty()) << "author key " << f[1];
                             } else {
                               EXPECT_EQ(m.dates, std::vector<std::string>{f[3]}) << "date key " << f[1];
                               EXPECT_TRUE(m.meta_authors.empty()) << "date key " << f[1];
                             }
                             return Status::Ok();
                           });
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(rows, 30);
}

TEST(MetaKeysData, EarlierDateKeysComeFirstAndOtherKeysAreNotDates) {
  PageMeta m = MetaOf(
      "<meta name=\"date\" content=\"2025-08-03\">"
      "<meta property=\"article:published_time\" content=\"2025-08-01\">"
      "<meta name=\"description\" content=\"2025-08-02\">");
  EXPECT_EQ(m.dates, (std::vector<std::string>{"2025-08-01", "2025-08-03"}));
  EXPECT_EQ(m.description, "2025-08-02");
}

TEST(MetaKeysData, AnAuthorUrlIsNotAName) {
  PageMeta m = MetaOf("<meta property=\"article:author\" content=\"https://www.facebook.com/jane\">");
  EXPECT_TRUE(m.meta_authors.empty());
}

}  // namespace
}  // namespace hirewire::extract::metadata
