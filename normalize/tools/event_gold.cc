#include "normalize/tools/event_gold.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

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

// A gold amount list ("offers_usd": ["3500000", ...], strings or numbers), rounded; false when
// an entry is not a number.
bool Amounts(const nlohmann::json& j, const char* k, std::vector<long long>* out) {
  auto it = j.find(k);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_array()) return false;
  for (const auto& v : *it) {
    double d = 0;
    if (v.is_number()) {
      d = v.get<double>();
    } else if (v.is_string()) {
      const std::string t = v.get<std::string>();
      char* end = nullptr;
      d = std::strtod(t.c_str(), &end);
      if (t.empty() || *end != '\0') return false;
    } else {
      return false;
    }
    out->push_back(std::llround(d));
  }
  return true;
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
    GoldEvent ge{Str(e, "type"),
                 Str(e, "employer"),
                 Str(e, "candidate"),
                 CandidateKind::kNone,
                 Str(e, "previous_employer"),
                 Str(e, "outcome"),
                 {},
                 {}};
    if (!ParseCandidateKind(Str(e, "candidate_kind"), &ge.candidate_kind))
      return Status::InvalidArgument(json_path + ": unknown candidate_kind \"" + Str(e, "candidate_kind") +
                                     "\"");
    if (!Amounts(e, "offers_usd", &ge.offers_usd) || !Amounts(e, "offers_krw", &ge.offers_krw))
      return Status::InvalidArgument(json_path + ": offers_usd / offers_krw must list amounts");
    g.events.push_back(std::move(ge));
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
  if (g.candidate_kind == CandidateKind::kGroup) {
    // A gold group may also list the company it came with (an acqui-hire, a failed bid for a
    // start-up's team): a predicted company candidate of that name matches.
    if (p.candidate_kind == CandidateKind::kCompany)
      return GoldNameOk(g.candidate, Names(p.candidate, p.candidate_aliases));
    return p.candidate_kind == CandidateKind::kGroup;
  }
  // The candidate's spellings as the scorer reads them: the name and the article's own spellings
  // (candidate_aliases: "루카스 베버" beside the canonical "Lucas Beyer").
  return p.candidate_kind != CandidateKind::kGroup &&
         GoldNameOk(g.candidate, Names(p.candidate, p.candidate_aliases));
}

bool StrictMatch(const GoldEvent& g, const Event& p) {
  return PairMatch(g, p) &&
         GoldNameOk(g.previous_employer, Names(p.previous_employer, p.previous_employer_aliases)) &&
         g.outcome == OutcomeName(p.outcome);
}

bool TypedMatch(const GoldEvent& g, const Event& p) {
  return PairMatch(g, p) && g.type == EventTypeName(p.type);
}

namespace {

bool AllIn(const std::vector<long long>& want, const std::set<long long>& have) {
  return std::all_of(want.begin(), want.end(), [&](long long w) { return have.count(w) > 0; });
}

void AddRounded(const std::string& v, std::set<long long>* have) {
  if (v.empty()) return;
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str()) have->insert(std::llround(d));
}

}  // namespace

bool UsdAmountsFound(const GoldEvent& g, const Event& p) {
  std::set<long long> have;
  for (const Offer& o : p.offers) {
    AddRounded(o.usd, &have);
    AddRounded(o.value, &have);
    AddRounded(o.first_year_usd, &have);  // the first-year part of the offer, stated in the text
  }
  return AllIn(g.offers_usd, have);
}

bool KrwAmountsFound(const GoldEvent& g, const Event& p) {
  std::set<long long> have;
  for (const Offer& o : p.offers) {
    AddRounded(o.krw, &have);
    if (o.currency == "KRW") AddRounded(o.value, &have);
  }
  return AllIn(g.offers_krw, have);
}

void EventScore::Add(const EventScore& o) {
  predicted += o.predicted;
  gold += o.gold;
  pair += o.pair;
  strict += o.strict;
  typed += o.typed;
  usd_checked += o.usd_checked;
  usd_correct += o.usd_correct;
  krw_checked += o.krw_checked;
  krw_correct += o.krw_correct;
  all_checked += o.all_checked;
  all_correct += o.all_correct;
}

namespace {
double F1(int m, int p, int g) { return p + g ? 2.0 * m / (p + g) : 1.0; }
}  // namespace

double EventScore::PairF1() const { return F1(pair, predicted, gold); }
double EventScore::StrictF1() const { return F1(strict, predicted, gold); }
double EventScore::TypedF1() const { return F1(typed, predicted, gold); }
double EventScore::PairPrecision() const { return predicted ? 1.0 * pair / predicted : 1.0; }
double EventScore::PairRecall() const { return gold ? 1.0 * pair / gold : 1.0; }

namespace {

// (gold index, prediction index) of each match.
std::vector<std::pair<size_t, size_t>> Greedy(const std::vector<GoldEvent>& gold,
                                              const std::vector<Event>& pred,
                                              bool (*match)(const GoldEvent&, const Event&)) {
  std::vector<bool> used(pred.size(), false);
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t gi = 0; gi < gold.size(); ++gi)
    for (size_t i = 0; i < pred.size(); ++i)
      if (!used[i] && match(gold[gi], pred[i])) {
        used[i] = true;
        out.emplace_back(gi, i);
        break;
      }
  return out;
}

}  // namespace

EventScore ScoreArticle(const std::vector<GoldEvent>& gold, const std::vector<Event>& pred) {
  EventScore s;
  s.predicted = static_cast<int>(pred.size());
  s.gold = static_cast<int>(gold.size());
  const auto pairs = Greedy(gold, pred, PairMatch);
  s.pair = static_cast<int>(pairs.size());
  s.strict = static_cast<int>(Greedy(gold, pred, StrictMatch).size());
  s.typed = static_cast<int>(Greedy(gold, pred, TypedMatch).size());
  for (const auto& [gi, pi] : pairs) {
    const GoldEvent& g = gold[gi];
    const bool usd = !g.offers_usd.empty(), krw = !g.offers_krw.empty();
    const bool usd_ok = UsdAmountsFound(g, pred[pi]), krw_ok = KrwAmountsFound(g, pred[pi]);
    s.usd_checked += usd;
    s.usd_correct += usd && usd_ok;
    s.krw_checked += krw;
    s.krw_correct += krw && krw_ok;
    s.all_checked += usd || krw;
    s.all_correct += (usd || krw) && usd_ok && krw_ok;
  }
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
