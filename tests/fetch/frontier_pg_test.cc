// The shared PostgreSQL frontier (fetch/frontier_pg.h) with several workers in one process,
// each its own connection, on a throw-away server (tests/pg/pg_harness.h): host leases are
// exclusive, expire with a politeness gap, come back to a restarted worker, and are shared
// fairly; completions, robots cache and WARC files behave like the SQLite state.
#include "fetch/frontier_pg.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>

#include "tests/pg/pg_harness.h"

namespace hirewire::fetch {
namespace {

int64_t WallMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

class FrontierPg : public ::testing::Test {
 protected:
  void SetUp() override {
    auto url = testing::TestPostgres::DatabaseForThisTest("frontier");
    ASSERT_TRUE(url.ok()) << url.status().ToString();
    url_ = *url;
  }
  std::unique_ptr<CrawlState> Worker(const std::string& name, int64_t lease_ms = 60000,
                                     int64_t delay_ms = 200) {
    PostgresFrontierOptions o;
    o.worker = name;
    o.lease_ms = lease_ms;
    o.delay_ms = delay_ms;
    auto s = OpenPostgresFrontier(url_, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (!s.ok()) return nullptr;
    auto run = (*s)->BeginRun(WallMs());
    EXPECT_TRUE(run.ok()) << run.status().ToString();
    return std::move(*s);
  }
  static std::vector<NewUrl> Pages(const std::string& host, int n) {
    std::vector<NewUrl> v;
    for (int i = 0; i < n; ++i) {
      NewUrl u;
      u.url = host + "/p" + std::to_string(i);
      u.host = host;
      v.push_back(u);
    }
    return v;
  }
  static Completion Done(const FrontierEntry& e) {
    Completion c;
    c.id = e.id;
    c.url = e.url;
    c.at_ms = WallMs();
    c.http_status = 200;
    c.outcome = "new";
    return c;
  }
  std::string url_;
};

TEST_F(FrontierPg, OneHostIsLeasedToOneWorkerAtATime) {
  auto w1 = Worker("w1"), w2 = Worker("w2");
  ASSERT_TRUE(w1 && w2);
  ASSERT_EQ(*w1->AddUrls(Pages("http://a.test", 10)), 10);
  auto first = w1->Lease("http://a.test", WallMs(), 4);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->size(), 4u);
  auto second = w2->Lease("http://a.test", WallMs(), 4);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->empty());
  EXPECT_FALSE(*w2->ClaimHost("http://a.test"));
  // w2 is told to look again later, not that the host is done.
  auto due = w2->NextDue("http://a.test");
  ASSERT_TRUE(due.ok() && due->has_value());
  EXPECT_GT(**due, WallMs());
  // The holder keeps leasing in priority order without overlap.
  auto more = w1->Lease("http://a.test", WallMs(), 100);
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(more->size(), 6u);
  std::set<int64_t> ids;
  for (const auto& e : *first) ids.insert(e.id);
  for (const auto& e : *more) ids.insert(e.id);
  EXPECT_EQ(ids.size(), 10u);
}

TEST_F(FrontierPg, ADeadWorkersHostComesBackAfterItsLeaseAndOneGap) {
  auto w1 = Worker("w1", /*lease_ms=*/300, /*delay_ms=*/400), w2 = Worker("w2", 300, 400);
  ASSERT_TRUE(w1 && w2);
  ASSERT_EQ(*w1->AddUrls(Pages("http://a.test", 3)), 3);
  auto leased = w1->Lease("http://a.test", WallMs(), 10);
  ASSERT_TRUE(leased.ok());
  ASSERT_EQ(leased->size(), 3u);
  w1.reset();  // "dies" without releasing: its process is gone (the destructor keeps held URLs)
  std::this_thread::sleep_for(std::chrono::milliseconds(350));
  // Expired: w2 takes the host over but may not send a request before the gap.
  auto early = w2->Lease("http://a.test", WallMs(), 10);
  ASSERT_TRUE(early.ok());
  EXPECT_TRUE(early->empty());
  auto due = w2->NextDue("http://a.test");
  ASSERT_TRUE(due.ok() && due->has_value());
  EXPECT_GE(**due, WallMs() + 300);
  std::this_thread::sleep_for(std::chrono::milliseconds(420));
  auto later = w2->Lease("http://a.test", WallMs(), 10);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->size(), 3u);
}

// A worker killed while it held a host and its URLs, on a host no other worker knows (it found
// the host itself, or the others started before it was seeded): once the lease ran out, the URLs
// are back in the queue and the host is free, and the run cannot finish without them -- before,
// they stayed leased to the dead worker until someone happened to claim the host, and the run was
// declared finished with them never fetched.
TEST_F(FrontierPg, ExpiredLeasesGoBackToTheQueueAndKeepTheRunOpen) {
  auto w1 = Worker("w1", /*lease_ms=*/300, /*delay_ms=*/100), w2 = Worker("w2", 300, 100);
  ASSERT_TRUE(w1 && w2);
  ASSERT_EQ(*w1->AddUrls(Pages("http://found-by-w1.test", 3)), 3);
  auto leased = w1->Lease("http://found-by-w1.test", WallMs(), 10);
  ASSERT_TRUE(leased.ok());
  ASSERT_EQ(leased->size(), 3u);
  w1.reset();  // killed mid-lease
  std::this_thread::sleep_for(std::chrono::milliseconds(350));
  // w2 never asks for that host; it only finishes its own work.
  ASSERT_TRUE(w2->FinishRun(1, WallMs()).ok());
  auto c = pg::Conn::Open(url_);
  ASSERT_TRUE(c.ok());
  auto run = ReadFrontierRun(**c, 0);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_FALSE(run->finished) << "the run finished with a dead worker's URLs never fetched";
  EXPECT_EQ(run->leased, 0);
  EXPECT_EQ(run->queued, 3);
  auto owner = (*c)->Query("SELECT lease_owner FROM frontier_hosts WHERE host='http://found-by-w1.test'");
  ASSERT_TRUE(owner.ok());
  EXPECT_EQ(owner->Text(0, 0), "");
  // Whoever looks for work now finds the host, and may take it after one gap.
  auto hosts = w2->HostsWithWork(10);
  ASSERT_TRUE(hosts.ok());
  EXPECT_EQ(*hosts, std::vector<std::string>{"http://found-by-w1.test"});
  std::this_thread::sleep_for(std::chrono::milliseconds(120));
  auto taken = w2->Lease("http://found-by-w1.test", WallMs(), 10);
  ASSERT_TRUE(taken.ok());
  EXPECT_EQ(taken->size(), 3u);
}

TEST_F(FrontierPg, ARestartedWorkerTakesItsOwnLeasesBack) {
  auto w1 = Worker("w1", 60000, 100);
  ASSERT_TRUE(w1);
  ASSERT_EQ(*w1->AddUrls(Pages("http://a.test", 5)), 5);
  ASSERT_EQ(w1->Lease("http://a.test", WallMs(), 2)->size(), 2u);
  w1.reset();
  auto again = Worker("w1", 60000, 100);  // BeginRun: its URLs are queued again, the host kept
  auto w2 = Worker("w2", 60000, 100);
  ASSERT_TRUE(again && w2);
  EXPECT_TRUE(w2->Lease("http://a.test", WallMs(), 10)->empty());
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  auto back = again->Lease("http://a.test", WallMs(), 10);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->size(), 5u);
}

TEST_F(FrontierPg, CompletionsFinishTheRunForEveryone) {
  auto w1 = Worker("w1"), w2 = Worker("w2");
  ASSERT_TRUE(w1 && w2);
  ASSERT_EQ(*w1->AddUrls(Pages("http://a.test", 3)), 3);
  ASSERT_EQ(*w2->AddUrls(Pages("http://b.test", 2)), 2);
  auto hosts = w2->HostsWithWork(10);
  ASSERT_TRUE(hosts.ok());
  EXPECT_EQ(*hosts, (std::vector<std::string>{"http://a.test", "http://b.test"}));
  auto a = *w1->Lease("http://a.test", WallMs(), 10);
  auto b = *w2->Lease("http://b.test", WallMs(), 10);
  std::vector<Completion> done;
  for (const auto& e : a) done.push_back(Done(e));
  ASSERT_TRUE(w1->Commit(done, {}, "", 0).ok());
  // w2 still holds b.test: the run is not over.
  ASSERT_TRUE(w1->FinishRun(1, WallMs()).ok());
  auto w3 = Worker("w3");
  ASSERT_TRUE(w3);
  EXPECT_EQ(w3->Counts()->done, 3);
  done.clear();
  for (const auto& e : b) done.push_back(Done(e));
  ASSERT_TRUE(w2->Commit(done, {}, "", 0).ok());
  ASSERT_TRUE(w2->FinishRun(1, WallMs()).ok());
  auto c = w3->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->done, 5);
  EXPECT_EQ(c->queued, 0);
  EXPECT_EQ(*w3->IsDoneInRun("http://b.test/p1", 1), true);
}

TEST_F(FrontierPg, WorkersShareTheHostsFairly) {
  auto w1 = Worker("w1");
  ASSERT_TRUE(w1);
  std::vector<std::string> hosts;
  for (int h = 0; h < 6; ++h) {
    hosts.push_back("http://h" + std::to_string(h) + ".test");
    ASSERT_TRUE(w1->AddUrls(Pages(hosts.back(), 4)).ok());
  }
  auto w2 = Worker("w2");  // registered: two live workers, three hosts each
  ASSERT_TRUE(w2);
  int w1_held = 0, w2_held = 0;
  for (const auto& h : hosts) w1_held += !w1->Lease(h, WallMs(), 1)->empty();
  for (const auto& h : hosts) w2_held += !w2->Lease(h, WallMs(), 1)->empty();
  EXPECT_EQ(w1_held, 3);
  EXPECT_EQ(w2_held, 3);
}

// A worker over its share hands a host back only when none of its URLs of the host are out
// (leased, not committed): handed back with them, they stayed leased to a worker that no longer
// held the host, and when it was killed no one re-queued them (the crawl never finished) or its
// restart re-queued them for the new holder while its WARC tail replay recorded them too.
TEST_F(FrontierPg, AHostIsNotHandedBackWithUncommittedUrls) {
  auto w1 = Worker("w1");
  ASSERT_TRUE(w1);
  ASSERT_TRUE(w1->AddUrls(Pages("http://a.test", 4)).ok());
  ASSERT_TRUE(w1->AddUrls(Pages("http://b.test", 4)).ok());
  auto a = w1->Lease("http://a.test", WallMs(), 1);
  ASSERT_TRUE(a.ok() && a->size() == 1u);
  ASSERT_EQ(w1->Lease("http://b.test", WallMs(), 1)->size(), 1u);
  auto w2 = Worker("w2"), w3 = Worker("w3");  // three live workers, two hosts: a share of one
  ASSERT_TRUE(w2 && w3);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // w1 looks at the share again
  auto none = w1->Lease("http://a.test", WallMs(), 1);
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_TRUE(none->empty());                     // over its share: no more URLs of a.test
  EXPECT_FALSE(*w2->ClaimHost("http://a.test"));  // but a.test stays w1's while its URL is out
  ASSERT_TRUE(w1->Commit({Done((*a)[0])}, {}, "", 0).ok());
  EXPECT_TRUE(w1->Lease("http://a.test", WallMs(), 1)->empty());
  EXPECT_TRUE(*w2->ClaimHost("http://a.test"));  // committed: handed back
}

TEST_F(FrontierPg, RobotsAndWarcFilesArePerHostAndPerWorker) {
  auto w1 = Worker("w1"), w2 = Worker("w2");
  ASSERT_TRUE(w1 && w2);
  RobotsCacheEntry r;
  r.host = "http://a.test";
  r.fetched_ms = 1234;
  r.http_status = 200;
  r.body = std::string("User-agent: *\nCrawl-delay: 5\nDisallow: /x\n\xff\x00 bytes", 45);
  ASSERT_TRUE(w1->PutRobots(r).ok());
  auto got = w2->GetRobots("http://a.test");
  ASSERT_TRUE(got.ok() && got->has_value()) << got.status().ToString();
  EXPECT_EQ((*got)->body, r.body);
  EXPECT_EQ((*got)->fetched_ms, 1234);
  EXPECT_FALSE(w2->GetRobots("http://b.test")->has_value());
  ASSERT_TRUE(w1->RegisterWarcFile("hirewire-w1-1.warc.gz").ok());
  ASSERT_TRUE(w2->RegisterWarcFile("hirewire-w2-1.warc.gz").ok());
  ASSERT_TRUE(w1->Commit({}, {}, "hirewire-w1-1.warc.gz", 999).ok());
  auto files = w1->WarcFiles();
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].name, "hirewire-w1-1.warc.gz");
  EXPECT_EQ((*files)[0].committed_bytes, 999u);
}

TEST(FrontierPgOpen, NeedsAWorkerNameAndAServer) {
  PostgresFrontierOptions o;
  EXPECT_FALSE(OpenPostgresFrontier("postgresql://postgres@/x?host=/nonexistent", o).ok());
  o.worker = "w1";
  auto s = OpenPostgresFrontier("postgresql://postgres@/x?host=/nonexistent", o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("cannot connect"), std::string::npos) << s.status().ToString();
}

}  // namespace
}  // namespace hirewire::fetch
