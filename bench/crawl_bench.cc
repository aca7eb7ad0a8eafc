// Crawl throughput on loopback: a cpp-httplib server with many virtual hosts (one sitemap per
// host), politeness off (delay 0, 4 connections per host, 64 in flight), robots off. Reports
// pages/s, crawler-thread CPU per page and RSS. The baseline in the same run is the bare
// transport (libcurl multi, same URLs, same parallelism, no WARC, no state DB): the ratio
// crawl/baseline is the cost of the engine (WARC gzip + sha1 + SQLite + discovery).
//
//   crawl_bench --benchmark_filter=Crawl/10000    (default sizes: 10000; 100000 for the memory check)
#include <benchmark/benchmark.h>
#include <httplib.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include "bench/bench_common.h"
#include "bench/bench_server.h"
#include "fetch/crawler.h"
#include "fetch/state.h"
#include "fetch/transport.h"

namespace {

namespace fs = std::filesystem;
using namespace hirewire::fetch;
using hirewire::bench::BenchConfig;
using hirewire::bench::Host;
using hirewire::bench::kHosts;
using hirewire::bench::Server;
using hirewire::bench::ThreadCpuSeconds;

double RssMiB() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

// Baseline: the same URLs through the bare transport, 64 in flight. Returns {pages/s, cpu us/page}.
std::pair<double, double> RunTransportOnly(int pages) {
  CrawlConfig cfg = BenchConfig(fs::temp_directory_path(), pages);
  auto transport = CreateCurlTransport(TransportOptionsFor(cfg), SystemClock());
  HttpTransport& t = **transport;
  int next = 0, done = 0;
  const int per_host = pages / kHosts;
  double c0 = ThreadCpuSeconds();
  auto t0 = std::chrono::steady_clock::now();
  while (done < pages) {
    while (next < pages && t.InFlight() < 64) {
      HttpRequest r;
      r.id = static_cast<uint64_t>(next);
      int h = next % kHosts, i = next / kHosts;
      r.url = "http://" + Host(h) + ":" + std::to_string(Server().port()) + "/a/" + std::to_string(h) + "/" +
              std::to_string(i % per_host);
      t.Start(std::move(r));
      ++next;
    }
    done += static_cast<int>(t.Poll(50).size());
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = ThreadCpuSeconds() - c0;
  return {done / wall, cpu * 1e6 / std::max(1, done)};
}

void BM_Crawl(benchmark::State& st) {
  const int pages = static_cast<int>(st.range(0));
  int64_t fetched = 0;
  double cpu = 0, wall = 0, rss_after = 0;
  // The baseline measured in the same run, just before the crawl (same server, same URLs).
  const std::pair<double, double> base = RunTransportOnly(std::min(pages, 10000));
  for (auto _ : st) {
    fs::path dir = fs::temp_directory_path() / ("hw_crawl_bench_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    CrawlConfig cfg = BenchConfig(dir, pages);
    auto state = OpenSqliteState(cfg.state_path);
    auto transport = CreateCurlTransport(TransportOptionsFor(cfg), SystemClock());
    auto crawler = Crawler::Create(cfg, SystemClock(), transport->get(), state->get());
    if (!crawler.ok()) {
      st.SkipWithError(crawler.status().ToString().c_str());
      return;
    }
    double c0 = ThreadCpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    // RSS while crawling: at a quarter of the pages and at the last progress report.
    double rss_quarter = 0, rss_last = 0;
    auto sum = (*crawler)->Run(nullptr, [&](const CrawlProgress& p) {
      rss_last = RssMiB();
      if (rss_quarter == 0 && p.done >= pages / 4) rss_quarter = rss_last;
    });
    st.counters["rss_mib_at_25pct"] = rss_quarter;
    st.counters["rss_mib_at_end"] = rss_last;
    wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    cpu += ThreadCpuSeconds() - c0;
    if (!sum.ok()) {
      st.SkipWithError(sum.status().ToString().c_str());
      return;
    }
    fetched += sum->fetched;
    rss_after = RssMiB();
    fs::remove_all(dir);
  }
  st.counters["pages_per_s"] = static_cast<double>(fetched) / wall;
  st.counters["cpu_us_per_page"] = cpu * 1e6 / static_cast<double>(std::max<int64_t>(1, fetched));
  st.counters["rss_mib_after_close"] = rss_after;
  st.counters["pages"] = static_cast<double>(fetched);
  st.counters["baseline_pages_per_s"] = base.first;
  st.counters["baseline_cpu_us_per_page"] = base.second;
  st.counters["ratio_vs_baseline"] = base.first > 0 ? static_cast<double>(fetched) / wall / base.first : 0;
}
BENCHMARK(BM_Crawl)
    ->Arg(2000)
    ->Arg(10000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

void BM_TransportOnly(benchmark::State& st) {
  std::pair<double, double> r;
  for (auto _ : st) r = RunTransportOnly(static_cast<int>(st.range(0)));
  st.counters["pages_per_s"] = r.first;
  st.counters["cpu_us_per_page"] = r.second;
}
BENCHMARK(BM_TransportOnly)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

}  // namespace
