// The crawler against local servers only (cpp-httplib on 127.0.0.1 plus a raw socket server
// for resets and short bodies). Several host names point at loopback via CURLOPT_RESOLVE.
// Politeness is checked on the server side: arrivals and in-flight counts per Host header.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "corpus/warc_reader.h"
#include "corpus/warc_writer.h"
#include "fetch/crawler.h"
#include "fetch/state.h"
#include "fetch/transport.h"
#include "tests/fetch/crawl_warc_check.h"

namespace hirewire::fetch {
namespace {

namespace fs = std::filesystem;
using Clock_ = std::chrono::steady_clock;

std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

struct Hit {
  std::string host;  // Host header without port
  std::string path;
  double t;  // seconds since server start
  std::map<std::string, std::string> headers;
};

// One httplib server; routes by "host/path" (host without port). Records every request.
class TestServer {
 public:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&, int hit_no)>;

  TestServer() {
    server_.new_task_queue = [] { return new httplib::ThreadPool(24); };
    server_.set_keep_alive_max_count(1000);
    auto handle = [this](const httplib::Request& req, httplib::Response& res) { Handle(req, res); };
    server_.Get(".*", handle);
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ~TestServer() {
    server_.stop();
    thread_.join();
  }

  int port() const { return port_; }
  std::string Url(const std::string& host, const std::string& path) const {
    return "http://" + host + ":" + std::to_string(port_) + path;
  }
  std::string Resolve(const std::string& host) const {
    return host + ":" + std::to_string(port_) + ":127.0.0.1";
  }

  void On(const std::string& host, const std::string& path, Handler h) {
    std::lock_guard<std::mutex> l(mu_);
    routes_[host + path] = std::move(h);
  }
  void Static(const std::string& host, const std::string& path, std::string body,
              std::string type = "text/html; charset=utf-8") {
    On(host, path, [body, type](const httplib::Request&, httplib::Response& res, int) {
      res.set_content(body, type.c_str());
    });
  }

  std::vector<Hit> Hits(const std::string& host = "") {
    std::lock_guard<std::mutex> l(mu_);
    std::vector<Hit> out;
    for (const auto& h : hits_)
      if (host.empty() || h.host == host) out.push_back(h);
    return out;
  }
  int Count(const std::string& host, const std::string& path) {
    int n = 0;
    for (const auto& h : Hits(host)) n += h.path == path;
    return n;
  }
  int MaxInFlight(const std::string& host) {
    std::lock_guard<std::mutex> l(mu_);
    return max_in_flight_[host];
  }

 private:
  void Handle(const httplib::Request& req, httplib::Response& res) {
    std::string host = req.get_header_value("Host");
    if (size_t c = host.rfind(':'); c != std::string::npos) host = host.substr(0, c);
    std::string path = req.path;
    if (!req.params.empty()) {
      // httplib splits the query off; put it back for routing.
      std::string q;
      for (const auto& [k, v] : req.params) q += (q.empty() ? "?" : "&") + k + "=" + v;
      path += q;
    }
    Handler h;
    int hit_no = 0;
    {
      std::lock_guard<std::mutex> l(mu_);
      Hit hit{host, path, std::chrono::duration<double>(Clock_::now() - t0_).count(), {}};
      for (const auto& [k, v] : req.headers) hit.headers[k] = v;
      hits_.push_back(hit);
      hit_no = ++per_route_[host + path];
      int n = ++in_flight_[host];
      max_in_flight_[host] = std::max(max_in_flight_[host], n);
      auto it = routes_.find(host + path);
      if (it != routes_.end()) h = it->second;
    }
    if (h) {
      h(req, res, hit_no);
    } else {
      res.status = 404;
      res.set_content("not found", "text/plain");
    }
    std::lock_guard<std::mutex> l(mu_);
    --in_flight_[host];
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex mu_;
  std::map<std::string, Handler> routes_;
  std::vector<Hit> hits_;
  std::map<std::string, int> per_route_;
  std::map<std::string, int> in_flight_;
  std::map<std::string, int> max_in_flight_;
  Clock_::time_point t0_ = Clock_::now();
};

// Raw TCP server for what httplib cannot do: reset connections and short bodies.
class RawServer {
 public:
  RawServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(fd_, 64);
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { Loop(); });
  }
  ~RawServer() {
    stop_ = true;
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    thread_.join();
  }
  int port() const { return port_; }
  std::string Resolve(const std::string& host) const {
    return host + ":" + std::to_string(port_) + ":127.0.0.1";
  }
  std::string Url(const std::string& host, const std::string& path) const {
    return "http://" + host + ":" + std::to_string(port_) + path;
  }
  int hits(const std::string& path) {
    std::lock_guard<std::mutex> l(mu_);
    return hits_[path];
  }

 private:
  void Loop() {
    while (!stop_) {
      int c = ::accept(fd_, nullptr, nullptr);
      if (c < 0) {
        if (stop_) return;
        continue;
      }
      std::string req;
      char buf[4096];
      while (req.find("\r\n\r\n") == std::string::npos) {
        ssize_t n = ::recv(c, buf, sizeof buf, 0);
        if (n <= 0) break;
        req.append(buf, static_cast<size_t>(n));
      }
      size_t sp1 = req.find(' '), sp2 = req.find(' ', sp1 + 1);
      std::string path = sp1 == std::string::npos ? "" : req.substr(sp1 + 1, sp2 - sp1 - 1);
      {
        std::lock_guard<std::mutex> l(mu_);
        ++hits_[path];
      }
      if (path == "/robots.txt") {
        std::string r = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        ::send(c, r.data(), r.size(), MSG_NOSIGNAL);
      } else if (path == "/reset") {
        linger lg{1, 0};  // RST on close
        ::setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
      } else if (path == "/truncated") {
        std::string r =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n"
            "<html><body>only the start";
        ::send(c, r.data(), r.size(), MSG_NOSIGNAL);
      } else if (path == "/huge-headers") {  // 406 KB of headers
        std::string r = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
        for (int i = 0; i < 406; ++i)
          r += "X-Pad-" + std::to_string(i) + ": " + std::string(1000, 'a') + "\r\n";
        r += "Content-Length: 2\r\nConnection: close\r\n\r\nok";
        ::send(c, r.data(), r.size(), MSG_NOSIGNAL);
      } else if (path == "/bad-chunk") {
        std::string r =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
            "Connection: close\r\n\r\nzz\r\nhello\r\n0\r\n\r\n";
        ::send(c, r.data(), r.size(), MSG_NOSIGNAL);
      } else if (path == "/negative-length") {
        std::string r =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: -5\r\nConnection: close\r\n\r\n"
            "hello";
        ::send(c, r.data(), r.size(), MSG_NOSIGNAL);
      }
      ::close(c);
    }
  }
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex mu_;
  std::map<std::string, int> hits_;
};

class CrawlLoopbackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hw_crawl_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    cfg_.out_dir = (dir_ / "warc").string();
    cfg_.state_path = (dir_ / "state.db").string();
    cfg_.delay_s = 0.05;
    cfg_.user_agent = "hirewire-test/0.1 (+https://example.invalid/bot)";
    cfg_.total_timeout_s = 10;
    cfg_.connect_timeout_s = 3;
    cfg_.backoff_base_s = 0.2;
    cfg_.backoff_max_s = 2;
    cfg_.commit_every = 4;
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }

  void Seed(const std::vector<std::string>& seeds) {
    SiteConfig s;
    s.name = "site";
    s.seeds = seeds;
    cfg_.sites = {s};
  }

  CrawlSummary Crawl() {
    auto state = OpenSqliteState(cfg_.state_path);
    EXPECT_TRUE(state.ok()) << state.status().ToString();
    auto transport = CreateCurlTransport(TransportOptionsFor(cfg_), SystemClock());
    EXPECT_TRUE(transport.ok());
    auto crawler = Crawler::Create(cfg_, SystemClock(), transport->get(), state->get());
    EXPECT_TRUE(crawler.ok()) << crawler.status().ToString();
    auto sum = (*crawler)->Run(nullptr, {});
    EXPECT_TRUE(sum.ok()) << sum.status().ToString();
    return sum.ok() ? *sum : CrawlSummary();
  }

  // Every WARC file passes the checker; returns response/revisit records by URI.
  std::multimap<std::string, testing::CheckedRecord> CheckWarcs() {
    std::multimap<std::string, testing::CheckedRecord> out;
    for (const auto& e : fs::directory_iterator(cfg_.out_dir)) {
      if (!e.path().string().ends_with(".warc.gz")) continue;
      auto check = testing::CheckWarcFile(e.path().string());
      for (const auto& err : check.errors) ADD_FAILURE() << e.path() << ": " << err;
      for (auto& r : check.records)
        if (r.type == "response" || r.type == "revisit") out.emplace(r.uri, r);
    }
    return out;
  }

  // Arrival gaps (seconds) between consecutive requests to host.
  std::vector<double> Gaps(const std::string& host) {
    auto hits = server_.Hits(host);
    std::vector<double> g;
    for (size_t i = 1; i < hits.size(); ++i) g.push_back(hits[i].t - hits[i - 1].t);
    return g;
  }

  TestServer server_;
  fs::path dir_;
  CrawlConfig cfg_;
};

std::string Rss(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string s = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>";
  for (const auto& [link, date] : items)
    s += "<item><title>x</title><link>" + link + "</link>" +
         (date.empty() ? "" : "<pubDate>" + date + "</pubDate>") + "</item>";
  return s + "</channel></rss>";
}

std::string Page(const std::string& text, const std::string& extra_head = "") {
  return "<html><head><title>" + text + "</title>" + extra_head + "</head><body><p>" + text +
         "</p></body></html>";
}

TEST_F(CrawlLoopbackTest, DiscoversThroughFeedsSitemapsIndexesGzipAndNews) {
  const std::string h = "news.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.max_age_days = 30;
  server_.Static(h, "/robots.txt",
                 "User-agent: *\nDisallow: /private/\nSitemap: " + server_.Url(h, "/sm-index.xml") + "\n",
                 "text/plain");
  // Home page announces an Atom feed (autodiscovery).
  server_.Static(h, "/",
                 Page("home", "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"));
  server_.Static(
      h, "/atom.xml",
      "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a</title>"
      "<entry><title>e</title><link href=\"/from-atom\"/><updated>2099-01-01T00:00:00Z</updated></entry>"
      "</feed>",
      "application/atom+xml");
  // RSS served with a wrong Content-Type: the root element decides.
  server_.Static(h, "/rss",
                 Rss({{server_.Url(h, "/from-rss"), ""},
                      {server_.Url(h, "/too-old"), "Tue, 10 Jun 2003 04:00:00 GMT"},
                      {server_.Url(h, "/private/secret"), ""}}),
                 "text/html");
  server_.Static(h, "/sm-index.xml",
                 "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                 "<sitemap><loc>" +
                     server_.Url(h, "/sm1.xml.gz") +
                     "</loc></sitemap>"
                     "<sitemap><loc>" +
                     server_.Url(h, "/news.xml") + "</loc></sitemap></sitemapindex>",
                 "application/xml");
  server_.Static(h, "/sm1.xml.gz",
                 Gzip("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                      "<url><loc>" +
                      server_.Url(h, "/from-gzip-sitemap") + "</loc></url></urlset>"),
                 "application/x-gzip");
  server_.Static(h, "/news.xml",
                 "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                 "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                 "<url><loc>" +
                     server_.Url(h, "/from-news") +
                     "</loc><news:news><news:publication>"
                     "<news:name>N</news:name><news:language>en</news:language></news:publication>"
                     "<news:publication_date>2099-01-01</news:publication_date><news:title>T</news:title>"
                     "</news:news></url>"
                     "<url><loc>" +
                     server_.Url(h, "/old-news") +
                     "</loc><news:news>"
                     "<news:publication_date>2001-01-01</news:publication_date></news:news></url></urlset>",
                 "text/xml");
  for (std::string p : {"/from-atom", "/from-rss", "/from-gzip-sitemap", "/from-news"})
    server_.Static(h, p, Page(p));
  Seed({server_.Url(h, "/"), server_.Url(h, "/rss")});
  CrawlSummary s = Crawl();
  for (std::string p : {"/robots.txt", "/", "/atom.xml", "/rss", "/sm-index.xml", "/sm1.xml.gz", "/news.xml",
                        "/from-atom", "/from-rss", "/from-gzip-sitemap", "/from-news"})
    EXPECT_EQ(server_.Count(h, p), 1) << p;
  EXPECT_EQ(server_.Count(h, "/too-old"), 0);
  EXPECT_EQ(server_.Count(h, "/old-news"), 0);
  EXPECT_EQ(server_.Count(h, "/private/secret"), 0);
  EXPECT_EQ(s.disallowed, 1);
  EXPECT_EQ(s.new_pages, 10);
  auto recs = CheckWarcs();
  EXPECT_EQ(recs.size(), 10u);
  EXPECT_EQ(recs.count(server_.Url(h, "/from-news")), 1u);
  // Every stored request carried our user agent.
  for (auto hit : server_.Hits(h)) EXPECT_EQ(hit.headers["User-Agent"], cfg_.user_agent);
}

TEST_F(CrawlLoopbackTest, RobotsStatusClassesRedirectsAndSize) {
  const std::vector<std::string> hosts = {"r404.test",   "r403.test",  "r500.test",
                                          "rredir.test", "rhuge.test", "r429.test"};
  for (const auto& h : hosts) {
    cfg_.resolve.push_back(server_.Resolve(h));
    server_.Static(h, "/page", Page(h));
    server_.Static(h, "/blocked", Page(h));
  }
  cfg_.max_attempts = 2;
  server_.On("r404.test", "/robots.txt", [](auto&, auto& res, int) { res.status = 404; });
  server_.On("r403.test", "/robots.txt", [](auto&, auto& res, int) { res.status = 403; });
  server_.On("r500.test", "/robots.txt", [](auto&, auto& res, int) { res.status = 500; });
  server_.On("r429.test", "/robots.txt", [](auto&, auto& res, int) { res.status = 429; });
  server_.On("rredir.test", "/robots.txt",
             [](auto&, auto& res, int) { res.set_redirect("/real-robots.txt"); });
  server_.Static("rredir.test", "/real-robots.txt", "User-agent: *\nDisallow: /blocked\n", "text/plain");
  // 600 KiB of comments after the rule: the rule at the top must still count.
  server_.Static(
      "rhuge.test", "/robots.txt",
      "\xEF\xBB\xBFUser-agent: hirewire-test\r\nDisallow: /blocked\r\n" + std::string(600 * 1024, '#'),
      "text/plain");
  std::vector<std::string> seeds;
  for (const auto& h : hosts) {
    seeds.push_back(server_.Url(h, "/page"));
    seeds.push_back(server_.Url(h, "/blocked"));
  }
  Seed(seeds);
  CrawlSummary s = Crawl();
  // 4xx robots: everything allowed.
  for (std::string h : {"r404.test", "r403.test"}) {
    EXPECT_EQ(server_.Count(h, "/page"), 1) << h;
    EXPECT_EQ(server_.Count(h, "/blocked"), 1) << h;
  }
  // 5xx / 429 robots: nothing fetched; robots retried (max_attempts times), not hammered.
  for (std::string h : {"r500.test", "r429.test"}) {
    EXPECT_EQ(server_.Count(h, "/page"), 0) << h;
    EXPECT_EQ(server_.Count(h, "/robots.txt"), 2) << h;
  }
  // Redirected robots.txt is followed; huge robots.txt with BOM + CRLF still parsed.
  for (std::string h : {"rredir.test", "rhuge.test"}) {
    EXPECT_EQ(server_.Count(h, "/page"), 1) << h;
    EXPECT_EQ(server_.Count(h, "/blocked"), 0) << h;
  }
  EXPECT_EQ(s.disallowed, 2);
  EXPECT_GE(s.queued_left, 4);  // the unreachable hosts' URLs wait for the next run
  CheckWarcs();
}

TEST_F(CrawlLoopbackTest, PolitenessDelayConcurrencyAndCrawlDelay) {
  cfg_.delay_s = 0.2;
  cfg_.resolve = {server_.Resolve("slow.test"), server_.Resolve("cd.test"), server_.Resolve("two.test")};
  cfg_.per_host_concurrency = 1;
  std::vector<std::string> seeds;
  for (int i = 0; i < 6; ++i) {
    std::string p = "/p" + std::to_string(i);
    server_.On("slow.test", p, [](auto&, auto& res, int) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      res.set_content(Page("slow"), "text/html");
    });
    server_.Static("cd.test", p, Page("cd"));
    seeds.push_back(server_.Url("slow.test", p));
    seeds.push_back(server_.Url("cd.test", p));
  }
  server_.Static("slow.test", "/robots.txt", "", "text/plain");
  server_.Static("cd.test", "/robots.txt", "User-agent: *\nCrawl-delay: 0.5\n", "text/plain");
  Seed(seeds);
  auto t0 = Clock_::now();
  Crawl();
  double took = std::chrono::duration<double>(Clock_::now() - t0).count();
  EXPECT_EQ(server_.MaxInFlight("slow.test"), 1);
  EXPECT_EQ(server_.MaxInFlight("cd.test"), 1);
  auto g1 = Gaps("slow.test");
  ASSERT_EQ(g1.size(), 6u);  // robots + 6 pages
  for (double g : g1) EXPECT_GE(g, 0.2 - 0.01);
  auto g2 = Gaps("cd.test");
  ASSERT_EQ(g2.size(), 6u);
  for (size_t i = 1; i < g2.size(); ++i) EXPECT_GE(g2[i], 0.5 - 0.01) << i;  // after robots.txt: Crawl-delay
  // Hosts run in parallel: the whole crawl takes about the slowest host, not the sum.
  EXPECT_LT(took, 0.5 * 6 + 0.2 * 6);
  CheckWarcs();
}

TEST_F(CrawlLoopbackTest, PerHostConcurrencyIsNeverExceeded) {
  cfg_.delay_s = 0;
  cfg_.per_host_concurrency = 3;
  cfg_.obey_robots = false;
  cfg_.resolve = {server_.Resolve("par.test")};
  std::vector<std::string> seeds;
  for (int i = 0; i < 24; ++i) {
    std::string p = "/p" + std::to_string(i);
    server_.On("par.test", p, [](auto&, auto& res, int) {
      std::this_thread::sleep_for(std::chrono::milliseconds(40));
      res.set_content(Page("par"), "text/html");
    });
    seeds.push_back(server_.Url("par.test", p));
  }
  Seed(seeds);
  CrawlSummary s = Crawl();
  EXPECT_EQ(s.new_pages, 24);
  EXPECT_EQ(server_.MaxInFlight("par.test"), 3);
}

TEST_F(CrawlLoopbackTest, RetryAfterSecondsAndHttpDateAndServerErrorBursts) {
  cfg_.resolve = {server_.Resolve("busy.test"), server_.Resolve("date.test"), server_.Resolve("burst.test"),
                  server_.Resolve("gone.test")};
  cfg_.obey_robots = false;
  server_.On("busy.test", "/a", [](auto&, auto& res, int n) {
    if (n == 1) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      return;
    }
    res.set_content(Page("ok"), "text/html");
  });
  server_.On("date.test", "/a", [](auto&, auto& res, int n) {
    if (n == 1) {
      res.status = 503;
      time_t t = time(nullptr) + 2;
      char buf[64];
      struct tm tm {};
      gmtime_r(&t, &tm);
      strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
      res.set_header("Retry-After", buf);
      return;
    }
    res.set_content(Page("ok"), "text/html");
  });
  server_.On("burst.test", "/a", [](auto&, auto& res, int n) {
    if (n <= 3) {
      res.status = 500 + n;
      return;
    }
    res.set_content(Page("ok"), "text/html");
  });
  server_.On("gone.test", "/a", [](auto&, auto& res, int) { res.status = 410; });
  cfg_.max_attempts = 5;
  Seed({server_.Url("busy.test", "/a"), server_.Url("date.test", "/a"), server_.Url("burst.test", "/a"),
        server_.Url("gone.test", "/a")});
  CrawlSummary s = Crawl();
  auto busy = Gaps("busy.test");
  ASSERT_EQ(busy.size(), 1u);
  EXPECT_GE(busy[0], 1.0 - 0.01);
  auto date = Gaps("date.test");
  ASSERT_EQ(date.size(), 1u);
  EXPECT_GE(date[0], 0.9);  // HTTP-date has one-second resolution
  auto burst = Gaps("burst.test");
  ASSERT_EQ(burst.size(), 3u);
  EXPECT_GE(burst[2], burst[0]);                   // exponential back-off grows (jitter is within [0.5, 1))
  EXPECT_EQ(server_.Count("gone.test", "/a"), 1);  // no retries for other 4xx
  EXPECT_EQ(s.new_pages, 3);
  EXPECT_EQ(s.errors["http_410"], 1);
  EXPECT_EQ(s.retries, 5);
  auto recs = CheckWarcs();
  EXPECT_EQ(recs.size(), 4u);  // 3 pages + the 410 answer
}

TEST_F(CrawlLoopbackTest, AHostThatKeepsFailingIsPaused) {
  cfg_.resolve = {server_.Resolve("down.test")};
  cfg_.obey_robots = false;
  cfg_.pause_after_failures = 3;
  cfg_.pause_s = 3600;
  cfg_.max_attempts = 10;
  std::vector<std::string> seeds;
  for (int i = 0; i < 10; ++i) {
    std::string p = "/p" + std::to_string(i);
    server_.On("down.test", p, [](auto&, auto& res, int) { res.status = 503; });
    seeds.push_back(server_.Url("down.test", p));
  }
  Seed(seeds);
  auto t0 = Clock_::now();
  CrawlSummary s = Crawl();
  EXPECT_EQ(server_.Hits("down.test").size(), 3u);
  EXPECT_LT(std::chrono::duration<double>(Clock_::now() - t0).count(), 10.0);
  EXPECT_EQ(s.queued_left, 10);
}

TEST_F(CrawlLoopbackTest, SecondRunSendsValidatorsAndStoresRevisits) {
  const std::string h = "inc.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.obey_robots = false;
  server_.Static(h, "/feed", Rss({{server_.Url(h, "/etag"), ""}, {server_.Url(h, "/same"), ""}}),
                 "application/rss+xml");
  server_.On(h, "/etag", [](const httplib::Request& req, httplib::Response& res, int) {
    if (req.get_header_value("If-None-Match") == "\"v1\"") {
      res.status = 304;
      res.set_header("ETag", "\"v1\"");
      return;
    }
    res.set_header("ETag", "\"v1\"");
    res.set_content(Page("etag"), "text/html");
  });
  server_.Static(h, "/same", Page("same"));  // no validators: the digest decides
  Seed({server_.Url(h, "/feed")});
  CrawlSummary s1 = Crawl();
  EXPECT_EQ(s1.new_pages, 3);
  // Run 2: the feed is re-read; articles are not fetched again.
  CrawlSummary s2 = Crawl();
  EXPECT_EQ(s2.fetched, 1);
  EXPECT_EQ(s2.unchanged, 1);
  EXPECT_EQ(server_.Count(h, "/etag"), 1);
  EXPECT_EQ(server_.Count(h, "/feed"), 2);
  // Run 3 with all URLs re-seeded as recheck: 304 for /etag, identical digest for /same.
  Seed({server_.Url(h, "/feed"), server_.Url(h, "/etag"), server_.Url(h, "/same")});
  CrawlSummary s3 = Crawl();
  EXPECT_EQ(s3.unchanged, 3);
  EXPECT_EQ(s3.new_pages, 0);
  auto hits = server_.Hits(h);
  int with_inm = 0;
  for (const auto& hit : hits) with_inm += hit.path == "/etag" && hit.headers.count("If-None-Match");
  EXPECT_EQ(with_inm, 1);
  auto recs = CheckWarcs();
  int revisits = 0;
  for (const auto& [uri, r] : recs) revisits += r.type == "revisit";
  EXPECT_EQ(revisits, 4);  // feed x2, etag (304), same (digest)
}

TEST_F(CrawlLoopbackTest, RedirectLoopsChainsAndSchemes) {
  const std::string h = "redir.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.obey_robots = false;
  server_.On(h, "/loop-a", [](auto&, auto& res, int) { res.set_redirect("/loop-b"); });
  server_.On(h, "/loop-b", [](auto&, auto& res, int) { res.set_redirect("/loop-a"); });
  for (int i = 0; i < 8; ++i) {
    std::string to = "/chain" + std::to_string(i + 1);
    server_.On(h, "/chain" + std::to_string(i),
               [to](auto&, auto& res, int) { res.set_redirect(to.c_str(), 301); });
  }
  server_.On(h, "/to-ftp", [](auto&, auto& res, int) { res.set_redirect("ftp://example.com/x"); });
  server_.On(h, "/to-file", [](auto&, auto& res, int) { res.set_redirect("file:///etc/passwd"); });
  Seed({server_.Url(h, "/loop-a"), server_.Url(h, "/chain0"), server_.Url(h, "/to-ftp"),
        server_.Url(h, "/to-file")});
  CrawlSummary s = Crawl();
  EXPECT_EQ(server_.Count(h, "/loop-a"), 1);
  EXPECT_EQ(server_.Count(h, "/loop-b"), 1);
  EXPECT_EQ(server_.Count(h, "/chain5"), 1);  // 5 redirects followed
  EXPECT_EQ(server_.Count(h, "/chain6"), 0);
  EXPECT_EQ(s.errors["too_many_redirects"], 1);
  EXPECT_EQ(s.errors["bad_redirect_scheme"], 2);
  EXPECT_EQ(s.redirected, 10);
  CheckWarcs();
}

TEST_F(CrawlLoopbackTest, SlowDripsResetsAndShortBodiesAreRetriedThenGivenUp) {
  RawServer raw;
  cfg_.resolve = {server_.Resolve("drip.test"), raw.Resolve("raw.test")};
  cfg_.obey_robots = false;
  cfg_.low_speed_bytes = 1000;
  cfg_.low_speed_time_s = 1;
  cfg_.max_attempts = 2;
  server_.On("drip.test", "/drip", [](auto&, httplib::Response& res, int) {
    res.set_chunked_content_provider("text/html", [](size_t offset, httplib::DataSink& sink) {
      if (offset > 40) {
        sink.done();
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      sink.write("<p>x</p>", 8);
      return true;
    });
  });
  Seed({server_.Url("drip.test", "/drip"), raw.Url("raw.test", "/reset"), raw.Url("raw.test", "/truncated")});
  CrawlSummary s = Crawl();
  EXPECT_EQ(raw.hits("/reset"), 2);
  EXPECT_EQ(raw.hits("/truncated"), 2);
  EXPECT_GE(s.errors["timeout"], 1);
  EXPECT_GE(s.errors["reset"], 1);
  EXPECT_EQ(s.errors["partial"], 2);
  EXPECT_EQ(s.new_pages, 0);
  EXPECT_TRUE(CheckWarcs().empty());
}

TEST_F(CrawlLoopbackTest, GzipBombIsCutAtTheBodyCap) {
  cfg_.resolve = {server_.Resolve("bomb.test")};
  cfg_.obey_robots = false;
  cfg_.max_body_bytes = 1 << 20;
  static const std::string bomb = Gzip(std::string(200u << 20, '\0'));  // 200 MiB of zeros, ~200 KiB gzip
  server_.On("bomb.test", "/bomb", [](auto&, httplib::Response& res, int) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(bomb, "text/html");
  });
  Seed({server_.Url("bomb.test", "/bomb")});
  CrawlSummary s = Crawl();
  EXPECT_EQ(s.errors["truncated"], 1);
  auto recs = CheckWarcs();
  ASSERT_EQ(recs.size(), 1u);
  const auto& r = recs.begin()->second;
  EXPECT_EQ(r.truncated, "length");
  EXPECT_EQ(r.payload.size(), 1u << 20);
}

TEST_F(CrawlLoopbackTest, EucKrPageWithoutCharsetIsStoredByteForByte) {
  cfg_.resolve = {server_.Resolve("kr.test")};
  cfg_.obey_robots = false;
  // "<meta>"-less EUC-KR: 한국어 기사 본문입니다 (EUC-KR bytes), served as bare text/html.
  const std::string euckr =
      "<html><head><title>\xC7\xD1\xB1\xB9\xBE\xEE</title></head><body><p>"
      "\xC7\xD1\xB1\xB9\xBE\xEE \xB1\xE2\xBB\xE7 \xBA\xBB\xB9\xAE\xC0\xD4\xB4\xCF\xB4\xD9. "
      "\xC7\xD1\xB1\xB9\xBE\xEE \xB1\xE2\xBB\xE7 \xBA\xBB\xB9\xAE\xC0\xD4\xB4\xCF\xB4\xD9. "
      "\xC7\xD1\xB1\xB9\xBE\xEE \xB1\xE2\xBB\xE7 \xBA\xBB\xB9\xAE\xC0\xD4\xB4\xCF\xB4\xD9.</p></body></html>";
  server_.Static("kr.test", "/kr", euckr, "text/html");
  Seed({server_.Url("kr.test", "/kr")});
  Crawl();
  auto recs = CheckWarcs();
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs.begin()->second.payload, euckr);
  // What `hirewire extract` reads from the WARC: the page comes back intact.
  std::string file;
  for (const auto& e : fs::directory_iterator(cfg_.out_dir))
    if (e.path().string().ends_with(".warc.gz")) file = e.path().string();
  auto reader = WarcReader::Open(file);
  ASSERT_TRUE(reader.ok());
  WarcRecord rec;
  int pages = 0;
  while (*(*reader)->Next(&rec)) {
    auto page = PageFromWarcRecord(rec, file);
    if (!page.ok()) continue;
    ++pages;
    // Byte-identical with its content type (decoding EUC-KR is tested in tests/extract).
    EXPECT_EQ(page->body, euckr);
    EXPECT_NE(page->content_type.find("text/html"), std::string::npos);
  }
  EXPECT_EQ(pages, 1);
}

TEST_F(CrawlLoopbackTest, StopFlagEndsTheCrawlAndTheNextRunResumes) {
  cfg_.resolve = {server_.Resolve("stop.test")};
  cfg_.obey_robots = false;
  cfg_.delay_s = 0.1;
  std::vector<std::string> seeds;
  for (int i = 0; i < 30; ++i) {
    std::string p = "/p" + std::to_string(i);
    server_.Static("stop.test", p, Page(p));
    seeds.push_back(server_.Url("stop.test", p));
  }
  Seed(seeds);
  {
    auto state = OpenSqliteState(cfg_.state_path);
    auto transport = CreateCurlTransport(TransportOptionsFor(cfg_), SystemClock());
    auto crawler = Crawler::Create(cfg_, SystemClock(), transport->get(), state->get());
    std::atomic<bool> stop{false};
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(800));
      stop = true;
    });
    auto t0 = Clock_::now();
    auto s = (*crawler)->Run(&stop, {});
    stopper.join();
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->interrupted);
    EXPECT_LT(std::chrono::duration<double>(Clock_::now() - t0).count(), 3.0);
    EXPECT_GT(s->new_pages, 2);
    EXPECT_LT(s->new_pages, 30);
  }
  Crawl();
  auto recs = CheckWarcs();
  EXPECT_EQ(recs.size(), 30u);
  for (const auto& u : seeds) EXPECT_EQ(recs.count(u), 1u) << u;
}

TEST_F(CrawlLoopbackTest, SitemapIndexNestingIsCappedInDepthAndCountAndReported) {
  // An index whose child is another index, forever; and an index with 30 children.
  cfg_.resolve = {server_.Resolve("chain.test"), server_.Resolve("wide.test")};
  cfg_.obey_robots = false;
  cfg_.delay_s = 0;
  cfg_.max_sitemap_depth = 2;
  cfg_.max_sitemaps = 10;
  auto index = [](const std::vector<std::string>& children) {
    std::string x =
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const auto& c : children) x += "<sitemap><loc>" + c + "</loc></sitemap>";
    return x + "</sitemapindex>";
  };
  for (int i = 0; i < 10; ++i)
    server_.Static("chain.test", "/idx/" + std::to_string(i),
                   index({server_.Url("chain.test", "/idx/" + std::to_string(i + 1))}), "application/xml");
  std::vector<std::string> children;
  for (int i = 0; i < 30; ++i) {
    std::string p = "/sm/" + std::to_string(i);
    children.push_back(server_.Url("wide.test", p));
    server_.Static(
        "wide.test", p,
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" +
            server_.Url("wide.test", "/page/" + std::to_string(i)) + "</loc></url></urlset>",
        "application/xml");
    server_.Static("wide.test", "/page/" + std::to_string(i), Page("p"));
  }
  server_.Static("wide.test", "/index.xml", index(children), "application/xml");
  SiteConfig chain, wide;
  chain.name = "chain";
  chain.sitemaps = {server_.Url("chain.test", "/idx/0")};
  wide.name = "wide";
  wide.sitemaps = {server_.Url("wide.test", "/index.xml")};
  cfg_.sites = {chain, wide};
  auto t0 = Clock_::now();
  CrawlSummary s = Crawl();
  EXPECT_LT(std::chrono::duration<double>(Clock_::now() - t0).count(), 20.0);
  // Root (level 0) and two nested levels; the third is not fetched.
  for (int i = 0; i <= 2; ++i) EXPECT_EQ(server_.Count("chain.test", "/idx/" + std::to_string(i)), 1) << i;
  EXPECT_EQ(server_.Count("chain.test", "/idx/3"), 0);
  EXPECT_EQ(s.warnings["sitemap_too_deep"], 1);
  int sitemaps = 0, pages = 0;
  for (const auto& hit : server_.Hits("wide.test")) {
    sitemaps += hit.path.starts_with("/sm/");
    pages += hit.path.starts_with("/page/");
  }
  EXPECT_EQ(sitemaps, 10);
  EXPECT_EQ(pages, 10);
  EXPECT_EQ(s.warnings["sitemap_limit"], 20);
  EXPECT_EQ(s.ErrorCount(), 0);
  EXPECT_EQ(s.queued_left, 0);
  std::string json = s.ToJson();
  EXPECT_NE(json.find("\"warnings\":{\"sitemap_limit\":20,\"sitemap_too_deep\":1}"), std::string::npos)
      << json;
}

TEST_F(CrawlLoopbackTest, RobotsRedirectLoopIsReadAsAllowAllAndCachedNotRetried) {
  const std::string h = "rloop.test";
  cfg_.resolve = {server_.Resolve(h)};
  server_.On(h, "/robots.txt", [](auto&, auto& res, int) { res.set_redirect("/r-a"); });
  server_.On(h, "/r-a", [](auto&, auto& res, int) { res.set_redirect("/r-b"); });
  server_.On(h, "/r-b", [](auto&, auto& res, int) { res.set_redirect("/r-a"); });
  server_.Static(h, "/page", Page("page"));
  server_.Static(h, "/private", Page("private"));
  Seed({server_.Url(h, "/page"), server_.Url(h, "/private")});
  CrawlSummary s1 = Crawl();
  // One robots.txt attempt: the request and the 5 redirects libcurl follows.
  EXPECT_EQ(server_.Count(h, "/robots.txt"), 1);
  EXPECT_EQ(server_.Count(h, "/robots.txt") + server_.Count(h, "/r-a") + server_.Count(h, "/r-b"), 6);
  EXPECT_EQ(s1.robots_fetches, 6);
  EXPECT_EQ(server_.Count(h, "/page"), 1);
  EXPECT_EQ(server_.Count(h, "/private"), 1);
  EXPECT_EQ(s1.warnings["robots_redirect_loop"], 1);
  EXPECT_EQ(s1.ErrorCount(), 0);
  EXPECT_EQ(s1.queued_left, 0);
  // The next run uses the cached verdict: no robots.txt request, nothing left queued.
  CrawlSummary s2 = Crawl();
  EXPECT_EQ(server_.Count(h, "/robots.txt"), 1);
  EXPECT_EQ(s2.robots_fetches, 0);
  EXPECT_EQ(s2.ErrorCount(), 0);
  EXPECT_EQ(s2.queued_left, 0);
  EXPECT_EQ(server_.Count(h, "/page"), 2);  // seeds are re-read every run
}

TEST_F(CrawlLoopbackTest, RobotsFetchesCountHttpAnswersIncludingRetries) {
  cfg_.resolve = {server_.Resolve("r5.test"), server_.Resolve("rok.test"), server_.Resolve("rmv.test")};
  cfg_.max_attempts = 2;
  server_.On("r5.test", "/robots.txt", [](auto&, auto& res, int) { res.status = 503; });
  server_.Static("rok.test", "/robots.txt", "User-agent: *\nDisallow:\n", "text/plain");
  server_.On("rmv.test", "/robots.txt", [](auto&, auto& res, int) { res.set_redirect("/moved.txt", 301); });
  server_.Static("rmv.test", "/moved.txt", "User-agent: *\nDisallow:\n", "text/plain");
  for (std::string h : {"r5.test", "rok.test", "rmv.test"}) server_.Static(h, "/p", Page(h));
  Seed({server_.Url("r5.test", "/p"), server_.Url("rok.test", "/p"), server_.Url("rmv.test", "/p")});
  CrawlSummary s = Crawl();
  int robots_hits = 0;
  for (std::string h : {"r5.test", "rok.test", "rmv.test"})
    robots_hits += server_.Count(h, "/robots.txt") + server_.Count(h, "/moved.txt");
  EXPECT_EQ(robots_hits, 2 + 1 + 2);
  EXPECT_EQ(s.robots_fetches, robots_hits);
  EXPECT_EQ(s.fetched, 2);  // robots.txt answers are not page fetches
  ASSERT_EQ(s.failed.size(), 1u);
  EXPECT_EQ(s.failed[0].url, server_.Url("r5.test", "/robots.txt"));
  EXPECT_EQ(s.failed[0].error, "robots_http_503");
}

TEST_F(CrawlLoopbackTest, DeterministicProtocolErrorsAreClassifiedAndNotRetried) {
  RawServer raw;
  cfg_.resolve = {raw.Resolve("proto.test")};
  cfg_.obey_robots = false;
  cfg_.max_attempts = 4;
  std::vector<std::string> seeds;
  for (std::string p : {"/huge-headers", "/bad-chunk", "/negative-length"})
    seeds.push_back(raw.Url("proto.test", p));
  Seed(seeds);
  CrawlSummary s = Crawl();
  for (std::string p : {"/huge-headers", "/bad-chunk", "/negative-length"}) EXPECT_EQ(raw.hits(p), 1) << p;
  EXPECT_EQ(s.errors["protocol"], 3);
  EXPECT_EQ(s.errors.count("reset"), 0u);
  EXPECT_EQ(s.retries, 0);
  ASSERT_EQ(s.failed.size(), 3u);
  for (const auto& f : s.failed) {
    EXPECT_EQ(f.error, "protocol") << f.url;
    EXPECT_FALSE(f.detail.empty()) << f.url;
  }
  EXPECT_EQ(s.queued_left, 0);
}

TEST_F(CrawlLoopbackTest, TheCrawlEndsRightAfterTheLastUrlsFinalFailure) {
  const std::string h = "backoff.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.obey_robots = false;
  cfg_.max_attempts = 2;
  server_.On(h, "/a", [](auto&, auto& res, int n) {
    res.status = 503;
    res.set_header("Retry-After", n == 1 ? "1" : "60");  // the host's back-off after the last try: 60 s
  });
  Seed({server_.Url(h, "/a")});
  auto t0 = Clock_::now();
  CrawlSummary s = Crawl();
  double took = std::chrono::duration<double>(Clock_::now() - t0).count();
  EXPECT_EQ(server_.Count(h, "/a"), 2);
  EXPECT_LT(took, 5.0);
  EXPECT_EQ(s.errors["http_503"], 2);
  ASSERT_EQ(s.failed.size(), 1u);
  EXPECT_EQ(s.failed[0].url, server_.Url(h, "/a"));
  EXPECT_EQ(s.failed[0].error, "http_503");
  EXPECT_EQ(s.queued_left, 0);
}

TEST_F(CrawlLoopbackTest, ARepairedTornWarcTailIsAWarningNotAnError) {
  const std::string h = "torn.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.obey_robots = false;
  server_.Static(h, "/a", Page("a"));
  Seed({server_.Url(h, "/a")});
  CrawlSummary s1 = Crawl();
  ASSERT_EQ(s1.warc_files.size(), 1u);
  // A crash in the middle of a record: half a gzip member after the last complete one.
  std::string member = Gzip("WARC/1.1\r\nWARC-Type: response\r\n" + std::string(4000, 'x'));
  {
    std::ofstream out(fs::path(cfg_.out_dir) / s1.warc_files[0], std::ios::app | std::ios::binary);
    out.write(member.data(), static_cast<std::streamsize>(member.size() / 2));
  }
  CrawlSummary s2 = Crawl();
  EXPECT_EQ(s2.warnings["warc_torn_tail_cut"], 1);
  EXPECT_EQ(s2.ErrorCount(), 0);
  EXPECT_TRUE(s2.failed.empty());
  EXPECT_EQ(CheckWarcs().count(server_.Url(h, "/a")), 2u);
}

TEST_F(CrawlLoopbackTest, SeedsOfSeveralHostsAreCountedUnderTheirOwnHost) {
  cfg_.resolve = {server_.Resolve("one.test"), server_.Resolve("two.test")};
  cfg_.obey_robots = false;
  server_.Static("one.test", "/a", Page("a"));
  server_.Static("one.test", "/b", Page("b"));
  server_.Static("two.test", "/c", Page("c"));
  SiteConfig unnamed;  // what `--seed` gives
  unnamed.seeds = {server_.Url("one.test", "/a"), server_.Url("two.test", "/c"),
                   server_.Url("one.test", "/b"), server_.Url("two.test", "/gone")};
  cfg_.sites = {unnamed};
  CrawlSummary s = Crawl();
  ASSERT_EQ(s.sites.size(), 2u);
  EXPECT_EQ(s.sites["one.test"].fetched, 2);
  EXPECT_EQ(s.sites["one.test"].errors, 0);
  EXPECT_EQ(s.sites["two.test"].fetched, 2);
  EXPECT_EQ(s.sites["two.test"].new_pages, 1);
  EXPECT_EQ(s.sites["two.test"].errors, 1);
}

TEST_F(CrawlLoopbackTest, FailedUrlsAreNamedAndADiscoveredFeedsMissingIsOnlyAWarning) {
  const std::string h = "named.test";
  cfg_.resolve = {server_.Resolve(h)};
  cfg_.obey_robots = false;
  // The home page announces a feed that does not exist; a configured feed that does not exist
  // is the operator's mistake and an error.
  server_.Static(h, "/",
                 Page("home", "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/gone.xml\">"));
  server_.Static(h, "/ok", Page("ok"));
  server_.On(h, "/moved.xml", [](auto&, auto& res, int) { res.set_redirect("/moved-gone.xml", 301); });
  SiteConfig site;
  site.name = "named";
  site.seeds = {server_.Url(h, "/"), server_.Url(h, "/ok"), server_.Url(h, "/missing")};
  site.feeds = {server_.Url(h, "/configured.xml"), server_.Url(h, "/moved.xml")};
  cfg_.sites = {site};
  std::vector<CrawlMessage> messages;
  CrawlSummary s;
  {
    auto state = OpenSqliteState(cfg_.state_path);
    ASSERT_TRUE(state.ok());
    auto transport = CreateCurlTransport(TransportOptionsFor(cfg_), SystemClock());
    ASSERT_TRUE(transport.ok());
    auto crawler = Crawler::Create(cfg_, SystemClock(), transport->get(), state->get());
    ASSERT_TRUE(crawler.ok());
    (*crawler)->SetMessageSink([&](const CrawlMessage& m) { messages.push_back(m); });
    auto r = (*crawler)->Run(nullptr, {});
    ASSERT_TRUE(r.ok());
    s = *r;
  }
  EXPECT_EQ(server_.Count(h, "/gone.xml"), 1);
  EXPECT_EQ(s.warnings["feed_http_404"], 1);
  EXPECT_EQ(s.errors["http_404"], 3);
  EXPECT_EQ(s.ErrorCount(), 3);
  std::set<std::string> failed;
  for (const auto& f : s.failed) {
    EXPECT_EQ(f.error, "http_404");
    failed.insert(f.url);
  }
  EXPECT_EQ(failed, (std::set<std::string>{server_.Url(h, "/missing"), server_.Url(h, "/configured.xml"),
                                           server_.Url(h, "/moved-gone.xml")}));
  std::string json = s.ToJson();
  EXPECT_NE(json.find("{\"url\":\"" + server_.Url(h, "/missing") + "\",\"error\":\"http_404\"}"),
            std::string::npos)
      << json;
  // The sink saw the same, as it happened, plus the warning.
  int errors = 0, warnings = 0;
  for (const auto& m : messages) {
    if (m.level == CrawlMessage::Level::kError) {
      ++errors;
      EXPECT_TRUE(failed.count(m.url)) << m.url;
    } else {
      ++warnings;
      EXPECT_EQ(m.url, server_.Url(h, "/gone.xml"));
      EXPECT_EQ(m.kind, "feed_http_404");
    }
  }
  EXPECT_EQ(errors, 3);
  EXPECT_EQ(warnings, 1);
}

TEST_F(CrawlLoopbackTest, NoWarcFileWhenNothingWasStored) {
  const std::string h = "closed.test";
  cfg_.resolve = {server_.Resolve(h)};
  server_.Static(h, "/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain");
  server_.Static(h, "/a", Page("a"));
  Seed({server_.Url(h, "/a")});
  CrawlSummary s = Crawl();
  EXPECT_EQ(s.disallowed, 1);
  EXPECT_EQ(s.stored, 0);
  EXPECT_TRUE(s.warc_files.empty());
  ASSERT_TRUE(fs::is_directory(cfg_.out_dir));
  EXPECT_TRUE(fs::is_empty(cfg_.out_dir));
  EXPECT_NE(s.ToJson().find("\"warc_files\":[]"), std::string::npos);
}

}  // namespace
}  // namespace hirewire::fetch
