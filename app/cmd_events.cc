// `hirewire events PATH... [--json|--csv] [--db FILE]`: hiring events of many articles,
// merged across articles (syndicated copies and later reports update one event).
//
// Inputs are pages (like `hirewire extract`) or JSON Lines written by `hirewire extract`
// (files ending in .jsonl / .ndjson, or "-" starting with '{').
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/pipeline.h"
#include "corpus/input.h"
#include "corpus/json.h"
#include "corpus/store.h"
#include "normalize/events.h"
#include "normalize/minhash.h"

namespace hirewire::app {
namespace {

struct EventsArgs {
  std::vector<std::string> paths;
  bool json = false;
  bool csv = false;
  bool text = false;
  std::string db;
  std::string rate;
};

constexpr size_t kMaxJsonLine = 64u << 20;

bool IsJsonLines(const std::string& path) {
  auto ends = [&](const char* s) {
    std::string_view p(path), e(s);
    return p.size() >= e.size() && p.substr(p.size() - e.size()) == e;
  };
  return ends(".jsonl") || ends(".ndjson") || ends(".jsonl.gz");
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string OffersSummary(const Event& e) {
  std::vector<std::string> parts;
  for (const Offer& o : e.offers) {
    std::string s = (o.usd.empty() ? o.value + " " + o.currency : o.usd + " USD");
    if (!o.terms.empty()) s += " [" + Join(o.terms, "+") + "]";
    if (!o.derivation.empty()) s += " (derived)";
    if (!o.first_year_usd.empty()) s += " first_year " + o.first_year_usd;
    if (!o.response.empty()) s += " " + o.response;
    parts.push_back(s);
  }
  return Join(parts, "; ");
}

// Display width: East Asian wide characters count 2 (Hangul syllables, CJK).
size_t DisplayWidth(const std::string& s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    w += (len >= 3) ? 2 : 1;
    i += static_cast<size_t>(len);
  }
  return w;
}

void PrintTable(const std::vector<Event>& events, std::ostream& out) {
  std::vector<std::vector<std::string>> rows = {
      {"type", "employer", "candidate", "previous", "outcome", "offers", "reported_by", "sources"}};
  for (const Event& e : events) {
    std::string cand = e.candidate;
    if (e.candidate_count >= 0) cand += " (" + std::to_string(e.candidate_count) + ")";
    rows.push_back({e.type, e.employer, cand, e.previous_employer, Join(e.timeline, " > "), OffersSummary(e),
                    e.reported_by, std::to_string(e.sources.size())});
  }
  std::vector<size_t> width(rows[0].size(), 0);
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], std::min<size_t>(DisplayWidth(r[i]), 60));
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) {
      out << r[i];
      if (i + 1 < r.size()) {
        size_t w = DisplayWidth(r[i]);
        out << std::string(w < width[i] ? width[i] - w + 2 : 2, ' ');
      }
    }
    out << '\n';
  }
}

struct Collected {
  std::vector<Event> events;             // in input order, sources set
  std::vector<std::vector<std::string>> paragraphs;  // per event: its article's paragraphs
};

int RunEvents(const EventsArgs& args) {
  PipelineOptions po;
  po.convert.user_rate = args.rate;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "hirewire events: %s\n", pipeline.status().ToString().c_str());
    return kExitFatal;
  }
  std::unique_ptr<Store> store;
  if (!args.db.empty()) {
    auto s = Store::Open(args.db);
    if (!s.ok()) {
      std::fprintf(stderr, "hirewire events: %s\n", s.status().ToString().c_str());
      return kExitFatal;
    }
    store = std::move(s).value();
  }
  Collected all;
  // Syndicated copies: document signatures of the articles seen so far.
  struct Doc {
    std::vector<uint64_t> sig;
    size_t first_event;
    size_t end_event;
  };
  std::vector<Doc> docs;
  size_t ok = 0, failed = 0;

  auto take = [&](Article&& a) {
    const std::string src = a.url.empty() ? a.source : a.url;
    for (Event& e : a.events)
      if (e.sources.empty()) e.sources.push_back(src);
    if (store) {
      Status s = store->PutArticle(a);
      if (!s.ok()) {
        std::fprintf(stderr, "hirewire events: %s: %s\n", src.c_str(), s.ToString().c_str());
        ++failed;
      }
    }
    // A near copy of an earlier article: its events about the same candidates are the
    // original's events (light edits may change how an employer or type was read).
    std::vector<uint64_t> sig = normalize::DocumentSignature(a.paragraphs);
    for (const Doc& d : docs) {
      if (normalize::MinHashSimilarity(sig, d.sig) < normalize::kSyndicatedThreshold) continue;
      for (Event& e : a.events)
        for (size_t i = d.first_event; i < d.end_event; ++i) {
          const Event& o = all.events[i];
          if (o.candidate == e.candidate && o.type == "acquisition_attempt") continue;
          if (o.candidate == e.candidate && e.type != "acquisition_attempt" && !normalize::SameEvent(o, e)) {
            e.employer = o.employer;
            e.previous_employer = e.previous_employer.empty() ? o.previous_employer : e.previous_employer;
            if (e.type == "departure" || o.type == "departure") e.type = o.type;
          }
        }
      break;
    }
    docs.push_back({std::move(sig), all.events.size(), all.events.size() + a.events.size()});
    for (Event& e : a.events) {
      all.events.push_back(std::move(e));
      all.paragraphs.push_back(a.paragraphs);
    }
    ++ok;
  };

  std::vector<std::string> page_paths;
  for (const std::string& path : args.paths) {
    if (!IsJsonLines(path)) {
      page_paths.push_back(path);
      continue;
    }
    std::string data;
    if (path.size() > 3 && path.substr(path.size() - 3) == ".gz") {
      std::ifstream in(path, std::ios::binary);
      std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto r = Gunzip(gz, kMaxJsonLine * 16);
      if (!r.ok()) {
        std::fprintf(stderr, "hirewire events: %s: %s\n", path.c_str(), r.status().ToString().c_str());
        ++failed;
        continue;
      }
      data = std::move(r).value();
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "hirewire events: cannot read %s\n", path.c_str());
        ++failed;
        continue;
      }
      data.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    std::istringstream lines(data);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto a = ArticleFromJson(line);
      if (!a.ok()) {
        std::fprintf(stderr, "hirewire events: %s:%d: %s\n", path.c_str(), n, a.status().ToString().c_str());
        ++failed;
        continue;
      }
      // Articles extracted without enrichment get it now.
      if (a->money.empty() && a->entities.empty() && a->events.empty()) (*pipeline)->Enrich(&a.value());
      take(std::move(a).value());
    }
  }
  if (!page_paths.empty()) {
    InputOptions io;
    io.force_text = args.text;
    InputStats st = ReadInputs(
        page_paths, io,
        [&](Page&& page) {
          Result<Article> a = (*pipeline)->Process(page);
          if (!a.ok()) {
            ++failed;
            std::fprintf(stderr, "hirewire events: %s: %s\n", page.source.c_str(), a.status().ToString().c_str());
            return true;
          }
          take(std::move(a).value());
          return true;
        },
        [&](const std::string& source, const Status& s) {
          std::fprintf(stderr, "hirewire events: %s: %s\n", source.c_str(), s.ToString().c_str());
        });
    failed += st.errors;
  }

  // Merge, keeping for each merged event the paragraphs of the article its evidence is from.
  std::vector<Event> merged = normalize::MergeEvents(all.events);
  std::vector<const std::vector<std::string>*> paras;
  for (const Event& m : merged) {
    const std::vector<std::string>* p = nullptr;
    for (size_t i = 0; i < all.events.size() && !p; ++i)
      if (normalize::SameEvent(all.events[i], m) && all.events[i].evidence == m.evidence) p = &all.paragraphs[i];
    static const std::vector<std::string> kNone;
    paras.push_back(p ? p : &kNone);
  }

  std::ostream& out = std::cout;
  if (args.json) {
    for (size_t i = 0; i < merged.size(); ++i) out << EventToJson(merged[i], *paras[i]) << '\n';
  } else if (args.csv) {
    out << "type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
           "timeline,offers,reported_by,sources,confidence\n";
    for (const Event& e : merged) {
      char conf[16];
      std::snprintf(conf, sizeof(conf), "%.2f", e.confidence);
      out << CsvField(e.type) << ',' << CsvField(e.employer) << ',' << CsvField(e.candidate) << ','
          << CsvField(e.candidate_kind) << ',' << (e.candidate_count >= 0 ? std::to_string(e.candidate_count) : "")
          << ',' << CsvField(e.previous_employer) << ',' << CsvField(e.role) << ',' << CsvField(e.team) << ','
          << CsvField(e.outcome) << ',' << CsvField(Join(e.timeline, ";")) << ',' << CsvField(OffersSummary(e))
          << ',' << CsvField(e.reported_by) << ',' << CsvField(Join(e.sources, ";")) << ',' << conf << '\n';
    }
  } else {
    PrintTable(merged, out);
  }
  out.flush();
  if (!out) {
    std::fprintf(stderr, "hirewire events: write error\n");
    return kExitFatal;
  }
  if (ok == 0 && failed > 0) return kExitFatal;
  return failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterEvents(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand("events", "Hiring events of many articles, merged (table, --json or --csv)");
  cmd->add_option("paths", args->paths, "Pages (files, folders, .gz, WARC, -) or JSON Lines from `extract`")
      ->required();
  auto* j = cmd->add_flag("--json", args->json, "JSON Lines, one merged event per line");
  auto* c = cmd->add_flag("--csv", args->csv, "CSV with a header line");
  j->excludes(c);
  cmd->add_flag("--text", args->text, "Treat every page input as plain text");
  cmd->add_option("--db", args->db, "Also write articles, entities, amounts and events to this store: a SQLite file or a postgresql:// URL");
  cmd->add_option("--rate", args->rate, "KRW per USD to convert with (overrides all rates)");
  cmd->callback([args, exit_code] { *exit_code = RunEvents(*args); });
}

}  // namespace hirewire::app
