#include "app/nightly.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "app/extract_queue.h"
#include "app/files.h"
#include "app/ledger_store.h"
#include "app/ordered_pool.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "app/report.h"
#include "corpus/dates.h"
#include "corpus/json.h"
#include "corpus/pg.h"
#include "corpus/store.h"
#include "corpus/warc_reader.h"
#include "fetch/crawler.h"
#include "fetch/frontier_pg.h"
#include "fetch/robots.h"
#include "fetch/state.h"
#include "fetch/transport.h"
#include "fetch/warc_queue.h"
#include "normalize/event_ledger.h"

namespace hirewire::app {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
double Round3(double s) { return static_cast<double>(static_cast<int64_t>(s * 1000)) / 1000.0; }

std::string UtcRunId() { return FormatUtc(std::time(nullptr), "%Y%m%dT%H%M%SZ"); }

std::string Dump(const Json& j) { return j.dump(1, ' ', false, Json::error_handler_t::replace) + "\n"; }

Result<Json> LoadJson(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  Json j = Json::parse(*data, nullptr, false);
  if (j.is_discarded()) return Status::Corrupt(path + ": not valid JSON");
  return j;
}

// A phase's result file, written by an earlier attempt of this run: true with *out loaded from
// it; false when the phase has not finished yet.
Result<bool> LoadDone(const std::string& path, Json* out) {
  if (!FileExists(path)) return false;
  auto j = LoadJson(path);
  if (!j.ok()) return j.status();
  *out = std::move(j).value();
  return true;
}

// "HTTP/1.1 404 Not Found" at the start of a response block -> 404, else 0.
int HttpStatus(const std::string& block) {
  size_t sp = block.find(' ');
  if (block.rfind("HTTP/", 0) != 0 || sp == std::string::npos || sp + 4 > block.size()) return 0;
  int code = 0;
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    if (block[i] < '0' || block[i] > '9') return 0;
    code = code * 10 + (block[i] - '0');
  }
  return code;
}

std::string HostOf(const std::string& url) {
  size_t s = url.find("://");
  if (s == std::string::npos) return "";
  size_t b = s + 3, e = url.find_first_of("/?#", b);
  std::string host = url.substr(b, e == std::string::npos ? std::string::npos : e - b);
  if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  return host;
}

// Canonical form of a stored event, to tell whether a run changed it.
std::string EventFingerprint(const Event& e) { return EventToJson(e, {}); }

std::string RunDate(const std::string& run_id) {
  if (run_id.size() < 8) return run_id;
  return run_id.substr(0, 4) + "-" + run_id.substr(4, 2) + "-" + run_id.substr(6, 2);
}

// The evidence sentence, URL and title of the first article of this run that reports `stored`
// (normalize::SameEvent, the ledger's identity).
void FindEvidence(const std::vector<Article>& articles, const Event& stored, TonightEvent* t) {
  for (const Article& a : articles)
    for (const Event& e : a.events) {
      if (!normalize::SameEvent(e, stored)) continue;
      t->source_url = a.url.empty() ? a.source : a.url;
      t->title = a.title;
      for (const Evidence& x : e.evidence) {
        if (x.paragraph < 0 || static_cast<size_t>(x.paragraph) >= a.paragraphs.size()) continue;
        const std::string& p = a.paragraphs[static_cast<size_t>(x.paragraph)];
        if (x.start < 0 || x.end > static_cast<int>(p.size()) || x.start >= x.end) continue;
        t->evidence = p.substr(static_cast<size_t>(x.start), static_cast<size_t>(x.end - x.start));
        return;
      }
      return;
    }
}

class Runner {
 public:
  Runner(const NightlyConfig& cfg, const NightlyOptions& opts, const std::atomic<bool>* stop)
      : cfg_(cfg), opts_(opts), stop_(stop) {}
  int Run();

 private:
  std::string RunFile(const char* name) const { return run_dir_ + "/" + name; }
  Status OpenRun();
  Status CrawlPhase();
  Status PlanPhase();
  Status ExtractPhase();
  // Coordinator of a shared crawl (NightlyConfig::frontier): seed the frontier (or run a
  // worker), wait for the run; wait for the WARC file queue to drain (or extract from it).
  bool coordinator() const { return !cfg_.frontier.empty(); }
  Status BeforePhase();
  Status CoordinatorCrawl();
  Status CoordinatorExtract();
  Status WaitForRun(pg::Conn& c, int64_t run, fetch::FrontierRunProgress* out);
  Status WaitForQueue(fetch::WarcQueue& q);
  std::string WorkerName() const { return cfg_.worker.empty() ? "nightly-" + run_id_ : cfg_.worker; }
  Status MergePhase();
  Status LoadArticles();
  Status ReportPhase();
  int Finish();

  bool stopping() const { return stop_ && stop_->load(); }
  // Marks the run interrupted (the next start resumes it); `what` says where.
  Status Interrupted(const char* what) {
    interrupted_ = true;
    return Status::Unavailable(what);
  }

  void TestPause() const {
    if (opts_.test_delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(opts_.test_delay_ms));
  }

  const NightlyConfig& cfg_;
  const NightlyOptions& opts_;
  const std::atomic<bool>* stop_;
  std::string runs_dir_, run_id_, run_dir_;
  bool resumed_ = false;
  bool interrupted_ = false;
  std::unique_ptr<LedgerStore> store_;  // articles go in through the event ledger
  std::vector<Article> articles_;
  bool articles_loaded_ = false;
  Json crawl_, plan_, extract_, merge_, summary_;
  double report_seconds_ = 0;
};

Status Runner::OpenRun() {
  runs_dir_ = cfg_.data_dir + "/runs";
  HW_RETURN_IF_ERROR(MakeDirs(runs_dir_));
  auto runs = ListDir(runs_dir_);
  if (!runs.ok()) return runs.status();
  // The newest run without summary.json was killed: resume it.
  for (auto it = runs->rbegin(); it != runs->rend(); ++it) {
    if (FileExists(runs_dir_ + "/" + *it + "/summary.json")) break;
    run_id_ = *it;
    resumed_ = true;
    break;
  }
  if (run_id_.empty()) {
    std::string base = opts_.run_id.empty() ? UtcRunId() : opts_.run_id;
    run_id_ = base;
    for (int n = 2; FileExists(runs_dir_ + "/" + run_id_); ++n) run_id_ = base + "-" + std::to_string(n);
  }
  run_dir_ = runs_dir_ + "/" + run_id_;
  HW_RETURN_IF_ERROR(MakeDirs(run_dir_));
  auto store = LedgerStore::Open(cfg_.db);
  if (!store.ok()) return store.status();
  store_ = std::move(store).value();
  return Status::Ok();
}

Status Runner::CrawlPhase() {
  if (coordinator()) return CoordinatorCrawl();
  const std::string path = RunFile("crawl.json");
  if (auto done = LoadDone(path, &crawl_); !done.ok() || *done) return done.status();
  auto start = Clock::now();
  HW_RETURN_IF_ERROR(MakeDirs(cfg_.crawl.out_dir));
  auto state = fetch::OpenSqliteState(cfg_.crawl.state_path);
  if (!state.ok()) return state.status();
  fetch::Clock* clock = fetch::SystemClock();
  auto transport = fetch::CreateCurlTransport(fetch::TransportOptionsFor(cfg_.crawl), clock);
  if (!transport.ok()) return transport.status();
  auto crawler = fetch::Crawler::Create(cfg_.crawl, clock, transport->get(), state->get());
  if (!crawler.ok()) return crawler.status();
  std::function<void(const fetch::CrawlProgress&)> progress;
  if (opts_.progress) {
    progress = [](const fetch::CrawlProgress& p) {
      std::fprintf(stderr, "\r\033[Knightly crawl: %lld pages, %lld in flight, %lld errors, %.1f pages/s",
                   static_cast<long long>(p.done), static_cast<long long>(p.in_flight),
                   static_cast<long long>(p.errors), p.pages_per_s);
      std::fflush(stderr);
    };
  }
  auto sum = (*crawler)->Run(stop_, progress);
  if (opts_.progress) std::fprintf(stderr, "\r\033[K");
  if (!sum.ok()) return sum.status();
  if (sum->interrupted) return Interrupted("interrupted during the crawl");
  crawl_ = Json::parse(sum->ToJson());
  crawl_["nightly_seconds"] = Round3(Since(start));
  return WriteFileAtomic(path, Dump(crawl_));
}

// The WARC files no earlier run took: this run's crawl output plus whatever a killed run left.
Status Runner::PlanPhase() {
  if (coordinator()) {  // the WARC files are in the queue, on the workers' disks
    plan_ = Json::object();
    plan_["queue"] = pg::WithoutPassword(cfg_.frontier);
    plan_["warc_files"] = Json::array();
    return Status::Ok();
  }
  const std::string path = RunFile("plan.json");
  if (auto done = LoadDone(path, &plan_); !done.ok() || *done) return done.status();
  auto start = Clock::now();
  std::set<std::string> taken;
  auto runs = ListDir(runs_dir_);
  if (!runs.ok()) return runs.status();
  for (const std::string& r : *runs) {
    if (r == run_id_) continue;
    auto p = LoadJson(runs_dir_ + "/" + r + "/plan.json");
    if (!p.ok()) continue;  // a run that never got this far took nothing
    for (const auto& f : (*p)["warc_files"]) taken.insert(f.get<std::string>());
  }
  auto files = ListDir(cfg_.crawl.out_dir);
  if (!files.ok()) return files.status();
  Json list = Json::array();
  for (const std::string& f : *files) {
    bool warc = (f.size() > 8 && f.compare(f.size() - 8, 8, ".warc.gz") == 0) ||
                (f.size() > 5 && f.compare(f.size() - 5, 5, ".warc") == 0);
    if (warc && !taken.count(f)) list.push_back(f);
  }
  plan_ = Json::object();
  plan_["warc_files"] = list;
  plan_["seconds"] = Round3(Since(start));
  return WriteFileAtomic(path, Dump(plan_));
}

struct Counts {
  std::map<std::string, int64_t> status_codes, languages, warnings;
  struct Host {
    int64_t responses = 0, bytes = 0, errors = 0;
  };
  std::map<std::string, Host> hosts;
  int64_t records = 0, responses = 0, revisits = 0, pages = 0, not_articles = 0, articles = 0,
          empty_bodies = 0, charset_warnings = 0, failed = 0, bytes = 0, events = 0;
  std::vector<std::string> errors;
};

Json CountsToJson(const Counts& c) {
  Json j;
  j["records"] = c.records;
  j["responses"] = c.responses;
  j["revisits"] = c.revisits;
  j["response_bytes"] = c.bytes;
  j["status_codes"] = c.status_codes;
  Json hosts = Json::object();
  for (const auto& [h, v] : c.hosts)
    hosts[h] = {{"responses", v.responses}, {"bytes", v.bytes}, {"errors", v.errors}};
  j["hosts"] = hosts;
  j["pages"] = c.pages;
  j["not_articles"] = c.not_articles;
  j["articles"] = c.articles;
  j["failed"] = c.failed;
  j["empty_bodies"] = c.empty_bodies;
  j["languages"] = c.languages;
  j["charset_warnings"] = c.charset_warnings;
  j["warnings"] = c.warnings;
  j["events"] = c.events;
  j["errors"] = c.errors;
  return j;
}

Status Runner::ExtractPhase() {
  const std::string path = RunFile("extract.json");
  if (auto done = LoadDone(path, &extract_); !done.ok() || *done) return done.status();
  if (coordinator()) return CoordinatorExtract();
  auto start = Clock::now();
  PipelineOptions po;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) return pipeline.status();
  // Captures to read, from the CDXJ index beside each WARC file (for the ETA).
  uint64_t captures = 0;
  for (const auto& f : plan_["warc_files"]) {
    std::string name = f.get<std::string>();
    name = name.substr(0, name.rfind(".warc")) + ".cdxj";
    if (auto idx = ReadFile(cfg_.crawl.out_dir + "/" + name); idx.ok())
      captures += static_cast<uint64_t>(std::count(idx->begin(), idx->end(), '\n'));
  }
  Progress progress("nightly extract", opts_.progress);
  progress.SetTotals(captures, 0);
  Counts c;
  std::string out;
  struct Done {
    std::string source;
    size_t bytes;
    Result<Article> article;
  };
  int jobs = JobsOrCores(cfg_.jobs);
  OrderedPool<Page, Done> pool(
      jobs <= 1 ? 0 : jobs, static_cast<size_t>(jobs) * 4,
      [&](Page& page) {
        return Done{page.source, page.body.size(), (*pipeline)->Process(page)};
      },
      [&](Done&& d) {
        progress.Add(d.bytes);
        if (!d.article.ok()) {
          ++c.failed;
          if (c.errors.size() < 100) c.errors.push_back(d.source + ": " + d.article.status().ToString());
          return;
        }
        Article& a = *d.article;
        ++c.articles;
        if (a.paragraphs.empty()) ++c.empty_bodies;
        ++c.languages[a.language.empty() ? "und" : a.language];
        for (const std::string& w : a.warnings) {
          std::string k = WarningKind(w);
          ++c.warnings[k];
          if (k == "charset") ++c.charset_warnings;
        }
        c.events += static_cast<int64_t>(a.events.size());
        out += ArticleToJson(a);
        out += '\n';
        articles_.push_back(std::move(a));
      });
  for (const auto& f : plan_["warc_files"]) {
    const std::string file = cfg_.crawl.out_dir + "/" + f.get<std::string>();
    auto reader = WarcReader::Open(file);
    if (!reader.ok()) {
      c.errors.push_back(reader.status().ToString());
      continue;
    }
    WarcRecord rec;
    for (;;) {
      if (stopping()) return Interrupted("interrupted during extraction");
      auto more = (*reader)->Next(&rec);
      if (!more.ok()) {
        c.errors.push_back(file + ": " + more.status().ToString());
        break;
      }
      if (!*more) break;
      TestPause();
      ++c.records;
      std::string_view type = rec.Type();
      if (type == "revisit") ++c.revisits;
      if (type != "response") continue;
      ++c.responses;
      int code = HttpStatus(rec.block);
      ++c.status_codes[code ? std::to_string(code) : "other"];
      Counts::Host& h = c.hosts[HostOf(rec.TargetUri())];
      ++h.responses;
      h.bytes += static_cast<int64_t>(rec.block.size());
      c.bytes += static_cast<int64_t>(rec.block.size());
      if (code >= 400) ++h.errors;
      auto page = PageFromWarcRecord(rec, file);
      if (!page.ok()) continue;  // non-2xx answers carry no page
      if (!IsArticleContentType(page->content_type)) {
        ++c.not_articles;  // sitemaps, feeds, JSON
        continue;
      }
      ++c.pages;
      pool.Submit(std::move(page).value());
    }
  }
  pool.Finish();
  progress.Done();
  articles_loaded_ = true;
  HW_RETURN_IF_ERROR(WriteFileAtomic(RunFile("articles.jsonl"), out));
  extract_ = CountsToJson(c);
  extract_["seconds"] = Round3(Since(start));
  return WriteFileAtomic(path, Dump(extract_));
}

Status Runner::LoadArticles() {
  if (articles_loaded_ || coordinator()) return Status::Ok();  // a coordinator's workers stored them
  auto data = ReadFile(RunFile("articles.jsonl"));
  if (!data.ok()) return data.status();
  std::istringstream in(*data);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto a = ArticleFromJson(line);
    if (!a.ok())
      return Status::Corrupt(RunFile("articles.jsonl") + ":" + std::to_string(n) + ": " +
                             a.status().message());
    articles_.push_back(std::move(a).value());
  }
  articles_loaded_ = true;
  return Status::Ok();
}

Status Runner::MergePhase() {
  const std::string path = RunFile("merge.json");
  if (auto done = LoadDone(path, &merge_); !done.ok() || *done) return done.status();
  auto start = Clock::now();
  HW_RETURN_IF_ERROR(LoadArticles());
  HW_RETURN_IF_ERROR(BeforePhase());
  std::map<std::string, std::string> before;
  {
    auto j = LoadJson(RunFile("before.json"));
    if (!j.ok()) return j.status();
    for (const auto& [k, v] : j->items()) before[k] = v.get<std::string>();
  }
  for (const Article& a : articles_) {  // none for a coordinator: its workers wrote the store
    if (stopping()) return Interrupted("interrupted during the merge");
    TestPause();
    HW_RETURN_IF_ERROR(store_->Put(a));
  }
  std::vector<std::string> keys;
  auto after = store_->store().Events(&keys);
  if (!after.ok()) return after.status();
  Json added = Json::array(), updated = Json::array();
  for (size_t i = 0; i < after->size(); ++i) {
    auto it = before.find(keys[i]);
    if (it == before.end())
      added.push_back(keys[i]);
    else if (it->second != EventFingerprint((*after)[i]))
      updated.push_back(keys[i]);
  }
  std::vector<std::string> changed;
  for (const auto& k : added) changed.push_back(k.get<std::string>());
  for (const auto& k : updated) changed.push_back(k.get<std::string>());
  {
    auto stamp = Store::Open(cfg_.db);  // a second connection: LedgerStore only writes articles
    if (!stamp.ok()) return stamp.status();
    HW_RETURN_IF_ERROR((*stamp)->StampEvents(changed, RunDate(run_id_)));
  }
  merge_ = Json::object();
  merge_["articles"] =
      coordinator() ? extract_.value("articles", int64_t{0}) : static_cast<int64_t>(articles_.size());
  merge_["new"] = added;
  merge_["updated"] = updated;
  merge_["seconds"] = Round3(Since(start));
  return WriteFileAtomic(path, Dump(merge_));
}

// The store's events before this run touched it (kept across a kill: the first attempt wrote
// it). A coordinator writes it before any worker of the run can store anything.
Status Runner::BeforePhase() {
  const std::string path = RunFile("before.json");
  if (FileExists(path)) return Status::Ok();
  std::vector<std::string> keys;
  auto events = store_->store().Events(&keys);
  if (!events.ok()) return events.status();
  Json j = Json::object();
  for (size_t i = 0; i < events->size(); ++i) j[keys[i]] = EventFingerprint((*events)[i]);
  return WriteFileAtomic(path, Dump(j));
}

Status Runner::WaitForRun(pg::Conn& c, int64_t run, fetch::FrontierRunProgress* out) {
  auto last_alive = Clock::now();
  auto last_line = Clock::now();
  while (true) {
    if (stopping()) return Interrupted("interrupted while waiting for the crawl workers");
    auto p = fetch::ReadFrontierRun(c, run);
    if (!p.ok()) return p.status();
    *out = *p;
    if (p->finished) return Status::Ok();
    if (p->live_workers > 0) last_alive = Clock::now();
    if (Since(last_alive) > cfg_.worker_wait_s) {
      std::fprintf(
          stderr,
          "hirewire nightly: no crawl worker alive for %.0f s; run %lld of the frontier is not finished "
          "(%lld URLs queued, %lld leased); reporting what was done\n",
          cfg_.worker_wait_s, static_cast<long long>(run), static_cast<long long>(p->queued),
          static_cast<long long>(p->leased));
      return Status::Ok();
    }
    if (Since(last_line) >= 10) {  // the workers' progress, also without a terminal (logs)
      last_line = Clock::now();
      std::fprintf(
          stderr,
          "nightly crawl (frontier run %lld): %lld stored, %lld queued, %lld leased, %lld workers alive\n",
          static_cast<long long>(run), static_cast<long long>(p->stored), static_cast<long long>(p->queued),
          static_cast<long long>(p->leased), static_cast<long long>(p->live_workers));
    }
    TestPause();
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));  // counts over the whole frontier
  }
}

Status Runner::CoordinatorCrawl() {
  const std::string path = RunFile("crawl.json");
  if (auto done = LoadDone(path, &crawl_); !done.ok() || *done) return done.status();
  auto start = Clock::now();
  HW_RETURN_IF_ERROR(BeforePhase());
  auto conn = pg::Conn::Open(cfg_.frontier, "hirewire-nightly");
  if (!conn.ok()) return conn.status();
  // The frontier run of this nightly run, once seeded (a resumed run waits for the same one).
  int64_t run = 0;
  Json own;  // the own worker's crawl summary
  if (auto seeded = LoadJson(RunFile("seeded.json")); seeded.ok()) {
    run = seeded->value("frontier_run", int64_t{0});
  } else {
    // What the WARC file queue had extracted before this run (extract.json counts the rest).
    fetch::WarcQueueOptions qo;
    qo.worker = WorkerName();
    auto queue = fetch::WarcQueue::Open(cfg_.frontier, qo);
    if (!queue.ok()) return queue.status();
    auto q0 = (*queue)->Summary();
    if (!q0.ok()) return q0.status();
    fetch::CrawlConfig cc = cfg_.crawl;
    HW_RETURN_IF_ERROR(MakeDirs(cc.out_dir));
    fetch::PostgresFrontierOptions o;
    o.worker = WorkerName();
    o.delay_ms = static_cast<int64_t>(cc.delay_s * 1000);
    o.max_crawl_delay_ms = static_cast<int64_t>(cc.max_crawl_delay_s * 1000);
    o.robots_agent = fetch::RobotsRules::ProductToken(cc.user_agent);
    o.lease_ms = std::max<int64_t>(60000, static_cast<int64_t>(cc.total_timeout_s * 4000));
    std::error_code ec;
    o.warc_dir = std::filesystem::absolute(cc.out_dir, ec).lexically_normal().string();
    cc.warc_prefix += "-" + o.worker;
    auto state = fetch::OpenPostgresFrontier(cfg_.frontier, o);
    if (!state.ok()) return state.status();
    fetch::Clock* clock = fetch::SystemClock();
    auto transport = fetch::CreateCurlTransport(fetch::TransportOptionsFor(cc), clock);
    if (!transport.ok()) return transport.status();
    auto crawler = fetch::Crawler::Create(cc, clock, transport->get(), state->get());
    if (!crawler.ok()) return crawler.status();
    if (cfg_.worker.empty()) {
      auto r = (*crawler)->Seed();
      if (!r.ok()) return r.status();
      run = *r;
    } else {
      auto sum = (*crawler)->Run(stop_, nullptr);
      if (!sum.ok()) return sum.status();
      if (sum->interrupted) return Interrupted("interrupted during the crawl");
      run = sum->run;
      own = Json::parse(sum->ToJson());
    }
    Json seed = Json::object();
    seed["frontier_run"] = run;
    seed["queue_pages"] = q0->pages;
    seed["queue_articles"] = q0->articles;
    seed["queue_failed"] = q0->failed;
    HW_RETURN_IF_ERROR(WriteFileAtomic(RunFile("seeded.json"), Dump(seed)));
  }
  fetch::FrontierRunProgress p;
  HW_RETURN_IF_ERROR(WaitForRun(**conn, run, &p));
  crawl_ = Json::object();
  crawl_["frontier_run"] = run;
  crawl_["finished"] = p.finished;
  crawl_["fetched"] = p.stored;
  crawl_["stored"] = p.stored;
  crawl_["bytes"] = p.bytes;
  crawl_["error_count"] = p.errors;
  crawl_["queued_left"] = p.queued + p.leased;
  Json workers = Json::object();
  for (const auto& [w, n] : p.by_worker) workers[w] = n;
  crawl_["workers"] = workers;
  if (!own.is_null()) crawl_["own_worker"] = own;
  crawl_["nightly_seconds"] = Round3(Since(start));
  return WriteFileAtomic(path, Dump(crawl_));
}

Status Runner::WaitForQueue(fetch::WarcQueue& q) {
  auto last_alive = Clock::now();
  auto last_line = Clock::now();
  while (true) {
    if (stopping()) return Interrupted("interrupted while waiting for the extraction workers");
    auto s = q.Summary();
    if (!s.ok()) return s.status();
    if (s->ready == 0 && s->leased == 0 && s->open == 0) return Status::Ok();
    if (s->leased > 0) last_alive = Clock::now();
    if (Since(last_alive) > cfg_.worker_wait_s) {
      std::fprintf(stderr,
                   "hirewire nightly: no extraction worker took a WARC file for %.0f s (%lld ready); "
                   "reporting what was done\n",
                   cfg_.worker_wait_s, static_cast<long long>(s->ready));
      return Status::Ok();
    }
    if (Since(last_line) >= 10) {
      last_line = Clock::now();
      std::fprintf(stderr,
                   "nightly extract (queue): %lld WARC files ready, %lld leased, %lld done, %lld failed\n",
                   static_cast<long long>(s->ready), static_cast<long long>(s->leased),
                   static_cast<long long>(s->done), static_cast<long long>(s->failed));
    }
    TestPause();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

Status Runner::CoordinatorExtract() {
  auto start = Clock::now();
  fetch::WarcQueueOptions qo;
  qo.worker = WorkerName();
  auto queue = fetch::WarcQueue::Open(cfg_.frontier, qo);
  if (!queue.ok()) return queue.status();
  auto seeded = LoadJson(RunFile("seeded.json"));
  if (!seeded.ok()) return seeded.status();
  Json own;
  if (!cfg_.worker.empty()) {
    PipelineOptions po;
    auto pipeline = Pipeline::Create(po);
    if (!pipeline.ok()) return pipeline.status();
    QueueExtractOptions o;
    o.follow = true;
    o.jobs = JobsOrCores(cfg_.jobs);
    o.renew_ms = qo.lease_ms / 4;
    o.label = "hirewire nightly";
    Progress progress("nightly extract", opts_.progress);
    auto r = ExtractFromQueue(
        **queue, **pipeline, *store_, o, stop_, [](const Article&) { return true; }, &progress);
    progress.Done();
    if (!r.ok()) return r.status();
    if (r->interrupted) return Interrupted("interrupted during extraction");
    own = {{"warc_files", r->files},
           {"failed_files", r->files_failed},
           {"pages", r->tally.pages},
           {"articles", r->tally.articles},
           {"failed", r->failed}};
  }
  HW_RETURN_IF_ERROR(WaitForQueue(**queue));
  auto after = (*queue)->Summary();
  if (!after.ok()) return after.status();
  // What the queue extracted during this run (every worker's files).
  extract_ = Json::object();
  extract_["warc_files"] = after->done;
  extract_["failed_files"] = after->failed;
  extract_["responses"] = after->pages - seeded->value("queue_pages", int64_t{0});
  extract_["pages"] = after->pages - seeded->value("queue_pages", int64_t{0});
  extract_["articles"] = after->articles - seeded->value("queue_articles", int64_t{0});
  extract_["failed"] = after->failed - seeded->value("queue_failed", int64_t{0});
  extract_["warnings"] = Json::object();
  if (!own.is_null()) extract_["own_worker"] = own;
  extract_["seconds"] = Round3(Since(start));
  articles_loaded_ = true;
  return WriteFileAtomic(RunFile("extract.json"), Dump(extract_));
}

int64_t DayNumber(const std::string& date) {  // days since 1970 of YYYY-MM-DD
  std::tm tm{};
  if (date.size() < 10) return 0;
  tm.tm_year = std::atoi(date.substr(0, 4).c_str()) - 1900;
  tm.tm_mon = std::atoi(date.substr(5, 2).c_str()) - 1;
  tm.tm_mday = std::atoi(date.substr(8, 2).c_str());
  return static_cast<int64_t>(timegm(&tm) / 86400);
}

Status Runner::ReportPhase() {
  auto start = Clock::now();
  HW_RETURN_IF_ERROR(LoadArticles());
  std::vector<std::string> keys;
  auto events = store_->store().Events(&keys);
  if (!events.ok()) return events.status();
  std::map<std::string, std::string> change;
  for (const auto& k : merge_["new"]) change[k.get<std::string>()] = "new";
  for (const auto& k : merge_["updated"]) change[k.get<std::string>()] = "updated";
  ReportInput in;
  in.run_id = run_id_;
  in.date = RunDate(run_id_);
  for (size_t i = 0; i < events->size(); ++i) {
    auto it = change.find(keys[i]);
    if (it == change.end()) continue;
    TonightEvent t;
    t.change = it->second;
    t.event = (*events)[i];
    FindEvidence(articles_, t.event, &t);
    if (t.source_url.empty() && !t.event.sources.empty()) t.source_url = t.event.sources.back();
    in.tonight.push_back(std::move(t));
  }
  for (const Event& e : *events) {
    OfferCount& o = in.offers_by_employer[e.employer.empty() ? "(unknown)" : e.employer];
    ++o.events;
    o.offers += static_cast<int64_t>(e.offers.size());
  }
  // History: every completed run within report_days of tonight, plus tonight.
  auto runs = ListDir(runs_dir_);
  if (!runs.ok()) return runs.status();
  const int64_t today = DayNumber(in.date);
  for (const std::string& r : *runs) {
    int64_t n = 0, u = 0;
    if (r == run_id_) {
      n = static_cast<int64_t>(merge_["new"].size());
      u = static_cast<int64_t>(merge_["updated"].size());
    } else {
      auto s = LoadJson(runs_dir_ + "/" + r + "/summary.json");
      if (!s.ok()) continue;
      n = s->value("events_new", int64_t{0});
      u = s->value("events_updated", int64_t{0});
    }
    int64_t day = DayNumber(RunDate(r));
    if (today - day >= cfg_.report_days || day > today) continue;
    in.history.push_back({r, RunDate(r), n, u});
  }
  in.report_days = cfg_.report_days;
  in.crawl = crawl_;
  in.extract = extract_;
  auto counts = store_->store().Count();
  if (counts.ok()) {
    in.store_events = counts->events;
    in.store_articles = counts->articles;
  }
  Json report = ReportJson(in);
  TestPause();
  HW_RETURN_IF_ERROR(WriteFileAtomic(RunFile("report.json"), Dump(report)));
  TestPause();
  HW_RETURN_IF_ERROR(WriteFileAtomic(RunFile("report.html"), ReportHtml(in)));
  TestPause();
  report_seconds_ = Since(start);
  return Status::Ok();
}

void Notify(const std::string& cmd, const std::string& summary) {
  FILE* p = ::popen(cmd.c_str(), "w");
  if (!p) {
    std::fprintf(stderr, "hirewire nightly: notify_cmd could not start: %s\n", cmd.c_str());
    return;
  }
  std::fwrite(summary.data(), 1, summary.size(), p);
  int rc = ::pclose(p);
  if (rc != 0)
    std::fprintf(stderr, "hirewire nightly: notify_cmd exited with status %d: %s\n",
                 WIFEXITED(rc) ? WEXITSTATUS(rc) : rc, cmd.c_str());
}

int Runner::Finish() {
  // Pages this run fetched: the crawl summary counts its last invocation only; after a kill
  // in the crawl phase the captures of the killed invocation are in this run's WARC files.
  const int64_t fetched =
      std::max(crawl_.value("fetched", int64_t{0}),
               extract_.value("responses", int64_t{0}) + extract_.value("revisits", int64_t{0}));
  const int64_t crawl_errors = crawl_.value("error_count", int64_t{0});
  const int64_t articles = extract_.value("articles", int64_t{0});
  const double error_rate = fetched + crawl_errors > 0 ? static_cast<double>(crawl_errors) /
                                                             static_cast<double>(fetched + crawl_errors)
                                                       : 0;
  Json alerts = Json::array();
  if (fetched < cfg_.min_pages)
    alerts.push_back(fetched == 0 ? "fetched nothing" : "fetched only " + std::to_string(fetched) + " pages");
  if (fetched > 0 && articles < cfg_.min_articles)
    alerts.push_back(articles == 0 ? "extracted nothing"
                                   : "extracted only " + std::to_string(articles) + " articles");
  if (error_rate > cfg_.max_error_rate) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "error rate %.1f%% above the threshold %.1f%%", error_rate * 100,
                  cfg_.max_error_rate * 100);
    alerts.push_back(buf);
  }
  std::map<std::string, int64_t> warnings;
  for (const auto& [k, v] : extract_["warnings"].items()) warnings[k] = v.get<int64_t>();
  const double crawl_s = crawl_.value("nightly_seconds", 0.0), extract_s = extract_.value("seconds", 0.0),
               plan_s = plan_.value("seconds", 0.0), merge_s = merge_.value("seconds", 0.0);
  summary_ = Json::object();
  summary_["run"] = run_id_;
  summary_["status"] = alerts.empty() ? "ok" : "alert";
  summary_["alerts"] = alerts;
  summary_["resumed"] = resumed_;
  summary_["pages"] = fetched;
  summary_["bytes"] = crawl_.value("bytes", int64_t{0});
  summary_["articles"] = articles;
  summary_["events_new"] = merge_["new"].size();
  summary_["events_updated"] = merge_["updated"].size();
  summary_["warnings"] = warnings;
  summary_["errors"] = crawl_errors + extract_.value("failed", int64_t{0});
  summary_["error_rate"] = Round3(error_rate);
  summary_["seconds"] = {{"crawl", crawl_s},
                         {"extract", extract_s},
                         {"plan", plan_s},
                         {"merge", merge_s},
                         {"report", Round3(report_seconds_)}};
  summary_["report"] = "runs/" + run_id_ + "/report.html";
  const std::string text = Dump(summary_);
  if (Status s = WriteFileAtomic(RunFile("summary.json"), text); !s.ok()) {
    std::fprintf(stderr, "hirewire nightly: %s\n", s.ToString().c_str());
    return 3;
  }
  // The index lists every completed run (this one included).
  std::vector<Json> all;
  if (auto runs = ListDir(runs_dir_); runs.ok())
    for (const std::string& r : *runs)
      if (auto s = LoadJson(runs_dir_ + "/" + r + "/summary.json"); s.ok())
        all.push_back(std::move(s).value());
  if (Status s = WriteFileAtomic(cfg_.data_dir + "/index.html", IndexHtml(all)); !s.ok())
    std::fprintf(stderr, "hirewire nightly: %s\n", s.ToString().c_str());
  std::printf("%s\n", summary_.dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
  std::fflush(stdout);
  std::fprintf(
      stderr, "nightly %s: %lld pages, %lld articles, %zu events (%zu new, %zu updated), %s, %lld errors\n",
      run_id_.c_str(), static_cast<long long>(fetched), static_cast<long long>(articles),
      merge_["new"].size() + merge_["updated"].size(), merge_["new"].size(), merge_["updated"].size(),
      WarningsLine(warnings).c_str(), static_cast<long long>(summary_["errors"].get<int64_t>()));
  if (!alerts.empty()) {  // one line, every reason
    std::string line;
    for (const auto& a : alerts) line += (line.empty() ? "" : "; ") + a.get<std::string>();
    std::fprintf(stderr, "hirewire nightly: ALERT: run %s: %s (report: %s/%s)\n", run_id_.c_str(),
                 line.c_str(), cfg_.data_dir.c_str(), summary_["report"].get<std::string>().c_str());
  }
  if (!cfg_.notify_cmd.empty()) Notify(cfg_.notify_cmd, text);
  return alerts.empty() ? 0 : kExitAlert;
}

int Runner::Run() {
  Status s = MakeDirs(cfg_.data_dir);
  std::unique_ptr<DirLock> lock;
  if (s.ok()) {
    auto l = DirLock::Acquire(cfg_.data_dir);
    if (!l.ok())
      s = l.status();
    else
      lock = std::move(l).value();
  }
  if (s.ok()) s = OpenRun();
  if (s.ok() && resumed_) std::fprintf(stderr, "hirewire nightly: resuming run %s\n", run_id_.c_str());
  if (s.ok() && coordinator()) s = BeforePhase();  // before any worker of this run stores anything
  if (s.ok()) s = CrawlPhase();
  if (s.ok()) s = PlanPhase();
  if (s.ok()) s = ExtractPhase();
  if (s.ok()) s = MergePhase();
  if (s.ok()) s = ReportPhase();
  if (!s.ok()) {
    if (interrupted_) {
      std::fprintf(stderr, "hirewire nightly: run %s %s; the next start resumes it\n", run_id_.c_str(),
                   s.message().c_str());
      return 130;
    }
    std::fprintf(stderr, "hirewire nightly: %s%s\n", run_id_.empty() ? "" : ("run " + run_id_ + ": ").c_str(),
                 s.ToString().c_str());
    return 3;
  }
  return Finish();
}

}  // namespace

int RunNightly(const NightlyConfig& config, const NightlyOptions& opts, const std::atomic<bool>* stop) {
  Runner r(config, opts, stop);
  return r.Run();
}

}  // namespace hirewire::app
