// HostScheduler (pure, fake times) and the SQLite CrawlState (frontier semantics).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "fetch/scheduler.h"
#include "fetch/state.h"
#include "fetch/transport.h"

namespace hirewire::fetch {
namespace {

SchedulerOptions Opts() {
  SchedulerOptions o;
  o.delay_ms = 1000;
  o.max_conns = 1;
  o.backoff_base_ms = 2000;
  o.backoff_max_ms = 60000;
  o.pause_after = 4;
  o.pause_ms = 600000;
  return o;
}

TEST(HostScheduler, OneConnectionAndDelayAfterStartAndFinish) {
  HostScheduler s(Opts());
  EXPECT_TRUE(s.CanStart("a", 0));
  s.OnStart("a", 0);
  EXPECT_FALSE(s.CanStart("a", 5000));  // still in flight
  EXPECT_TRUE(s.CanStart("b", 0));      // other hosts are independent
  s.OnSuccess("a", 3000);               // slow answer: delay counts from the finish
  EXPECT_FALSE(s.CanStart("a", 3999));
  EXPECT_TRUE(s.CanStart("a", 4000));
  EXPECT_EQ(s.ReadyAt("a", 3500), 4000);
}

TEST(HostScheduler, ConcurrencyLimitAndDelayBetweenStarts) {
  SchedulerOptions o = Opts();
  o.max_conns = 2;
  o.delay_ms = 100;
  HostScheduler s(o);
  s.OnStart("a", 0);
  EXPECT_FALSE(s.CanStart("a", 50));
  EXPECT_TRUE(s.CanStart("a", 100));
  s.OnStart("a", 100);
  EXPECT_FALSE(s.CanStart("a", 1000));
  EXPECT_EQ(s.InFlight("a"), 2);
}

TEST(HostScheduler, CrawlDelayOverridesTheDefault) {
  HostScheduler s(Opts());
  s.SetDelay("a", 5000);
  s.OnStart("a", 0);
  s.OnSuccess("a", 10);
  EXPECT_FALSE(s.CanStart("a", 4999));
  EXPECT_TRUE(s.CanStart("a", 5010));
}

TEST(HostScheduler, BackoffGrowsWithJitterAndRetryAfterWins) {
  HostScheduler s(Opts());
  std::vector<int64_t> waits;
  int64_t now = 0;
  for (int i = 0; i < 3; ++i) {
    s.OnStart("a", now);
    waits.push_back(s.OnTransientFailure("a", now, -1));
    now = s.ReadyAt("a", now);
  }
  EXPECT_GE(waits[0], 1000);
  EXPECT_LT(waits[0], 2000);
  EXPECT_GE(waits[1], 2000);
  EXPECT_LT(waits[1], 4000);
  EXPECT_GE(waits[2], 4000);
  EXPECT_LT(waits[2], 8000);
  s.OnStart("b", 0);
  EXPECT_EQ(s.OnTransientFailure("b", 0, 30000), 30000);
  EXPECT_FALSE(s.CanStart("b", 29999));
  EXPECT_TRUE(s.CanStart("b", 30000));
}

TEST(HostScheduler, KeepsFailingThenPausedAndSuccessResets) {
  HostScheduler s(Opts());
  int64_t now = 0;
  for (int i = 0; i < 3; ++i) {
    s.OnStart("a", now);
    s.OnTransientFailure("a", now, -1);
    now = s.ReadyAt("a", now);
  }
  EXPECT_FALSE(s.Paused("a", now));
  s.OnStart("a", now);
  s.OnTransientFailure("a", now, -1);
  EXPECT_TRUE(s.Paused("a", now + 599999));
  EXPECT_FALSE(s.CanStart("a", now + 599999));
  EXPECT_TRUE(s.CanStart("a", now + 600000));
  s.OnStart("a", now + 600000);
  s.OnSuccess("a", now + 600001);
  EXPECT_EQ(s.ConsecutiveFailures("a"), 0);
}

TEST(RetryAfter, SecondsAndHttpDate) {
  EXPECT_EQ(ParseRetryAfterMs("120", 0), 120000);
  EXPECT_EQ(ParseRetryAfterMs(" 5 ", 0), 5000);
  // Wed, 21 Oct 2015 07:28:00 GMT = 1445412480
  EXPECT_EQ(ParseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", 1445412480000 - 3000), 3000);
  EXPECT_EQ(ParseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", 1445412480000 + 3000), 0);
  EXPECT_EQ(ParseRetryAfterMs("soon", 0), -1);
  EXPECT_EQ(ParseRetryAfterMs("", 0), -1);
}

class CrawlStateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("hw_state_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path_);
    auto s = OpenSqliteState((path_ / "state.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    state_ = std::move(*s);
  }
  void TearDown() override {
    state_.reset();
    std::filesystem::remove_all(path_);
  }
  NewUrl U(const std::string& path, bool recheck = false, int priority = 0) {
    NewUrl u;
    u.url = "http://a.test" + path;
    u.host = "http://a.test";
    u.site = "a";
    u.recheck = recheck;
    u.priority = priority;
    u.kind = recheck ? UrlKind::kFeed : UrlKind::kPage;
    return u;
  }
  Completion Done(const FrontierEntry& e, const std::string& etag = "") {
    Completion c;
    c.id = e.id;
    c.url = e.url;
    c.at_ms = 1000;
    c.http_status = 200;
    c.outcome = "new";
    c.kind = e.kind;
    c.etag = etag;
    c.digest = "sha1:X";
    c.warc_file = "f.warc.gz";
    c.warc_date = "2026-01-01T00:00:00Z";
    c.record_id = "urn:uuid:1";
    return c;
  }
  std::filesystem::path path_;
  std::unique_ptr<CrawlState> state_;
};

TEST_F(CrawlStateTest, DedupPriorityLeaseAndResume) {
  ASSERT_TRUE(state_->BeginRun(0).ok());
  auto n = state_->AddUrls({U("/1"), U("/2"), U("/1"), U("/feed", true, 2)});
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 3);
  auto l = state_->Lease("http://a.test", 0, 2);
  ASSERT_TRUE(l.ok());
  ASSERT_EQ(l->size(), 2u);
  EXPECT_EQ((*l)[0].url, "http://a.test/feed");  // priority first
  EXPECT_EQ((*l)[1].url, "http://a.test/1");
  // Leased URLs are not leased twice; a restart (BeginRun of the unfinished run) returns them.
  EXPECT_EQ(state_->Lease("http://a.test", 0, 10)->size(), 1u);
  EXPECT_EQ(*state_->BeginRun(0), 1);
  EXPECT_EQ(state_->Lease("http://a.test", 0, 10)->size(), 3u);
}

TEST_F(CrawlStateTest, FeedsAreRereadEachRunPagesOnce) {
  ASSERT_TRUE(state_->BeginRun(0).ok());
  ASSERT_TRUE(state_->AddUrls({U("/page"), U("/feed", true)}).ok());
  auto l = state_->Lease("http://a.test", 0, 10);
  ASSERT_EQ(l->size(), 2u);
  std::vector<Completion> done;
  for (const auto& e : *l) done.push_back(Done(e, "\"e1\""));
  ASSERT_TRUE(state_->Commit(done, {}, "f.warc.gz", 1234).ok());
  EXPECT_TRUE(state_->Lease("http://a.test", 0, 10)->empty());
  ASSERT_TRUE(state_->FinishRun(1, 2000).ok());
  EXPECT_EQ(*state_->BeginRun(3000), 2);
  auto l2 = state_->Lease("http://a.test", 0, 10);
  ASSERT_EQ(l2->size(), 1u);
  EXPECT_EQ((*l2)[0].url, "http://a.test/feed");
  EXPECT_EQ((*l2)[0].etag, "\"e1\"");  // validators come back with the lease
  EXPECT_EQ((*l2)[0].digest, "sha1:X");
  auto files = state_->WarcFiles();
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].committed_bytes, 1234u);
}

TEST_F(CrawlStateTest, RetryWaitsAndSitemapLastmodRequeues) {
  ASSERT_TRUE(state_->BeginRun(0).ok());
  ASSERT_TRUE(state_->AddUrls({U("/r"), U("/p")}).ok());
  auto l = state_->Lease("http://a.test", 0, 10);
  ASSERT_EQ(l->size(), 2u);
  Completion retry;
  retry.action = Completion::Action::kRetry;
  retry.id = (*l)[0].id;
  retry.url = (*l)[0].url;
  retry.next_at_ms = 50000;
  ASSERT_TRUE(state_->Commit({retry, Done((*l)[1])}, {}, "", 0).ok());
  EXPECT_TRUE(state_->Lease("http://a.test", 49999, 10)->empty());
  EXPECT_EQ(**state_->NextDue("http://a.test"), 50000);
  auto again = state_->Lease("http://a.test", 50000, 10);
  ASSERT_EQ(again->size(), 1u);
  EXPECT_EQ((*again)[0].attempts, 1);
  // A sitemap lastmod newer than the last fetch (at_ms = 1000 ms) re-queues a done page.
  NewUrl p = U("/p");
  p.lastmod_s = 0;
  EXPECT_EQ(*state_->AddUrls({p}), 0);
  p.lastmod_s = 100;
  EXPECT_EQ(*state_->AddUrls({p}), 1);
}

}  // namespace
}  // namespace hirewire::fetch
