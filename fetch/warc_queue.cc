#include "fetch/warc_queue.h"

#include <string>

#include "corpus/pg.h"
#include "corpus/utf8.h"
#include "fetch/frontier_pg.h"

namespace hirewire::fetch {

struct WarcQueue::Impl {
  std::unique_ptr<pg::Conn> c;
  WarcQueueOptions o;
};

WarcQueue::WarcQueue() : impl_(std::make_unique<Impl>()) {}
WarcQueue::~WarcQueue() = default;

Result<std::unique_ptr<WarcQueue>> WarcQueue::Open(const std::string& url, const WarcQueueOptions& opts) {
  if (opts.worker.empty()) return Status::InvalidArgument("WARC queue: a worker name is required");
  if (!IsValidUtf8(opts.worker))
    return Status::InvalidArgument("WARC queue: the worker name is not valid UTF-8");
  auto c = OpenFrontierConnection(url, "hirewire-extract-" + opts.worker, "WARC queue");
  if (!c.ok()) return c.status();
  std::unique_ptr<WarcQueue> q(new WarcQueue());
  q->impl_->c = std::move(c).value();
  q->impl_->o = opts;
  return q;
}

namespace {

// A file an extraction worker may lease (`w` the file, `k` its crawl worker, LEFT JOINed; the
// TEXT[] parameter $<skip_param> the folders to skip): it has unextracted committed bytes and is
// closed, or its extraction lease expired, or its crawl worker is gone (an open or done file that
// grew). Next leases these; Summary counts them as ready.
std::string Leasable(int skip_param) {
  return "w.committed_bytes > w.extracted_bytes AND w.dir <> ALL($" + std::to_string(skip_param) +
         "::TEXT[]) AND (w.state='closed' "
         "    OR (w.state='leased' AND w.extract_expires_ms < hw_now_ms()) "
         "    OR (w.state IN ('open','done') AND (k.worker IS NULL OR k.seen_ms < hw_now_ms() - k.lease_ms)))";
}

// A TEXT[] parameter.
std::string TextArray(const std::vector<std::string>& v) {
  std::string s = "{";
  for (size_t i = 0; i < v.size(); ++i) {
    s += i ? ",\"" : "\"";
    for (char c : v[i]) {
      if (c == '"' || c == '\\') s += '\\';
      s += c;
    }
    s += '"';
  }
  return s + "}";
}

}  // namespace

Result<std::optional<WarcLease>> WarcQueue::Next(const std::vector<std::string>& skip_dirs) {
  pg::Conn& c = *impl_->c;
  const WarcQueueOptions& o = impl_->o;
  std::optional<WarcLease> out;
  Status st = pg::InTransaction(c, [&]() -> Status {
    out.reset();
    // Files whose extractors kept dying are given up.
    auto give_up = c.Query(
        "UPDATE frontier_warc_files SET state='failed', extract_owner='', extract_error='gave up after ' || "
        "extract_attempts || ' leases that never finished' WHERE state='leased' AND extract_expires_ms < hw_now_ms() "
        "AND extract_attempts >= $1",
        pg::Params().Add(o.max_attempts));
    if (!give_up.ok()) return give_up.status();
    // An open file of a crawl worker that is gone, with nothing committed beyond what was extracted
    // (killed right after opening it), is done: no one would ever close or lease it. (If the worker
    // comes back and replays a tail into it, a done file that grew is leasable again.)
    auto orphans = c.Query(
        "UPDATE frontier_warc_files w SET state='done', closed_ms=hw_now_ms() WHERE w.state='open' AND "
        "w.committed_bytes<=w.extracted_bytes AND NOT EXISTS (SELECT 1 FROM frontier_workers k WHERE "
        "k.worker=w.worker AND k.seen_ms >= hw_now_ms() - k.lease_ms)");
    if (!orphans.ok()) return orphans.status();
    static const std::string kLease =
        "UPDATE frontier_warc_files f SET state='leased', extract_owner=$1, extract_expires_ms=hw_now_ms()+$2, "
        "extract_attempts=f.extract_attempts+1, extract_token=f.extract_token+1 FROM ("
        "  SELECT w.worker, w.name FROM frontier_warc_files w LEFT JOIN frontier_workers k ON k.worker=w.worker "
        "  WHERE " +
        Leasable(3) +
        "  ORDER BY w.registered_ms, w.name LIMIT 1 FOR UPDATE OF w SKIP LOCKED) c "
        "WHERE f.worker=c.worker AND f.name=c.name "
        "RETURNING f.worker, f.name, f.dir, f.extracted_bytes, f.committed_bytes, f.extract_attempts, f.extract_token";
    auto q = c.Query(kLease.c_str(), pg::Params().Add(o.worker).Add(o.lease_ms).Add(TextArray(skip_dirs)));
    if (!q.ok()) return q.status();
    if (q->empty()) return Status::Ok();
    WarcLease l;
    l.worker = q->Text(0, 0);
    l.name = q->Text(0, 1);
    l.dir = q->Text(0, 2);
    const std::string& dir = l.dir;
    l.path = dir.empty() ? l.name : (dir.back() == '/' ? dir : dir + "/") + l.name;
    l.from = static_cast<uint64_t>(q->Int(0, 3));
    l.to = static_cast<uint64_t>(q->Int(0, 4));
    l.attempts = static_cast<int>(q->Int(0, 5));
    l.token = q->Int(0, 6);
    out = std::move(l);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<bool> WarcQueue::Renew(const WarcLease& l) {
  auto q = impl_->c->Query(
      "UPDATE frontier_warc_files SET extract_expires_ms=hw_now_ms()+$4 WHERE worker=$1 AND name=$2 AND "
      "state='leased' AND extract_owner=$3 AND extract_token=$5",
      pg::Params().Add(l.worker).Add(l.name).Add(impl_->o.worker).Add(impl_->o.lease_ms).Add(l.token));
  if (!q.ok()) return q.status();
  return q->affected() > 0;
}

Result<bool> WarcQueue::Done(const WarcLease& l, int64_t pages, int64_t articles) {
  auto q = impl_->c->Query(
      "UPDATE frontier_warc_files SET state='done', extracted_bytes=GREATEST(extracted_bytes, $4), extract_owner='', "
      "extract_expires_ms=0, extract_attempts=0, extracted_ms=hw_now_ms(), pages=pages+$5, articles=articles+$6 "
      "WHERE worker=$1 AND name=$2 AND state='leased' AND extract_owner=$3 AND extract_token=$7",
      pg::Params()
          .Add(l.worker)
          .Add(l.name)
          .Add(impl_->o.worker)
          .Add(static_cast<int64_t>(l.to))
          .Add(pages)
          .Add(articles)
          .Add(l.token));
  if (!q.ok()) return q.status();
  return q->affected() > 0;
}

Status WarcQueue::Release(const WarcLease& l) {
  // Back to what it was: closed, or open (a dead crawl worker's file: leasable again at once).
  auto q = impl_->c->Query(
      "UPDATE frontier_warc_files SET state=CASE WHEN closed_ms>0 THEN 'closed' ELSE 'open' END, extract_owner='', "
      "extract_expires_ms=0, extract_attempts=GREATEST(0, extract_attempts-1) WHERE worker=$1 AND name=$2 AND "
      "state='leased' AND extract_owner=$3 AND extract_token=$4",
      pg::Params().Add(l.worker).Add(l.name).Add(impl_->o.worker).Add(l.token));
  return q.status();
}

Status WarcQueue::Fail(const WarcLease& l, const std::string& error) {
  std::string e = IsValidUtf8(error) && error.find('\0') == std::string::npos ? error : "unreadable";
  auto q = impl_->c->Query(
      "UPDATE frontier_warc_files SET state='failed', extract_owner='', extract_error=$4 WHERE worker=$1 AND name=$2 "
      "AND extract_owner=$3 AND extract_token=$5",
      pg::Params().Add(l.worker).Add(l.name).Add(impl_->o.worker).Add(e).Add(l.token));
  return q.status();
}

// The lease is this worker's as long as the token is the file's current one and the file is
// still leased to it (an expired lease nobody took over yet is still held: no one else wrote).
#define HW_HELD_LEASE                                                                                      \
  "SELECT 1 FROM frontier_warc_files WHERE worker=$1 AND name=$2 AND state='leased' AND extract_owner=$3 " \
  "AND extract_token=$4::BIGINT"

Result<bool> WarcQueue::Holds(const WarcLease& l) {
  auto q = impl_->c->Query(HW_HELD_LEASE,
                           pg::Params().Add(l.worker).Add(l.name).Add(impl_->o.worker).Add(l.token));
  if (!q.ok()) return q.status();
  return !q->empty();
}

Store::Fence WarcQueue::StoreFence(const WarcLease& l) const {
  Store::Fence f;
  f.sql = HW_HELD_LEASE " FOR KEY SHARE";
  f.params = {l.worker, l.name, impl_->o.worker, std::to_string(l.token)};
  f.what = "the extraction lease of " + l.path + " (token " + std::to_string(l.token) +
           ") was taken over by another worker";
  return f;
}

Result<WarcQueueStatus> WarcQueue::Summary(const std::vector<std::string>& skip_dirs) {
  static const std::string kSummary =
      "SELECT COUNT(*), "
      "  COUNT(*) FILTER (WHERE w.state='open' AND k.seen_ms >= hw_now_ms() - k.lease_ms), "
      "  COUNT(*) FILTER (WHERE " +
      Leasable(1) +
      "), "
      "  COUNT(*) FILTER (WHERE w.state='leased' AND w.extract_expires_ms >= hw_now_ms()), "
      "  COUNT(*) FILTER (WHERE w.state='done'), COUNT(*) FILTER (WHERE w.state='failed'), "
      "  (SELECT COUNT(*) FROM frontier_workers WHERE seen_ms >= hw_now_ms() - lease_ms), "
      "  COALESCE(SUM(w.pages), 0), COALESCE(SUM(w.articles), 0), "
      "  COALESCE((SELECT finished_ms IS NULL FROM frontier_runs ORDER BY id DESC LIMIT 1), TRUE) "
      "FROM frontier_warc_files w LEFT JOIN frontier_workers k ON k.worker=w.worker";
  auto q = impl_->c->Query(kSummary.c_str(), pg::Params().Add(TextArray(skip_dirs)));
  if (!q.ok()) return q.status();
  WarcQueueStatus s;
  s.files = q->Int(0, 0);
  s.open = q->Int(0, 1);
  s.ready = q->Int(0, 2);
  s.leased = q->Int(0, 3);
  s.done = q->Int(0, 4);
  s.failed = q->Int(0, 5);
  s.live_crawlers = q->Int(0, 6);
  s.pages = q->Int(0, 7);
  s.articles = q->Int(0, 8);
  s.crawl_running = q->Text(0, 9) == "t";
  return s;
}

}  // namespace hirewire::fetch
