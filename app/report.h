// The nightly report: one self-contained HTML page per run (no scripts, no network, inline
// SVG charts, readable on a phone and printable) and its JSON twin, plus the index page that
// lists every run. Pure functions of their inputs (docs/nightly.md describes the fields).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus/records.h"

namespace hirewire::app {

struct TonightEvent {
  std::string change;      // new | updated
  Event event;             // as stored after this run's merge
  std::string evidence;    // the sentence of this run's article that reports it
  std::string source_url;  // that article's URL
  std::string title;
};

struct HistoryPoint {
  std::string run, date;  // date = YYYY-MM-DD (UTC) of the run
  int64_t events_new = 0, events_updated = 0;
};

struct OfferCount {
  int64_t events = 0, offers = 0;
};

struct ReportInput {
  std::string run_id, date;
  std::vector<TonightEvent> tonight;  // store order
  std::vector<HistoryPoint> history;  // runs within report_days, by run id
  int report_days = 90;
  std::map<std::string, OfferCount> offers_by_employer;  // every stored event
  nlohmann::ordered_json crawl;                          // the crawl summary (fetch::CrawlSummary::ToJson)
  nlohmann::ordered_json extract;                        // extraction counts of the run (app/nightly.cc)
  long store_events = 0, store_articles = 0;
};

nlohmann::ordered_json ReportJson(const ReportInput& in);
std::string ReportHtml(const ReportInput& in);
// `runs`: every run's summary.json, by run id.
std::string IndexHtml(const std::vector<nlohmann::ordered_json>& runs);

// "1250000.50" -> "1,250,000.50" (exact: digits are only grouped).
std::string GroupDigits(const std::string& decimal);

}  // namespace hirewire::app
