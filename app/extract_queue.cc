#include "app/extract_queue.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "app/ordered_pool.h"
#include "corpus/warc_reader.h"

namespace hirewire::app {
namespace {

using SteadyClock = std::chrono::steady_clock;

struct Done {
  std::string source;
  size_t bytes = 0;
  Result<Article> article;
};

struct FileResult {
  int64_t pages = 0, articles = 0;
  bool lease_lost = false;
  bool write_failed = false;
  std::string error;  // the file could not be read
};

// Extracts lease.path[from, to) into the store. Database and store errors are returned (the
// file stays leased and returns to the queue when the lease expires). Nothing is written once
// the lease is lost (another worker took the file over: this one stalled past its lease): the
// store refuses the write inside its transaction when it shares the queue's database (`fenced`),
// else the lease is checked through the queue before each write.
Result<FileResult> ExtractLease(fetch::WarcQueue& queue, const fetch::WarcLease& lease, bool fenced,
                                const Pipeline& pipeline, LedgerStore& store, const QueueExtractOptions& o,
                                const std::atomic<bool>* stop,
                                const std::function<bool(const Article&)>& on_article, Progress* progress,
                                QueueExtractResult* r) {
  FileResult f;
  auto reader = WarcReader::OpenRange(lease.path, lease.from, lease.to);
  if (!reader.ok()) {
    f.error = reader.status().ToString();
    return f;
  }
  Status store_error;
  // False when the lease is lost (nothing more of this file is written) or the check failed.
  auto still_held = [&]() -> bool {
    if (fenced || f.lease_lost) return !f.lease_lost;
    auto held = queue.Holds(lease);
    if (!held.ok()) {
      if (store_error.ok()) store_error = held.status();
      return false;
    }
    f.lease_lost = !*held;
    return *held;
  };
  OrderedPool<Page, Done> pool(
      o.jobs <= 1 ? 0 : o.jobs, static_cast<size_t>(std::max(1, o.jobs)) * 4,
      [&](Page& page) {
        return Done{page.source, page.body.size(), pipeline.Process(page)};
      },
      [&](Done&& d) {
        if (progress) progress->Add(d.bytes);
        ++r->tally.pages;
        r->tally.bytes += d.bytes;
        if (!d.article.ok()) {
          ++r->failed;
          std::fprintf(stderr, "%s: %s: %s\n", o.label, d.source.c_str(),
                       d.article.status().ToString().c_str());
          return;
        }
        if (f.lease_lost || !still_held()) return;
        if (f.write_failed || !on_article(*d.article)) {
          f.write_failed = true;
          return;
        }
        if (Status s = store.Put(*d.article); !s.ok()) {
          if (store.fence_lost()) {  // refused inside the transaction: nothing was written
            f.lease_lost = true;
            return;
          }
          ++r->failed;
          if (store_error.ok()) store_error = s;
          std::fprintf(stderr, "%s: %s: %s\n", o.label, d.source.c_str(), s.ToString().c_str());
          return;
        }
        r->tally.AddArticle(d.article->warnings, d.article->events.size());
        ++f.articles;
      });
  auto renewed = SteadyClock::now();
  WarcRecord rec;
  while (!(stop && stop->load()) && !f.write_failed && !f.lease_lost) {
    auto more = (*reader)->Next(&rec);
    if (!more.ok()) {
      f.error = more.status().ToString();
      break;
    }
    if (!*more) break;
    auto page = PageFromWarcRecord(rec, lease.path);
    if (!page.ok()) {  // NotFound: a record without a page (request, revisit, 404, ...)
      if (page.status().code() != StatusCode::kNotFound) {
        ++r->failed;
        std::fprintf(stderr, "%s: %s#%s: %s\n", o.label, lease.path.c_str(), rec.RecordId().c_str(),
                     page.status().ToString().c_str());
      }
      continue;
    }
    if (page->body.empty() || !IsArticleContentType(page->content_type)) continue;  // feeds, sitemaps
    ++f.pages;
    if (o.test_delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(o.test_delay_ms));
    pool.Submit(std::move(page).value());
    if (SteadyClock::now() - renewed >= std::chrono::milliseconds(o.renew_ms)) {
      auto kept = queue.Renew(lease);
      if (!kept.ok()) return kept.status();
      renewed = SteadyClock::now();
      if (!*kept) {
        f.lease_lost = true;
        break;
      }
    }
  }
  pool.Finish();                              // every article is in the store before the file is marked done
  if (!store_error.ok()) return store_error;  // the file stays leased and comes back
  return f;
}

}  // namespace

std::string DefaultWorkerName(const char* kind) {
  char host[256] = {0};
  if (::gethostname(host, sizeof host - 1) != 0 || !host[0]) std::snprintf(host, sizeof host, "host");
  return std::string(host) + "-" + kind + "-" + std::to_string(::getpid());
}

Result<QueueExtractResult> ExtractFromQueue(fetch::WarcQueue& queue, const Pipeline& pipeline,
                                            LedgerStore& store, const QueueExtractOptions& o,
                                            const std::atomic<bool>* stop,
                                            const std::function<bool(const Article&)>& on_article,
                                            Progress* progress) {
  QueueExtractResult r;
  std::vector<std::string> unseen;  // WARC folders of other machines: left to their extractors
  while (true) {
    if (stop && stop->load()) {
      r.interrupted = true;
      break;
    }
    auto lease = queue.Next(unseen);
    if (!lease.ok()) return lease.status();
    if (!*lease) {
      if (!o.follow) break;
      auto s = queue.Summary(unseen);
      if (!s.ok()) return s.status();
      if (s->ready == 0 && !s->MoreMayCome()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(o.poll_ms));
      continue;
    }
    const fetch::WarcLease& l = **lease;
    std::error_code ec;
    if (!l.dir.empty() && !std::filesystem::is_directory(l.dir, ec)) {
      // Not on this machine (the crawl worker runs elsewhere): give it back for good.
      std::fprintf(stderr,
                   "%s: %s: folder not on this machine; its WARC files are left to extraction workers "
                   "that see it\n",
                   o.label, l.dir.c_str());
      unseen.push_back(l.dir);
      r.unseen_dirs = static_cast<int64_t>(unseen.size());
      HW_RETURN_IF_ERROR(queue.Release(l));
      continue;
    }
    auto fenced = store.SetFence(queue.StoreFence(l));
    if (!fenced.ok()) return fenced.status();
    auto f = ExtractLease(queue, l, *fenced, pipeline, store, o, stop, on_article, progress, &r);
    store.ClearFence();
    if (!f.ok()) return f.status();
    if (f->write_failed) return r;  // the caller reports the output error; the lease expires
    if (stop && stop->load()) {
      r.interrupted = true;  // the file stays leased and returns to the queue when it expires
      break;
    }
    if (!f->error.empty()) {  // unreadable: failed with the reason, not leased again
      std::fprintf(stderr, "%s: %s: %s\n", o.label, l.path.c_str(), f->error.c_str());
      HW_RETURN_IF_ERROR(queue.Fail(l, f->error));
      ++r.files_failed;
      continue;
    }
    if (f->lease_lost) {
      ++r.leases_lost;
      std::fprintf(stderr,
                   "%s: %s: lease lost while extracting (it expired and another worker took the file "
                   "over); nothing more of it written by this worker\n",
                   o.label, l.path.c_str());
      continue;
    }
    auto done = queue.Done(l, f->pages, f->articles);
    if (!done.ok()) return done.status();
    if (!*done) {
      ++r.leases_lost;
      std::fprintf(stderr,
                   "%s: %s: lease expired before the file was marked done; another worker redoes it\n",
                   o.label, l.path.c_str());
      continue;
    }
    ++r.files;
  }
  return r;
}

}  // namespace hirewire::app
