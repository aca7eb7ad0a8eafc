// Scores hiring events over the whole gold set in tests/data/events/ (Korean and English
// articles, each NAME.txt with its gold NAME.json), through the real stages: text ->
// article -> dedup -> money -> conversion -> entities -> events.
//
// An event matches a gold event on type + employer + candidate (a group matches on
// candidate_kind "group" + previous employer). Gold names may list spellings of one name
// separated by '|'. Then field accuracy on matched events: previous employer, outcome,
// stated USD amounts (every gold amount among the offers' USD values), group size.
// The blind and development batches (tests/data/events-bN, -dN) are scored in tests/eval, as
// scripts/score_events.py scores them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/entities.h"
#include "extract/money.h"
#include "normalize/currency.h"
#include "normalize/dedup.h"
#include "normalize/events.h"
#include "tests/normalize/events_floors.h"

namespace hirewire::normalize {
namespace {

namespace fs = std::filesystem;

std::string Key(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '.' || c == '-' || c == ',') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool NameMatches(const std::string& gold, const std::string& pred) {
  if (gold.empty()) return pred.empty();
  std::stringstream ss(gold);
  std::string alt;
  while (std::getline(ss, alt, '|'))
    if (!pred.empty() && Key(alt) == Key(pred)) return true;
  return false;
}

std::string Str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

bool EventMatches(const nlohmann::json& g, const Event& p) {
  if (Str(g, "type") != EventTypeName(p.type) || !NameMatches(Str(g, "employer"), p.employer)) return false;
  if (Str(g, "candidate_kind") == "group")
    return p.candidate_kind == CandidateKind::kGroup &&
           NameMatches(Str(g, "previous_employer"), p.previous_employer);
  return NameMatches(Str(g, "candidate"), p.candidate);
}

TEST(EventsGolden, PrecisionAndRecallOnTheGoldSet) {
  auto money = extract::MoneyScanner::Create();
  auto ner = extract::EntityRecognizer::Create();
  ASSERT_TRUE(money.ok() && ner.ok());
  fs::path dir = fs::path(HIREWIRE_SOURCE_DIR) / "tests/data/events";
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir))
    if (f.path().extension() == ".txt") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 14u);

  int predicted = 0, gold_total = 0, matched = 0, fields = 0, fields_ok = 0;
  for (const fs::path& txt : files) {
    std::ifstream in(txt, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::ifstream gin(fs::path(txt).replace_extension(".json"));
    nlohmann::json gold = nlohmann::json::parse(gin, nullptr, false);
    ASSERT_FALSE(gold.is_discarded()) << txt;

    extract::PageContext ctx;
    ctx.source = txt.filename().string();
    auto a = extract::ArticleFromText(ss.str(), ctx, {});
    ASSERT_TRUE(a.ok()) << txt;
    Article art = std::move(a).value();
    DedupParagraphs(&art);
    (*money)->ScanArticle(&art);
    ConvertAmounts(&art, {});
    art.entities = (*ner)->Recognize(art);
    std::vector<Event> pred = BuildEvents(art);

    const auto& gevs = gold["events"];
    predicted += static_cast<int>(pred.size());
    gold_total += static_cast<int>(gevs.size());
    std::vector<bool> used(pred.size(), false);
    for (const auto& g : gevs) {
      int hit = -1;
      for (size_t i = 0; i < pred.size() && hit < 0; ++i)
        if (!used[i] && EventMatches(g, pred[i])) hit = static_cast<int>(i);
      if (hit < 0) {
        std::printf("missed in %s: %s\n", txt.filename().c_str(), g.dump().c_str());
        continue;
      }
      used[hit] = true;
      ++matched;
      const Event& p = pred[hit];
      auto check = [&](bool ok, const std::string& what) {
        ++fields;
        if (ok)
          ++fields_ok;
        else
          std::printf("field %s wrong in %s: %s\n", what.c_str(), txt.filename().c_str(), g.dump().c_str());
      };
      if (!Str(g, "previous_employer").empty() && Str(g, "candidate_kind") != "group")
        check(NameMatches(Str(g, "previous_employer"), p.previous_employer), "previous_employer");
      check(Str(g, "outcome") == OutcomeName(p.outcome), "outcome=" + std::string(OutcomeName(p.outcome)));
      if (g.contains("offers_usd"))
        for (const auto& v : g["offers_usd"]) {
          bool found = false;
          for (const Offer& o : p.offers) found |= o.usd == v.get<std::string>();
          check(found, "offer " + v.get<std::string>());
        }
      if (g.contains("candidate_count"))
        check(g["candidate_count"].get<int>() == p.candidate_count, "candidate_count");
    }
    for (size_t i = 0; i < pred.size(); ++i)
      if (!used[i])
        std::printf("extra in %s: %s %s <- %s (prev %s, %s)\n", txt.filename().c_str(),
                    std::string(EventTypeName(pred[i].type)).c_str(), pred[i].employer.c_str(),
                    pred[i].candidate.c_str(), pred[i].previous_employer.c_str(),
                    std::string(OutcomeName(pred[i].outcome)).c_str());
  }
  double precision = predicted ? static_cast<double>(matched) / predicted : 1.0;
  double recall = gold_total ? static_cast<double>(matched) / gold_total : 1.0;
  double accuracy = fields ? static_cast<double>(fields_ok) / fields : 1.0;
  std::printf(
      "events: %zu articles, predicted %d, gold %d, matched %d: precision %.3f recall %.3f; "
      "field accuracy %.3f (%d/%d)\n",
      files.size(), predicted, gold_total, matched, precision, recall, accuracy, fields_ok, fields);
  EXPECT_GE(precision, floors::kEventPrecision);
  EXPECT_GE(recall, floors::kEventRecall);
  EXPECT_GE(accuracy, floors::kEventFieldAccuracy);
}

}  // namespace
}  // namespace hirewire::normalize
