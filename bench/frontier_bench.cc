// Scale-out figures for docs/scale.md, measured in one run on one machine (a throw-away
// PostgreSQL from tests/pg/pg_tmp.sh with fsync and synchronous_commit ON, like production):
//
//   BM_FrontierClaims/T   T threads, each a worker with its own connection, lease batches of
//                         16 URLs of a host and commit them done, over 200 hosts x 100 URLs:
//                         URLs claimed (and completed) per second, lease transactions per second.
//   BM_CrawlWorkers/N     N `hirewire crawl --frontier` processes against the loopback bench
//                         server (bench/bench_server.h, politeness off, robots off); N = 0 is
//                         the single-process SQLite crawl (--state), the baseline of the same
//                         run. pages/s, ratio to the baseline, max RSS of the largest worker,
//                         and its peak RSS when 10 %, 50 % and 90 % of the pages were served
//                         (memory flat over 100k URLs: CrawlWorkers/1/100000).
//
//   frontier_bench --benchmark_filter='Claims|CrawlWorkers/.*/10000'
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_server.h"
#include "corpus/pg.h"
#include "fetch/frontier_pg.h"

namespace {

namespace fs = std::filesystem;
using namespace hirewire;
using namespace hirewire::fetch;

// One durable PostgreSQL for the whole run, stopped at exit.
class BenchPostgres {
 public:
  static BenchPostgres& Get() {
    static BenchPostgres* p = new BenchPostgres();
    return *p;
  }
  bool ok() const { return !dir_.empty(); }
  // A new empty database; returns its URL.
  std::string NewDatabase(const std::string& name) {
    auto c = pg::Conn::Open(url_);
    if (!c.ok()) return "";
    (void)(*c)->Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    if (!(*c)->Exec("CREATE DATABASE " + name).ok()) return "";
    return "postgresql://postgres@/" + name + "?host=" + dir_;
  }

 private:
  BenchPostgres() {
    std::string cmd =
        "HIREWIRE_PG_DURABLE=1 " + std::string(HIREWIRE_SOURCE_DIR) + "/tests/pg/pg_tmp.sh start";
    FILE* p = popen(cmd.c_str(), "r");
    char buf[512] = {0};
    std::string out;
    while (p && fgets(buf, sizeof(buf), p)) out += buf;
    if (p && pclose(p) == 0 && out.find(' ') != std::string::npos) {
      while (!out.empty() && out.back() == '\n') out.pop_back();
      dir_ = out.substr(0, out.find(' '));
      url_ = out.substr(out.find(' ') + 1);
      std::atexit([] {
        std::string stop = std::string(HIREWIRE_SOURCE_DIR) + "/tests/pg/pg_tmp.sh stop " + Get().dir_;
        if (std::system(stop.c_str()) != 0) std::fprintf(stderr, "frontier_bench: %s failed\n", stop.c_str());
      });
    }
  }
  std::string dir_, url_;
};

int64_t WallMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void BM_FrontierClaims(benchmark::State& st) {
  const int threads = static_cast<int>(st.range(0));
  constexpr int kClaimHosts = 200, kPerHost = 100;
  if (!BenchPostgres::Get().ok()) return st.SkipWithError("no PostgreSQL (tests/pg/pg_tmp.sh)");
  double urls_per_s = 0, tx_per_s = 0;
  for (auto _ : st) {
    std::string url = BenchPostgres::Get().NewDatabase("claims" + std::to_string(threads));
    {
      PostgresFrontierOptions o;
      o.worker = "seed";
      auto seed = OpenPostgresFrontier(url, o);
      if (!seed.ok()) return st.SkipWithError(seed.status().ToString().c_str());
      // No BeginRun: the seeding connection is not a worker (it would count in the fair share).
      std::vector<NewUrl> urls;
      for (int h = 0; h < kClaimHosts; ++h)
        for (int i = 0; i < kPerHost; ++i) {
          NewUrl u;
          u.host = "http://h" + std::to_string(h) + ".bench";
          u.url = u.host + "/a/" + std::to_string(i);
          urls.push_back(std::move(u));
        }
      if (!(*seed)->AddUrls(urls).ok()) return st.SkipWithError("AddUrls failed");
    }
    std::atomic<int64_t> claimed{0}, leases{0};
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        PostgresFrontierOptions o;
        o.worker = "w" + std::to_string(t);
        o.delay_ms = 0;
        auto w = OpenPostgresFrontier(url, o);
        if (!w.ok() || !(*w)->BeginRun(WallMs()).ok()) return;
        // Each worker walks the hosts from its own starting point until a full pass finds nothing.
        for (bool any = true; any;) {
          any = false;
          for (int k = 0; k < kClaimHosts; ++k) {
            std::string host =
                "http://h" + std::to_string((k + t * kClaimHosts / threads) % kClaimHosts) + ".bench";
            auto got = (*w)->Lease(host, WallMs(), 16);
            ++leases;
            if (!got.ok() || got->empty()) continue;
            any = true;
            std::vector<Completion> done;
            for (const auto& e : *got) {
              Completion c;
              c.id = e.id;
              c.url = e.url;
              c.at_ms = WallMs();
              c.http_status = 200;
              c.outcome = "new";
              done.push_back(std::move(c));
            }
            if ((*w)->Commit(done, {}, "", 0).ok()) claimed += static_cast<int64_t>(got->size());
          }
        }
      });
    }
    for (auto& th : pool) th.join();
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    urls_per_s = static_cast<double>(claimed.load()) / wall;
    tx_per_s = static_cast<double>(leases.load()) / wall;
    st.counters["urls"] = static_cast<double>(claimed.load());
  }
  st.counters["claims_per_s"] = urls_per_s;
  st.counters["lease_calls_per_s"] = tx_per_s;
}
BENCHMARK(BM_FrontierClaims)->Arg(1)->Arg(2)->Arg(4)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Runs `workers` crawl processes (0: one SQLite crawl) over `pages` pages; returns pages/s and
// the largest max RSS (MiB) of a worker, and the largest peak RSS (VmHWM) of a worker when the
// server had answered 10 %, 50 % and 90 % of the pages (memory must stay flat as URLs grow).
struct CrawlRun {
  double pages_per_s = 0;
  double max_rss_mib = 0;
  double rss_at_mib[3] = {0, 0, 0};
  int64_t pages = 0;
  int64_t retried_errors = 0;  // transient errors the workers retried successfully
  std::string error;
};

// VmHWM (peak resident set so far) of a live process, MiB; 0 when unreadable.
double PeakRssMib(pid_t pid) {
  FILE* f = fopen(("/proc/" + std::to_string(pid) + "/status").c_str(), "r");
  if (!f) return 0;
  char line[256];
  double kib = 0;
  while (fgets(line, sizeof line, f))
    if (std::sscanf(line, "VmHWM: %lf kB", &kib) == 1) break;
  fclose(f);
  return kib / 1024.0;
}

CrawlRun RunCrawlers(int workers, int pages) {
  CrawlRun r;
  fs::path dir = fs::temp_directory_path() / ("hw_frontier_bench_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  bench::CrawlConfig cfg = bench::BenchConfig(dir, pages);
  std::vector<std::string> common = {
      "crawl",           "--delay",      "0", "--concurrency",  "4",   "--max-in-flight", "64",
      "--ignore-robots", "--gzip-level", "1", "--commit-every", "256", "--quiet"};
  for (const auto& s : cfg.sites[0].sitemaps) common.insert(common.end(), {"--seed", s});
  for (const auto& s : cfg.resolve) common.insert(common.end(), {"--resolve", s});
  std::string url;
  if (workers > 0) {
    url = BenchPostgres::Get().NewDatabase("crawl" + std::to_string(workers) + "_" + std::to_string(pages));
    if (url.empty()) {
      r.error = "no PostgreSQL";
      return r;
    }
  }
  std::vector<pid_t> pids;
  auto t0 = std::chrono::steady_clock::now();
  for (int w = 0; w < std::max(1, workers); ++w) {
    std::vector<std::string> args = common;
    args.insert(args.begin(), HIREWIRE_BINARY);
    args.insert(args.end(), {"--out", (dir / "warc").string()});
    if (workers == 0) {
      args.insert(args.end(), {"--state", (dir / "state.db").string()});
    } else {
      args.insert(args.end(), {"--frontier", url, "--worker", "w" + std::to_string(w)});
    }
    pid_t pid = fork();
    if (pid == 0) {
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (!freopen((dir / ("summary-" + std::to_string(w) + ".json")).c_str(), "w", stdout)) _exit(127);
      execv(argv[0], argv.data());
      _exit(127);
    }
    pids.push_back(pid);
  }
  // Memory as the crawl goes: sample when the server passes 10 %, 50 % and 90 % of the pages.
  const int64_t served0 = bench::Server().pages_served();
  const double marks[3] = {0.1, 0.5, 0.9};
  for (int m = 0; m < 3;) {
    int alive = 0;
    for (pid_t pid : pids) {
      siginfo_t si{};  // exited (not yet reaped) processes are not alive
      alive +=
          !(waitid(P_PID, static_cast<id_t>(pid), &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid);
    }
    if (bench::Server().pages_served() - served0 >= static_cast<int64_t>(marks[m] * pages)) {
      for (pid_t pid : pids) r.rss_at_mib[m] = std::max(r.rss_at_mib[m], PeakRssMib(pid));
      ++m;
      continue;
    }
    if (!alive) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (size_t w = 0; w < pids.size(); ++w) {
    int status = 0;
    rusage ru{};
    wait4(pids[w], &status, 0, &ru);
    r.max_rss_mib = std::max(r.max_rss_mib, static_cast<double>(ru.ru_maxrss) / 1024.0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      // The worker's summary says why (its "errors" and "failed" lists). Exit 1 with nothing
      // failed: transient errors (the loaded loopback server resets a connection now and then)
      // that were retried and fetched; counted, not a failure.
      std::string summary;
      if (FILE* in = fopen((dir / ("summary-" + std::to_string(w) + ".json")).c_str(), "r")) {
        char buf[600] = {0};
        summary.assign(buf, fread(buf, 1, sizeof buf - 1, in));
        fclose(in);
      }
      if (WIFEXITED(status) && WEXITSTATUS(status) == 1 &&
          summary.find("\"failed\":[]") != std::string::npos) {
        size_t at = summary.find("\"error_count\":");
        if (at != std::string::npos) r.retried_errors += std::atoll(summary.c_str() + at + 14);
        continue;
      }
      r.error = "crawl process " + std::to_string(w) + " exit " +
                std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ": " + summary;
      std::fprintf(stderr, "frontier_bench: %s\n", r.error.c_str());
    }
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Pages fetched: WARC response records are the truth for both backends; count the CDXJ lines.
  int64_t lines = 0;
  for (const auto& f : fs::directory_iterator(dir / "warc")) {
    if (f.path().extension() != ".cdxj") continue;
    FILE* in = fopen(f.path().c_str(), "r");
    for (int c; in && (c = fgetc(in)) != EOF;) lines += c == '\n';
    if (in) fclose(in);
  }
  r.pages = lines - static_cast<int64_t>(cfg.sites[0].sitemaps.size());
  r.pages_per_s = static_cast<double>(lines) / wall;
  fs::remove_all(dir);
  return r;
}

void BM_CrawlWorkers(benchmark::State& st) {
  const int workers = static_cast<int>(st.range(0)), pages = static_cast<int>(st.range(1));
  (void)bench::Server();
  static double baseline = 0;  // the SQLite crawl of this run (registered first)
  CrawlRun r;
  for (auto _ : st) r = RunCrawlers(workers, pages);
  if (!r.error.empty()) return st.SkipWithError(r.error.c_str());
  if (workers == 0) baseline = r.pages_per_s;
  st.counters["pages"] = static_cast<double>(r.pages);
  st.counters["pages_per_s"] = r.pages_per_s;
  st.counters["max_rss_mib"] = r.max_rss_mib;
  st.counters["retried_errors"] = static_cast<double>(r.retried_errors);
  st.counters["rss_at_10pct_mib"] = r.rss_at_mib[0];
  st.counters["rss_at_50pct_mib"] = r.rss_at_mib[1];
  st.counters["rss_at_90pct_mib"] = r.rss_at_mib[2];
  st.counters["ratio_vs_sqlite"] = baseline > 0 ? r.pages_per_s / baseline : 0;
}
BENCHMARK(BM_CrawlWorkers)
    ->Args({0, 10000})
    ->Args({1, 10000})
    ->Args({2, 10000})
    ->Args({4, 10000})
    ->Args({0, 100000})
    ->Args({1, 100000})
    ->Args({2, 100000})
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

}  // namespace
