#include "normalize/tools/event_gold.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/files.h"
#include "normalize/event_ledger.h"
#include "normalize/name_key.h"

namespace hirewire::tools {
namespace fs = std::filesystem;

namespace {

std::string Str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

Result<GoldArticle> ReadGoldArticle(const fs::path& txt, const std::string& batch) {
  GoldArticle g;
  g.batch = batch;
  g.name = txt.stem().string();
  g.path = txt.string();
  const std::string json_path = fs::path(txt).replace_extension(".json").string();
  auto body = app::ReadFile(json_path);
  if (!body.ok()) return Status::InvalidArgument(json_path + ": " + body.status().message());
  nlohmann::json j = nlohmann::json::parse(*body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("events") || !j["events"].is_array())
    return Status::InvalidArgument(json_path + ": not a gold file ({\"events\": [...]})");
  for (const auto& e : j["events"]) {
    if (!e.is_object()) return Status::InvalidArgument(json_path + ": an event is not an object");
    g.events.push_back({Str(e, "type"), Str(e, "employer"), Str(e, "candidate"), Str(e, "candidate_kind"),
                        Str(e, "previous_employer"), Str(e, "outcome")});
  }
  return g;
}

}  // namespace

Result<std::vector<GoldArticle>> ReadGoldBatch(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(dir + ": not a folder");
  std::vector<fs::path> txts;
  for (const auto& f : fs::directory_iterator(dir, ec))
    if (f.path().extension() == ".txt") txts.push_back(f.path());
  if (ec) return Status::InvalidArgument(dir + ": " + ec.message());
  std::sort(txts.begin(), txts.end());
  if (txts.empty()) return Status::InvalidArgument(dir + ": no NAME.txt articles");
  std::string batch = fs::path(dir).filename().string();
  if (batch.empty()) batch = fs::path(dir).parent_path().filename().string();
  std::vector<GoldArticle> out;
  for (const fs::path& t : txts) {
    auto g = ReadGoldArticle(t, batch);
    if (!g.ok()) return g.status();
    out.push_back(std::move(g).value());
  }
  return out;
}

std::string GoldKey(std::string_view s) { return normalize::NameKey(s); }

bool GoldNameOk(const std::string& gold, const std::vector<std::string>& preds, bool empty_ok) {
  if (gold.empty()) {
    if (!empty_ok) return false;
    return std::all_of(preds.begin(), preds.end(), [](const std::string& p) { return p.empty(); });
  }
  std::stringstream ss(gold);
  std::string alt;
  while (std::getline(ss, alt, '|')) {
    const std::string k = GoldKey(alt);
    for (const std::string& p : preds)
      if (!p.empty() && GoldKey(p) == k) return true;
  }
  return false;
}

namespace {

// A predicted name and its spellings, as score_events.py pred_names reads the JSON.
std::vector<std::string> Names(const std::string& name, const std::vector<std::string>& aliases) {
  std::vector<std::string> out{name};
  out.insert(out.end(), aliases.begin(), aliases.end());
  return out;
}

}  // namespace

bool PairMatch(const GoldEvent& g, const Event& p) {
  if (!GoldNameOk(g.employer, Names(p.employer, p.employer_aliases))) return false;
  if (g.candidate_kind == "group") return p.candidate_kind == "group";
  return p.candidate_kind != "group" && GoldNameOk(g.candidate, {p.candidate});
}

bool StrictMatch(const GoldEvent& g, const Event& p) {
  return PairMatch(g, p) &&
         GoldNameOk(g.previous_employer, Names(p.previous_employer, p.previous_employer_aliases)) &&
         g.outcome == OutcomeName(p.outcome);
}

void EventScore::Add(const EventScore& o) {
  predicted += o.predicted;
  gold += o.gold;
  pair += o.pair;
  strict += o.strict;
}

namespace {
double F1(int m, int p, int g) { return p + g ? 2.0 * m / (p + g) : 1.0; }
}  // namespace

double EventScore::PairF1() const { return F1(pair, predicted, gold); }
double EventScore::StrictF1() const { return F1(strict, predicted, gold); }
double EventScore::PairPrecision() const { return predicted ? 1.0 * pair / predicted : 1.0; }
double EventScore::PairRecall() const { return gold ? 1.0 * pair / gold : 1.0; }

namespace {

int Greedy(const std::vector<GoldEvent>& gold, const std::vector<Event>& pred,
           bool (*match)(const GoldEvent&, const Event&)) {
  std::vector<bool> used(pred.size(), false);
  int n = 0;
  for (const GoldEvent& g : gold)
    for (size_t i = 0; i < pred.size(); ++i)
      if (!used[i] && match(g, pred[i])) {
        used[i] = true;
        ++n;
        break;
      }
  return n;
}

}  // namespace

EventScore ScoreArticle(const std::vector<GoldEvent>& gold, const std::vector<Event>& pred) {
  EventScore s;
  s.predicted = static_cast<int>(pred.size());
  s.gold = static_cast<int>(gold.size());
  s.pair = Greedy(gold, pred, PairMatch);
  s.strict = Greedy(gold, pred, StrictMatch);
  return s;
}

Result<std::unique_ptr<GoldRunner>> GoldRunner::Create(app::PipelineOptions options) {
  options.keep_analysis = true;
  auto p = app::Pipeline::Create(options);
  if (!p.ok()) return p.status();
  std::unique_ptr<GoldRunner> r(new GoldRunner());
  r->pipeline_ = std::move(p).value();
  return r;
}

Result<Article> GoldRunner::Run(const GoldArticle& g) const {
  auto body = app::ReadFile(g.path);
  if (!body.ok()) return Status::InvalidArgument(g.path + ": " + body.status().message());
  Page page;
  page.source = g.path;
  page.body = std::move(body).value();
  page.is_text = true;
  return pipeline_->Process(page);
}

std::vector<Event> LedgerEvents(const Article& article, std::vector<Event> events) {
  const std::string& src = article.url.empty() ? article.source : article.url;
  for (Event& e : events)
    if (e.sources.empty()) e.sources.push_back(src);
  Article copy;
  copy.source = article.source;
  copy.url = article.url;
  copy.paragraphs = article.paragraphs;
  copy.events = std::move(events);
  normalize::EventLedger ledger;
  ledger.AddArticle(copy);
  return ledger.events();
}

}  // namespace hirewire::tools
