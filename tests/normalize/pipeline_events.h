// The events of a whole text article through the pipeline's steps (sentence analysis, money, entities,
// mention index, events), for the normalize tests that read own paraphrases end to end.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/events.h"

namespace hirewire::normalize::testing_support {

inline std::vector<Event> PipelineEvents(const std::string& text, const std::string& source, const EventOptions& options = {}) {
  static auto money = extract::MoneyScanner::Create();
  static auto ner = extract::EntityRecognizer::Create();
  EXPECT_TRUE(money.ok() && ner.ok());
  extract::PageContext ctx;
  ctx.source = source;
  auto a = extract::ArticleFromText(text, ctx, {});
  EXPECT_TRUE(a.ok());
  Article art = std::move(a).value();
  extract::SentenceAnalyzer::Default()->AnalyzeArticle(&art);
  (*money)->ScanArticle(&art);
  ConvertAmounts(&art, {});
  art.entities = (*ner)->Recognize(art);
  extract::IndexMentions(&art);
  return BuildEvents(art, options);
}

}  // namespace hirewire::normalize::testing_support
