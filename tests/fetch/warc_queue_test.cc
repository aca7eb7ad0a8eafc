// The WARC file queue of extraction workers (fetch/warc_queue.h) against crawl workers of the
// shared frontier (fetch/frontier_pg.h), on a throw-away server (tests/pg/pg_harness.h): only
// closed files (or the committed part of a dead worker's file) are leased, one extractor at a
// time, leases expire, a file that grew is leased again for its new bytes only, and a file
// whose extractors keep dying is given up.
#include "fetch/warc_queue.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "corpus/store.h"
#include "fetch/frontier_pg.h"
#include "tests/pg/pg_harness.h"

namespace hirewire::fetch {
namespace {

int64_t WallMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void Sleep(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

class WarcQueuePg : public ::testing::Test {
 protected:
  void SetUp() override {
    auto url = testing::TestPostgres::DatabaseForThisTest("queue");
    ASSERT_TRUE(url.ok()) << url.status().ToString();
    url_ = *url;
  }
  std::unique_ptr<CrawlState> Crawler(const std::string& name, int64_t lease_ms = 60000) {
    PostgresFrontierOptions o;
    o.worker = name;
    o.lease_ms = lease_ms;
    o.warc_dir = "/data/" + name;
    auto s = OpenPostgresFrontier(url_, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (!s.ok()) return nullptr;
    EXPECT_TRUE((*s)->BeginRun(WallMs()).ok());
    return std::move(*s);
  }
  std::unique_ptr<WarcQueue> Extractor(const std::string& name, int64_t lease_ms = 60000,
                                       int max_attempts = 10) {
    WarcQueueOptions o;
    o.worker = name;
    o.lease_ms = lease_ms;
    o.max_attempts = max_attempts;
    auto q = WarcQueue::Open(url_, o);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    return q.ok() ? std::move(*q) : nullptr;
  }
  // A crawl worker writes `bytes` into `file` and commits them (nothing else in the commit).
  static void Write(CrawlState& c, const std::string& file, uint64_t bytes) {
    ASSERT_TRUE(c.Commit({}, {}, file, bytes).ok());
  }
  std::string url_;
};

// Crawl and extraction workers open their connection the same way; a server that is not there
// is Unavailable, named by who asked.
TEST(SharedCrawlConnection, AServerThatIsNotThereIsUnavailableNamedByTheCaller) {
  const std::string url =
      "postgresql://postgres@/nodb?host=/nonexistent-hirewire-socket-dir&connect_timeout=2";
  WarcQueueOptions qo;
  qo.worker = "x";
  auto q = WarcQueue::Open(url, qo);
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(q.status().message().rfind("WARC queue: ", 0), 0u) << q.status().message();
  PostgresFrontierOptions fo;
  fo.worker = "x";
  auto f = OpenPostgresFrontier(url, fo);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(f.status().message().rfind("frontier: ", 0), 0u) << f.status().message();
}

TEST_F(WarcQueuePg, OnlyClosedFilesAreLeasedAndEachToOneExtractor) {
  auto c1 = Crawler("c1");
  auto x1 = Extractor("x1"), x2 = Extractor("x2");
  ASSERT_TRUE(c1 && x1 && x2);
  ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
  Write(*c1, "f1.warc.gz", 100);
  auto none = x1->Next();
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_FALSE(none->has_value()) << "an open file of a live crawl worker was leased";
  // Rotation: registering f2 closes f1.
  ASSERT_TRUE(c1->RegisterWarcFile("f2.warc.gz").ok());
  auto l1 = x1->Next();
  ASSERT_TRUE(l1.ok() && l1->has_value());
  EXPECT_EQ((*l1)->path, "/data/c1/f1.warc.gz");
  EXPECT_EQ((*l1)->from, 0u);
  EXPECT_EQ((*l1)->to, 100u);
  EXPECT_EQ((*l1)->attempts, 1);
  auto l2 = x2->Next();
  ASSERT_TRUE(l2.ok());
  EXPECT_FALSE(l2->has_value()) << "a leased file was leased again";
  auto s = x2->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->leased, 1);
  EXPECT_EQ(s->open, 1);
  EXPECT_TRUE(s->MoreMayCome());
  ASSERT_TRUE(*x1->Done(**l1, 10, 9));
  // The end of the crawl closes f2 (empty: nothing to extract, so done at once; a killed worker
  // leaves such a file behind, and it must not wait as closed forever).
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  auto after = x2->Next();
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after->has_value());
  s = x2->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->done, 2);
  EXPECT_EQ(s->files, 2);
  EXPECT_EQ(s->pages, 10);
  EXPECT_EQ(s->articles, 9);
}

TEST_F(WarcQueuePg, AnExpiredExtractorLeaseGoesBackToTheQueue) {
  auto c1 = Crawler("c1");
  auto x1 = Extractor("x1", 200), x2 = Extractor("x2", 200);
  ASSERT_TRUE(c1 && x1 && x2);
  ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
  Write(*c1, "f1.warc.gz", 500);
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  auto l1 = x1->Next();
  ASSERT_TRUE(l1.ok() && l1->has_value());
  ASSERT_TRUE(*x1->Renew(**l1));
  Sleep(300);  // x1 "died"
  auto l2 = x2->Next();
  ASSERT_TRUE(l2.ok() && l2->has_value());
  EXPECT_EQ((*l2)->attempts, 2);
  EXPECT_FALSE(*x1->Renew(**l1)) << "the old holder kept a lease another extractor took";
  EXPECT_FALSE(*x1->Done(**l1, 1, 1));
  EXPECT_TRUE(*x2->Done(**l2, 5, 5));
  auto s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->articles, 5);
}

Article Page(const std::string& url) {
  Article a;
  a.url = a.source = url;
  a.paragraphs = {"Story at " + url + "."};
  return a;
}

// An extractor that stalled past its lease (not dead: it resumes) and lost the file to another
// one -- here under the same worker name, as a supervisor restarting a hung worker would -- cannot
// write into a store in the queue's database: the fence fails inside the article's transaction.
// While its lease has merely expired and nobody took the file, its writes still go in.
TEST_F(WarcQueuePg, AStalledExtractorIsFencedAfterATakeover) {
  auto c1 = Crawler("c1");
  auto x1 = Extractor("x1", 200), again = Extractor("x1", 200);
  ASSERT_TRUE(c1 && x1 && again);
  ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
  Write(*c1, "f1.warc.gz", 500);
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  auto l1 = x1->Next();
  ASSERT_TRUE(l1.ok() && l1->has_value());
  auto s1 = Store::Open(url_), s2 = Store::Open(url_);
  ASSERT_TRUE(s1.ok() && s2.ok()) << s1.status().ToString();
  auto fenced = (*s1)->SetFence(x1->StoreFence(**l1));
  ASSERT_TRUE(fenced.ok()) << fenced.status().ToString();
  EXPECT_TRUE(*fenced) << "a store in the queue's database enforces the lease";
  ASSERT_TRUE((*s1)->PutArticle(Page("http://a.test/1"), {}).ok());
  Sleep(300);  // x1 stalls past its lease; nobody has taken the file yet
  ASSERT_TRUE((*s1)->PutArticle(Page("http://a.test/2"), {}).ok());
  auto l2 = again->Next();
  ASSERT_TRUE(l2.ok() && l2->has_value());
  EXPECT_GT((*l2)->token, (*l1)->token);
  ASSERT_TRUE(*(*s2)->SetFence(again->StoreFence(**l2)));
  ASSERT_TRUE((*s2)->PutArticle(Page("http://a.test/3"), {}).ok());
  Status late = (*s1)->PutArticle(Page("http://a.test/4"), {});  // x1 resumes
  EXPECT_FALSE(late.ok());
  EXPECT_TRUE((*s1)->fence_lost());
  EXPECT_NE(late.message().find("f1.warc.gz"), std::string::npos) << late.message();
  EXPECT_NE(late.message().find("http://a.test/4 not written"), std::string::npos) << late.message();
  auto counts = (*s2)->Count();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->articles, 3);
  EXPECT_FALSE(*x1->Holds(**l1));
  EXPECT_FALSE(*x1->Renew(**l1));
  EXPECT_FALSE(*x1->Done(**l1, 1, 1));
  EXPECT_TRUE(*again->Holds(**l2));
  EXPECT_TRUE(*again->Done(**l2, 3, 3));
  // A store outside the queue's database cannot enforce it: the caller checks Holds itself.
  auto other = testing::TestPostgres::DatabaseForThisTest("elsewhere");
  ASSERT_TRUE(other.ok());
  auto s3 = Store::Open(*other);
  ASSERT_TRUE(s3.ok());
  auto elsewhere = (*s3)->SetFence(again->StoreFence(**l2));
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_FALSE(*elsewhere);
  ASSERT_TRUE((*s3)->PutArticle(Page("http://a.test/5"), {}).ok());
}

TEST_F(WarcQueuePg, ADeadCrawlWorkersCommittedBytesAreLeasedAndItsTailLater) {
  auto x1 = Extractor("x1");
  ASSERT_TRUE(x1);
  {
    auto c1 = Crawler("c1", 200);
    ASSERT_TRUE(c1);
    ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
    Write(*c1, "f1.warc.gz", 100);
    Sleep(300);  // no heartbeat: c1 is dead for the queue
    auto l = x1->Next();
    ASSERT_TRUE(l.ok() && l->has_value());
    EXPECT_EQ((*l)->from, 0u);
    EXPECT_EQ((*l)->to, 100u);
    ASSERT_TRUE(*x1->Done(**l, 1, 1));
  }
  // c1 comes back under its name, replays the tail of f1 (records past the committed size),
  // and closes it: only the new bytes are leased.
  auto c1 = Crawler("c1", 200);
  ASSERT_TRUE(c1);
  Write(*c1, "f1.warc.gz", 160);
  auto none = x1->Next();
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value()) << "a live worker's file was leased before it was closed";
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  auto l = x1->Next();
  ASSERT_TRUE(l.ok() && l->has_value());
  EXPECT_EQ((*l)->from, 100u);
  EXPECT_EQ((*l)->to, 160u);
}

// A crawl worker killed right after opening a file, and never back, leaves it open and empty: the
// queue marks it done once the worker is gone, so the queue drains (script_crawl_frontier_pg failed
// once on such a file: "open, 0 of 0 bytes extracted").
TEST_F(WarcQueuePg, ADeadCrawlWorkersEmptyOpenFileIsDone) {
  auto x1 = Extractor("x1");
  ASSERT_TRUE(x1);
  auto c1 = Crawler("c1", 200);
  ASSERT_TRUE(c1);
  ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
  auto live = x1->Next();
  ASSERT_TRUE(live.ok());
  EXPECT_FALSE(live->has_value());
  auto s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->done, 0) << "a live worker's open file was marked done";
  Sleep(300);  // no heartbeat: c1 is dead for the queue
  auto none = x1->Next();
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->files, 1);
  EXPECT_EQ(s->done, 1);
}

TEST_F(WarcQueuePg, FilesInFoldersThisMachineDoesNotSeeAreLeftToOthers) {
  auto c1 = Crawler("c1"), c2 = Crawler("c2");
  auto x1 = Extractor("x1"), x2 = Extractor("x2");
  ASSERT_TRUE(c1 && c2 && x1 && x2);
  ASSERT_TRUE(c1->RegisterWarcFile("a.warc.gz").ok());
  Write(*c1, "a.warc.gz", 100);
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  // x1 cannot see /data/c1: it gives the file back without using up an attempt.
  auto l = x1->Next();
  ASSERT_TRUE(l.ok() && l->has_value());
  ASSERT_TRUE(x1->Release(**l).ok());
  auto skipped = x1->Next({"/data/c1"});
  ASSERT_TRUE(skipped.ok());
  EXPECT_FALSE(skipped->has_value());
  auto s = x1->Summary({"/data/c1"});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->ready, 0);
  auto other = x2->Next();
  ASSERT_TRUE(other.ok() && other->has_value());
  EXPECT_EQ((*other)->name, "a.warc.gz");
  EXPECT_EQ((*other)->attempts, 1) << "a released lease counted as an attempt";
}

TEST_F(WarcQueuePg, AFileWhoseExtractorsKeepDyingIsGivenUp) {
  auto c1 = Crawler("c1");
  auto x1 = Extractor("x1", 100, /*max_attempts=*/2);
  ASSERT_TRUE(c1 && x1);
  ASSERT_TRUE(c1->RegisterWarcFile("f1.warc.gz").ok());
  Write(*c1, "f1.warc.gz", 100);
  ASSERT_TRUE(c1->CloseWarcFiles().ok());
  for (int i = 0; i < 2; ++i) {
    auto l = x1->Next();
    ASSERT_TRUE(l.ok() && l->has_value()) << i;
    Sleep(200);
  }
  auto l = x1->Next();
  ASSERT_TRUE(l.ok());
  EXPECT_FALSE(l->has_value());
  auto s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->failed, 1);
  EXPECT_FALSE(s->MoreMayCome() && s->leased > 0);
}

TEST_F(WarcQueuePg, FollowWaitsForARunThatIsNotFinished) {
  auto x1 = Extractor("x1");
  ASSERT_TRUE(x1);
  auto s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->crawl_running) << "no run yet: the crawl has not started";
  auto c1 = Crawler("c1");
  ASSERT_TRUE(c1);
  ASSERT_TRUE(c1->FinishRun(1, WallMs()).ok());
  c1.reset();  // a clean exit: not alive any more
  s = x1->Summary();
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(s->crawl_running);
  EXPECT_EQ(s->live_crawlers, 0);
  EXPECT_FALSE(s->MoreMayCome());
}

}  // namespace
}  // namespace hirewire::fetch
