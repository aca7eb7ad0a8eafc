// Events read sentences, quoted speech, amounts and mentions from the article's shared sentence
// analysis (extract/analysis.h) when it carries one, and segment on their own otherwise. Over
// every article of the event sets (own, first and second blind batch) both give the same events.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/events.h"

namespace hirewire::normalize {
namespace {

namespace fs = std::filesystem;

TEST(EventsSharedAnalysis, SameEventsWithAndWithoutTheSharedAnalysis) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  ASSERT_TRUE(money.ok() && ner.ok());
  int articles = 0, events = 0;
  for (const char* dir : {"tests/data/events", "tests/data/events-b1", "tests/data/events-b2"}) {
    std::vector<fs::path> files;
    for (const auto& f : fs::directory_iterator(fs::path(HIREWIRE_SOURCE_DIR) / dir))
      if (f.path().extension() == ".txt") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      extract::PageContext ctx;
      ctx.source = f.filename().string();
      auto a = extract::ArticleFromText(ss.str(), ctx, {});
      ASSERT_TRUE(a.ok()) << f;
      Article plain = std::move(a).value();
      DedupParagraphs(&plain);
      Article shared = plain;
      extract::SentenceAnalyzer::Default()->AnalyzeArticle(&shared);
      for (Article* x : {&plain, &shared}) {
        (*money)->ScanArticle(x);
        ConvertAmounts(x, {});
        x->entities = (*ner)->Recognize(*x);
      }
      extract::IndexMentions(&shared);
      ASSERT_TRUE(extract::MentionsIndexed(shared)) << f;
      ASSERT_FALSE(extract::HasAnalysis(plain)) << f;
      std::vector<Event> want = BuildEvents(plain);
      EXPECT_EQ(BuildEvents(shared), want) << f;
      ++articles;
      events += static_cast<int>(want.size());
    }
  }
  EXPECT_GE(articles, 120);
  EXPECT_GT(events, 100);
}

}  // namespace
}  // namespace hirewire::normalize
