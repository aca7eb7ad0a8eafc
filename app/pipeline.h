// The pipeline order, in one place: Page -> Article (extract) -> dedup (normalize) ->
// money and entities (extract) -> conversion and events (normalize).
//
// Thread-safety: a Pipeline is immutable after Create(); Process() may run on many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "corpus/records.h"
#include "corpus/status.h"
#include "extract/article.h"
#include "normalize/currency.h"
#include "normalize/events.h"

namespace hirewire::app {

struct PipelineOptions {
  bool dedup = true;
  bool money = true;
  bool entities = true;
  bool events = true;
  std::string country;  // --country: overrides the pages' own signals (extract::PageContext::country)
  extract::ExtractOptions extract;
  normalize::ConvertOptions convert;
  normalize::EventOptions event_options;
  // Keep Article::analysis (the sentence analysis) after the run, for tools that read it
  // (hirewire-train-events); the pipeline drops it by default.
  bool keep_analysis = false;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& opts);
  ~Pipeline();

  Result<Article> Process(const Page& page) const;
  // The stages after extraction, on an article that already has paragraphs. `crawl_date` (the
  // WARC-Date or fetch time, ISO 8601) dates the conversion of an undated article when no --date
  // was given, before the latest table day.
  void Enrich(Article* article, std::string_view crawl_date = "") const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hirewire::app
