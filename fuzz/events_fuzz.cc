// Fuzz target for hiring events: the fuzz bytes are split into paragraphs at '\n' (the first byte
// chooses the language tag) and go through DedupParagraphs, MoneyScanner, ConvertAmounts,
// EntityRecognizer and BuildEvents. Every event must have an outcome, an employer
// and a candidate, a confidence in [0, 1] and evidence spans inside the (deduplicated)
// paragraphs; MergeEvents of the events must not grow them. The scanners are built once.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/records.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "fuzz/fuzz_article.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/event_ledger.h"
#include "normalize/events.h"

namespace {

struct Scanners {
  std::unique_ptr<hirewire::extract::MoneyScanner> money;
  std::unique_ptr<hirewire::extract::EntityRecognizer> ner;
};

const Scanners& GetScanners() {
  static const Scanners scanners = [] {
    auto money = hirewire::extract::MoneyScanner::Create();
    auto ner = hirewire::extract::EntityRecognizer::Create();
    if (!money.ok() || !ner.ok()) std::abort();
    return Scanners{std::move(*money), std::move(*ner)};
  }();
  return scanners;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Scanners& s = GetScanners();
  if (size > (1u << 18)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  hirewire::Article article = hirewire::fuzz::FuzzArticle(text);
  article.source = "fuzz";
  hirewire::normalize::DedupParagraphs(&article);
  s.money->ScanArticle(&article);
  hirewire::normalize::ConvertAmounts(&article, {});
  article.entities = s.ner->Recognize(article);
  std::vector<hirewire::Event> events = hirewire::normalize::BuildEvents(article);

  for (const hirewire::Event& e : events) {
    if (e.outcome == hirewire::Outcome::kNone) std::abort();
    if (e.employer.empty() || e.candidate.empty()) std::abort();
    if (!(e.confidence >= 0.0 && e.confidence <= 1.0)) std::abort();
    for (const hirewire::Evidence& ev : e.evidence) {
      if (ev.paragraph < 0 || ev.paragraph >= static_cast<int>(article.paragraphs.size())) std::abort();
      int len = static_cast<int>(article.paragraphs[ev.paragraph].size());
      if (ev.start < 0 || ev.end < ev.start || ev.end > len) std::abort();
    }
  }
  size_t n = events.size();
  if (hirewire::normalize::MergeEvents(std::move(events)).size() > n) std::abort();
  return 0;
}
