// The crawler on fakes: a fake clock and a fake transport that answers instantly and lets
// simulated time pass when the crawler waits. Politeness and long Retry-After waits are checked
// in simulated time, so the test takes milliseconds.
#include <gtest/gtest.h>
#include <unistd.h>

#include <deque>
#include <filesystem>
#include <functional>
#include <map>

#include "fetch/crawler.h"
#include "fetch/state.h"
#include "fetch/transport.h"

namespace hirewire::fetch {
namespace {

class FakeClock : public Clock {
 public:
  int64_t MonotonicMs() override { return now_; }
  int64_t WallMs() override { return 1764300000000 + now_; }
  void Advance(int64_t ms) { now_ += ms; }

 private:
  int64_t now_ = 0;
};

struct Started {
  std::string url;
  int64_t at_ms;
};

class FakeTransport : public HttpTransport {
 public:
  using Handler = std::function<HttpResponse(const HttpRequest&, int nth)>;
  explicit FakeTransport(FakeClock* clock, Handler h) : clock_(clock), handler_(std::move(h)) {}

  void Start(HttpRequest req) override {
    started_.push_back({req.url, clock_->MonotonicMs()});
    queue_.push_back(std::move(req));
  }
  std::vector<HttpResponse> Poll(int timeout_ms) override {
    std::vector<HttpResponse> out;
    if (queue_.empty()) {
      clock_->Advance(std::max(1, timeout_ms));
      return out;
    }
    clock_->Advance(5);  // every answer takes 5 ms
    while (!queue_.empty()) {
      HttpRequest r = std::move(queue_.front());
      queue_.pop_front();
      HttpResponse resp = handler_(r, ++count_[r.url]);
      resp.id = r.id;
      resp.url = r.url;
      resp.started_wall_ms = clock_->WallMs();
      resp.request_head = "GET " + r.url + " HTTP/1.1\r\n\r\n";
      out.push_back(std::move(resp));
    }
    return out;
  }
  size_t InFlight() const override { return queue_.size(); }
  const std::vector<Started>& started() const { return started_; }

 private:
  FakeClock* clock_;
  Handler handler_;
  std::deque<HttpRequest> queue_;
  std::vector<Started> started_;
  std::map<std::string, int> count_;
};

HttpResponse Answer(int status, const std::string& body, const std::string& extra = "") {
  HttpResponse r;
  r.status = status;
  r.response_head =
      "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: text/html\r\n" + extra + "\r\n";
  r.headers = {{"Content-Type", "text/html"}};
  if (!extra.empty()) {
    size_t c = extra.find(':');
    r.headers.emplace_back(extra.substr(0, c), extra.substr(c + 2, extra.size() - c - 4));
  }
  r.body = body;
  return r;
}

class CrawlFakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("hw_crawl_fake_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    cfg_.out_dir = (dir_ / "warc").string();
    cfg_.state_path = (dir_ / "state.db").string();
    cfg_.obey_robots = false;
    cfg_.delay_s = 1.0;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  CrawlSummary Crawl(FakeTransport* t) {
    auto state = OpenSqliteState(cfg_.state_path);
    EXPECT_TRUE(state.ok());
    auto c = Crawler::Create(cfg_, &clock_, t, state->get());
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    auto s = (*c)->Run(nullptr, {});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? *s : CrawlSummary();
  }

  std::filesystem::path dir_;
  CrawlConfig cfg_;
  FakeClock clock_;
};

TEST_F(CrawlFakeTest, RequestsToOneHostAreSpacedByTheDelayInSimulatedTime) {
  SiteConfig s;
  for (int i = 0; i < 5; ++i) s.seeds.push_back("http://a.test/p" + std::to_string(i));
  s.seeds.push_back("http://b.test/x");
  cfg_.sites = {s};
  FakeTransport t(&clock_, [](const HttpRequest&, int) { return Answer(200, "<html><p>x</p></html>"); });
  CrawlSummary sum = Crawl(&t);
  EXPECT_EQ(sum.new_pages, 6);
  std::vector<int64_t> a;
  for (const auto& st : t.started())
    if (st.url.find("a.test") != std::string::npos) a.push_back(st.at_ms);
  ASSERT_EQ(a.size(), 5u);
  for (size_t i = 1; i < a.size(); ++i) EXPECT_GE(a[i] - a[i - 1], 1000);
  EXPECT_GE(clock_.MonotonicMs(), 4000);
}

TEST_F(CrawlFakeTest, LongRetryAfterIsHonouredWithoutRealWaiting) {
  SiteConfig s;
  s.seeds = {"http://a.test/busy"};
  cfg_.sites = {s};
  FakeTransport t(&clock_, [](const HttpRequest&, int nth) {
    return nth == 1 ? Answer(503, "", "Retry-After: 90\r\n") : Answer(200, "<html><p>ok</p></html>");
  });
  CrawlSummary sum = Crawl(&t);
  ASSERT_EQ(t.started().size(), 2u);
  EXPECT_GE(t.started()[1].at_ms - t.started()[0].at_ms, 90000);
  EXPECT_EQ(sum.new_pages, 1);
  EXPECT_EQ(sum.retries, 1);
}

TEST_F(CrawlFakeTest, AHostThatDoesNotResolveIsADnsErrorAndWaitsForTheNextRunAtOnce) {
  SiteConfig s;
  s.seeds = {"http://nx.test/a", "http://nx.test/b", "http://ok.test/a"};
  cfg_.sites = {s};
  cfg_.obey_robots = true;
  cfg_.max_attempts = 4;
  FakeTransport t(&clock_, [](const HttpRequest& req, int) {
    if (req.url.find("nx.test") != std::string::npos) {
      HttpResponse r;
      r.error = TransportError::kDns;
      r.error_message = "Could not resolve host: nx.test";
      return r;
    }
    return req.url.ends_with("/robots.txt") ? Answer(404, "") : Answer(200, "<html><p>ok</p></html>");
  });
  CrawlSummary sum = Crawl(&t);
  int nx_requests = 0;
  for (const auto& st : t.started()) nx_requests += st.url.find("nx.test") != std::string::npos;
  EXPECT_EQ(nx_requests, 1);  // no back-off retries of a name that does not resolve
  EXPECT_EQ(sum.errors["dns"], 1);
  EXPECT_EQ(sum.errors.count("robots_connect"), 0u);
  EXPECT_EQ(sum.errors.count("robots_dns"), 0u);
  ASSERT_EQ(sum.failed.size(), 1u);
  EXPECT_EQ(sum.failed[0].url, "http://nx.test/robots.txt");
  EXPECT_EQ(sum.failed[0].error, "dns");
  EXPECT_NE(sum.failed[0].detail.find("Could not resolve host: nx.test"), std::string::npos);
  EXPECT_EQ(sum.new_pages, 1);
  EXPECT_EQ(sum.queued_left, 2);  // nx.test's URLs wait for the next run
  EXPECT_EQ(sum.robots_fetches, 1);
}

}  // namespace
}  // namespace hirewire::fetch
