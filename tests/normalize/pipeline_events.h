// The events of a whole text article through the pipeline's steps (sentence analysis, money, entities,
// mention index, events), for the normalize tests that read own paraphrases end to end.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/analysis.h"
#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/events.h"

namespace hirewire::normalize::testing_support {

inline std::vector<Event> PipelineEvents(const std::string& text, const std::string& source,
                                         const EventOptions& options = {}) {
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

// One event a test expects: its type, employer, the start of its candidate (a group: its label) and outcome.
struct WantEvent {
  const char* type;
  const char* employer;
  const char* candidate;
  const char* outcome;
};

// Expects every wanted event among `got` (same type, employer and outcome; candidate starting with the wanted
// one).
inline void ExpectEvents(const std::vector<Event>& got, const std::vector<WantEvent>& want) {
  for (const WantEvent& w : want) {
    bool found = false;
    for (const Event& e : got)
      found = found ||
              (EventTypeName(e.type) == std::string(w.type) && e.employer == w.employer &&
               e.candidate.rfind(w.candidate, 0) == 0 && OutcomeName(e.outcome) == std::string(w.outcome));
    EXPECT_TRUE(found) << w.type << " " << w.employer << " <- " << w.candidate << " (" << w.outcome
                       << ") missing";
  }
}

}  // namespace hirewire::normalize::testing_support
