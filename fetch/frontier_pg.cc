#include "fetch/frontier_pg.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <tuple>

#include "corpus/pg.h"
#include "corpus/utf8.h"
#include "fetch/robots.h"

namespace hirewire::fetch {
namespace {

// "Host h has queued or leased URLs", as two lookups that each use one partial index
// (frontier_urls_due, frontier_urls_leased): one condition `state IN (0,3)` matches neither, and
// the planner then scans every URL once per host (with 100k URLs, over a second per commit).
#define HW_HOST_HAS_WORK                                                         \
  "(EXISTS(SELECT 1 FROM frontier_urls u WHERE u.host=h.host AND u.state=0) OR " \
  "EXISTS(SELECT 1 FROM frontier_urls u WHERE u.host=h.host AND u.state=3))"

constexpr int kQueued = 0;
constexpr int kDone = 1;
constexpr int kFailed = 2;
constexpr int kLeased = 3;

// Hands this worker's hosts ($1) that meet `where` (SQL over frontier_hosts h) back, each free again one gap
// from now ($2 the delay, $3 the largest crawl delay honoured): its last request may still be running.
std::string HandBackHostsSql(std::string_view where) {
  return "UPDATE frontier_hosts h SET lease_owner='', lease_expires_ms=0, "
         "next_allowed_ms=GREATEST(next_allowed_ms, hw_now_ms()+GREATEST($2::BIGINT, LEAST(crawl_delay_ms, "
         "$3::BIGINT))) WHERE lease_owner=$1 AND " +
         std::string(where);
}

// Created under an advisory lock so that workers starting together do not race.
constexpr const char* kSchema = R"sql(
SELECT pg_advisory_xact_lock(7406352202);
CREATE OR REPLACE FUNCTION hw_now_ms() RETURNS BIGINT
  AS 'SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT' LANGUAGE sql VOLATILE;
CREATE TABLE IF NOT EXISTS frontier_runs(
  id BIGSERIAL PRIMARY KEY,
  started_ms BIGINT NOT NULL,
  finished_ms BIGINT);
CREATE TABLE IF NOT EXISTS frontier_hosts(
  host TEXT PRIMARY KEY,
  lease_owner TEXT NOT NULL DEFAULT '',
  lease_expires_ms BIGINT NOT NULL DEFAULT 0,
  next_allowed_ms BIGINT NOT NULL DEFAULT 0,
  crawl_delay_ms BIGINT NOT NULL DEFAULT -1,
  failures INT NOT NULL DEFAULT 0,
  backoff_until_ms BIGINT NOT NULL DEFAULT 0,
  robots_fetched_ms BIGINT NOT NULL DEFAULT 0,
  robots_status INT NOT NULL DEFAULT 0,
  robots_network_error BOOLEAN NOT NULL DEFAULT FALSE,
  robots_body BYTEA);
CREATE INDEX IF NOT EXISTS frontier_hosts_owner ON frontier_hosts(lease_owner) WHERE lease_owner <> '';
CREATE TABLE IF NOT EXISTS frontier_urls(
  id BIGSERIAL PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  host TEXT NOT NULL,
  site TEXT NOT NULL DEFAULT '',
  kind INT NOT NULL DEFAULT 1,
  depth INT NOT NULL DEFAULT 0,
  redirects INT NOT NULL DEFAULT 0,
  priority INT NOT NULL DEFAULT 0,
  recheck INT NOT NULL DEFAULT 0,
  lastmod_s BIGINT NOT NULL DEFAULT 0,
  state SMALLINT NOT NULL DEFAULT 0,
  next_at BIGINT NOT NULL DEFAULT 0,
  lease_owner TEXT NOT NULL DEFAULT '',
  lease_expires_ms BIGINT NOT NULL DEFAULT 0,
  attempts INT NOT NULL DEFAULT 0,
  run BIGINT NOT NULL DEFAULT 0,
  fetched_ms BIGINT NOT NULL DEFAULT 0,
  fetched_by TEXT NOT NULL DEFAULT '',
  http_status INT NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  digest TEXT NOT NULL DEFAULT '',
  warc_date TEXT NOT NULL DEFAULT '',
  record_id TEXT NOT NULL DEFAULT '',
  canonical TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS frontier_urls_due ON frontier_urls(host, priority DESC, depth, id) WHERE state = 0;
CREATE INDEX IF NOT EXISTS frontier_urls_leased ON frontier_urls(lease_owner, host) WHERE state = 3;
CREATE INDEX IF NOT EXISTS frontier_urls_recheck ON frontier_urls(run) WHERE recheck = 1;
CREATE TABLE IF NOT EXISTS frontier_fetch_log(
  id BIGSERIAL PRIMARY KEY,
  run BIGINT NOT NULL,
  worker TEXT NOT NULL,
  url TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  http_status INT NOT NULL,
  outcome TEXT NOT NULL,
  bytes BIGINT NOT NULL,
  digest TEXT NOT NULL,
  warc_file TEXT NOT NULL,
  warc_offset BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS frontier_warc_files(
  worker TEXT NOT NULL,
  name TEXT NOT NULL,
  committed_bytes BIGINT NOT NULL DEFAULT 0,
  registered_ms BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY(worker, name));
CREATE TABLE IF NOT EXISTS frontier_workers(
  worker TEXT PRIMARY KEY,
  run BIGINT NOT NULL,
  started_ms BIGINT NOT NULL,
  seen_ms BIGINT NOT NULL);
ALTER TABLE frontier_workers ADD COLUMN IF NOT EXISTS lease_ms BIGINT NOT NULL DEFAULT 60000;
ALTER TABLE frontier_warc_files
  ADD COLUMN IF NOT EXISTS dir TEXT NOT NULL DEFAULT '',
  ADD COLUMN IF NOT EXISTS state TEXT NOT NULL DEFAULT 'open',
  ADD COLUMN IF NOT EXISTS closed_ms BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS extracted_bytes BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS extract_owner TEXT NOT NULL DEFAULT '',
  ADD COLUMN IF NOT EXISTS extract_expires_ms BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS extract_attempts INT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS extracted_ms BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS pages BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS articles BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN IF NOT EXISTS extract_error TEXT NOT NULL DEFAULT '',
  ADD COLUMN IF NOT EXISTS extract_token BIGINT NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS frontier_warc_files_pending ON frontier_warc_files(registered_ms, name)
  WHERE committed_bytes > extracted_bytes;
)sql";

// PostgreSQL TEXT holds valid UTF-8 without NUL. Header values (ETag, Last-Modified) that are
// not are dropped (the next fetch is unconditional) instead of failing the commit.
bool StorableText(std::string_view s) { return s.find('\0') == std::string_view::npos && IsValidUtf8(s); }
std::string Storable(std::string_view s) { return StorableText(s) ? std::string(s) : std::string(); }

std::string HexBytea(std::string_view b) {
  static const char* kHex = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + b.size() * 2);
  for (unsigned char c : b) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string UnhexBytea(std::string_view t) {
  if (t.substr(0, 2) != "\\x") return std::string(t);
  auto val = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string out;
  out.reserve((t.size() - 2) / 2);
  for (size_t i = 2; i + 1 < t.size(); i += 2) out += static_cast<char>(val(t[i]) * 16 + val(t[i + 1]));
  return out;
}

// Array parameters (one statement for a whole batch instead of one per row): a PostgreSQL
// array literal of quoted elements. Text elements must be Storable.
class ArrayParam {
 public:
  void Add(std::string_view v) {
    s_ += s_.empty() ? "{\"" : ",\"";
    for (char c : v) {
      if (c == '"' || c == '\\') s_ += '\\';
      s_ += c;
    }
    s_ += '"';
  }
  void Add(int64_t v) { Add(std::string_view(std::to_string(v))); }
  void Add(bool v) { Add(std::string_view(v ? "t" : "f")); }
  std::string str() const { return s_.empty() ? "{}" : s_ + "}"; }

 private:
  std::string s_;
};

class PostgresFrontier final : public CrawlState {
 public:
  PostgresFrontier(std::unique_ptr<pg::Conn> c, PostgresFrontierOptions o)
      : c_(std::move(c)), o_(std::move(o)) {}
  ~PostgresFrontier() override {
    (void)ReleaseAllHosts();
    // Gone: not counted in the fair share, and extractors stop waiting for this worker.
    (void)c_->Query("UPDATE frontier_workers SET seen_ms=0 WHERE worker=$1", pg::Params().Add(o_.worker));
  }

  Result<int64_t> BeginRun(int64_t now_ms) override;
  Status FinishRun(int64_t run, int64_t now_ms) override;
  Result<int> AddUrls(const std::vector<NewUrl>& urls) override;
  Result<std::vector<std::string>> HostsWithWork(size_t max) override;
  Result<std::vector<FrontierEntry>> Lease(std::string_view host, int64_t now_ms, size_t max) override;
  Result<std::optional<int64_t>> NextDue(std::string_view host) override;
  Status Commit(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                const std::string& warc_file, uint64_t warc_committed_bytes) override;
  Result<bool> IsDoneInRun(std::string_view url, int64_t run) override;
  Result<std::optional<RobotsCacheEntry>> GetRobots(std::string_view host) override;
  Status PutRobots(const RobotsCacheEntry& entry) override;
  Status RegisterWarcFile(const std::string& name) override;
  Status CloseWarcFiles() override;
  Result<std::vector<WarcFileState>> WarcFiles() override;
  Result<StateCounts> Counts() override;
  Result<bool> ClaimHost(std::string_view host) override;
  Result<bool> KeepsRecoveredCaptures(std::string_view host) override;
  Status KeepAlive() override;

 private:
  enum class Claim { kHeld, kBusy };
  // Inside a transaction: takes or renews this worker's lease on host. kBusy when another
  // worker holds it, the host row is locked by a concurrent claim, or it is not yet allowed.
  Result<Claim> ClaimLocked(std::string_view host);
  Status ReleaseHostLocked(std::string_view host);
  // Releases host unless URLs of it this worker leased are still out (not committed).
  Status ReleaseIfNothingOutLocked(std::string_view host);
  // Fair share: hosts with work divided by live workers (rounded up), refreshed every poll
  // interval. A worker at its share claims no new host; one above it hands hosts back
  // between batches, so workers that start later (or are added) get hosts too.
  Status RefreshShare(bool force = false);
  bool AtShare() const { return held_ >= share_; }
  bool OverShare() const { return held_ > share_; }
  // How often a worker looks at a host it may not take now: often while it is under its
  // share (it has room for more hosts), rarely at its share (it could not take it anyway).
  int64_t PollMs() const {
    return AtShare() ? std::clamp<int64_t>(o_.lease_ms / 12, 250, 5000)
                     : std::clamp<int64_t>(o_.lease_ms / 60, 100, 1000);
  }
  Status ReleaseAllHosts();
  Result<int> AddUrlsLocked(const std::vector<NewUrl>& urls);
  // One statement per kind of completion for the whole batch.
  Status CompleteAllLocked(const std::vector<Completion>& done);
  Status RenewLocked();
  // Leases that ran out go back: other workers' URLs whose lease expired are queued again and
  // their hosts freed with one gap from now (see the definition).
  Status SweepExpiredLocked();
  // Closes this worker's WARC files but `except` (queued for extraction, fetch/warc_queue.h).
  Status CloseWarcFilesLocked(const std::string& except);
  // The politeness gap (ms) for a host that changes hands.
  const char* GapSql() const { return "GREATEST($2::BIGINT, LEAST(crawl_delay_ms, $3::BIGINT))"; }

  std::unique_ptr<pg::Conn> c_;
  PostgresFrontierOptions o_;
  int64_t run_ = 0;
  int64_t share_ = 1, held_ = 0;
  std::chrono::steady_clock::time_point share_at_{};
  std::chrono::steady_clock::time_point renewed_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point swept_{};
};

Result<int64_t> PostgresFrontier::BeginRun(int64_t now_ms) {
  int64_t run = 0;
  Status st = pg::InTransaction(*c_, [&]() -> Status {
    HW_RETURN_IF_ERROR(c_->Exec("SELECT pg_advisory_xact_lock(7406352203)"));
    auto last = c_->Query("SELECT id, finished_ms IS NULL FROM frontier_runs ORDER BY id DESC LIMIT 1");
    if (!last.ok()) return last.status();
    run = 0;
    if (!last->empty() && last->Text(0, 1) == "t") run = last->Int(0, 0);
    if (run == 0) {
      auto ins = c_->Query("INSERT INTO frontier_runs(started_ms) VALUES($1) RETURNING id",
                           pg::Params().Add(now_ms));
      if (!ins.ok()) return ins.status();
      run = ins->Int(0, 0);
      // Re-read seeds, feeds and sitemaps once per run.
      auto re = c_->Query(
          "UPDATE frontier_urls SET state=0, next_at=0, attempts=0 WHERE recheck=1 AND run<$1 "
          "AND state IN (1,2)",
          pg::Params().Add(run));
      if (!re.ok()) return re.status();
    }
    // This worker's leases from before a crash: its URLs go back to the queue (its WARC tails
    // are replayed next, under the host leases it keeps), its hosts wait one gap.
    auto urls = c_->Query("UPDATE frontier_urls SET state=0, lease_owner='' WHERE state=3 AND lease_owner=$1",
                          pg::Params().Add(o_.worker));
    if (!urls.ok()) return urls.status();
    auto hosts =
        c_->Query((std::string("UPDATE frontier_hosts SET lease_expires_ms=hw_now_ms()+$4, "
                               "next_allowed_ms=GREATEST(next_allowed_ms, hw_now_ms()+") +
                   GapSql() + ") WHERE lease_owner=$1")
                      .c_str(),
                  pg::Params().Add(o_.worker).Add(o_.delay_ms).Add(o_.max_crawl_delay_ms).Add(o_.lease_ms));
    if (!hosts.ok()) return hosts.status();
    auto w = c_->Query(
        "INSERT INTO frontier_workers(worker, run, started_ms, seen_ms, lease_ms) VALUES($1,$2,$3,hw_now_ms(),$4) "
        "ON CONFLICT(worker) DO UPDATE SET run=excluded.run, started_ms=excluded.started_ms, seen_ms=excluded.seen_ms, "
        "lease_ms=excluded.lease_ms",
        pg::Params().Add(o_.worker).Add(run).Add(now_ms).Add(o_.lease_ms));
    return w.status();
  });
  if (!st.ok()) return st;
  run_ = run;
  return run;
}

Status PostgresFrontier::FinishRun(int64_t run, int64_t now_ms) {
  return pg::InTransaction(*c_, [&]() -> Status {
    // Expired leases first: a dead worker's URLs are work of this run, not leases to wait out.
    HW_RETURN_IF_ERROR(SweepExpiredLocked());
    HW_RETURN_IF_ERROR(ReleaseAllHosts());
    // The run is over when no URL is leased and nothing is due within two minutes (what the
    // crawler leaves for the next run).
    auto q = c_->Query(
        "UPDATE frontier_runs SET finished_ms=$1::BIGINT WHERE id=$2 AND finished_ms IS NULL AND NOT EXISTS("
        "SELECT 1 FROM frontier_urls WHERE state=3) AND NOT EXISTS("
        "SELECT 1 FROM frontier_urls WHERE state=0 AND next_at <= $1::BIGINT + 120000)",
        pg::Params().Add(now_ms).Add(run));
    return q.status();
  });
}

// A holder renews its leases every quarter of their lifetime, so a lease that ran out belongs to
// a worker that was killed, lost its machine, or stalled longer than the lease. Its hosts are
// freed with one gap from now (its last request time is unknown) and its URLs queued again,
// whether or not any worker knows the host: before, only a worker that happened to claim the host
// took it over, and a host no live worker knew (found or seeded by the dead one) kept its URLs
// leased while the run was declared finished. Hosts first, then URLs: the order of a claim.
// This worker's own leases are left alone (it is alive; its next commit renews them).
Status PostgresFrontier::SweepExpiredLocked() {
  auto h = c_->Query((std::string("UPDATE frontier_hosts SET lease_owner='', lease_expires_ms=0, "
                                  "next_allowed_ms=GREATEST(next_allowed_ms, hw_now_ms()+") +
                      GapSql() + ") WHERE lease_owner NOT IN ('', $1) AND lease_expires_ms < hw_now_ms()")
                         .c_str(),
                     pg::Params().Add(o_.worker).Add(o_.delay_ms).Add(o_.max_crawl_delay_ms));
  if (!h.ok()) return h.status();
  auto u = c_->Query(
      "UPDATE frontier_urls SET state=0, lease_owner='' WHERE state=3 AND lease_owner<>$1 "
      "AND lease_expires_ms < hw_now_ms()",
      pg::Params().Add(o_.worker));
  if (!u.ok()) return u.status();
  swept_ = std::chrono::steady_clock::now();
  return Status::Ok();
}

Result<int> PostgresFrontier::AddUrls(const std::vector<NewUrl>& urls) {
  if (urls.empty()) return 0;
  int n = 0;
  Status st = pg::InTransaction(*c_, [&]() -> Status {
    auto r = AddUrlsLocked(urls);
    if (!r.ok()) return r.status();
    n = *r;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return n;
}

Result<int> PostgresFrontier::AddUrlsLocked(const std::vector<NewUrl>& urls) {
  if (urls.empty()) return 0;
  // One lock order for every worker (sorted by URL, duplicates dropped), so concurrent
  // inserts cannot deadlock; one statement for the batch.
  std::vector<const NewUrl*> sorted;
  sorted.reserve(urls.size());
  for (const auto& u : urls)
    if (StorableText(u.url) && StorableText(u.host)) sorted.push_back(&u);  // the normalizer percent-encodes
  std::sort(sorted.begin(), sorted.end(), [](const NewUrl* a, const NewUrl* b) { return a->url < b->url; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const NewUrl* a, const NewUrl* b) { return a->url == b->url; }),
               sorted.end());
  ArrayParam url, host, site, kind, depth, redirects, priority, recheck, lastmod;
  for (const NewUrl* u : sorted) {
    url.Add(u->url);
    host.Add(u->host);
    site.Add(Storable(u->site));
    kind.Add(static_cast<int64_t>(u->kind));
    depth.Add(static_cast<int64_t>(u->depth));
    redirects.Add(static_cast<int64_t>(u->redirects));
    priority.Add(static_cast<int64_t>(u->priority));
    recheck.Add(static_cast<int64_t>(u->recheck ? 1 : 0));
    lastmod.Add(u->lastmod_s);
  }
  auto h = c_->Query(
      "INSERT INTO frontier_hosts(host) SELECT DISTINCT h FROM unnest($1::TEXT[]) AS h ORDER BY h ON CONFLICT DO NOTHING",
      pg::Params().Add(host.str()));
  if (!h.ok()) return h.status();
  // A done URL is queued again when a sitemap lastmod is newer than its fetch, or when it is a
  // recheck URL (seed, feed, sitemap) last read in an earlier run.
  auto q = c_->Query(
      "INSERT INTO frontier_urls AS f(url, host, site, kind, depth, redirects, priority, recheck, lastmod_s) "
      "SELECT * FROM unnest($1::TEXT[], $2::TEXT[], $3::TEXT[], $4::INT[], $5::INT[], $6::INT[], $7::INT[], "
      "$8::INT[], $9::BIGINT[]) ORDER BY 1 "
      "ON CONFLICT(url) DO UPDATE SET "
      "  recheck = GREATEST(f.recheck, excluded.recheck), "
      "  state = CASE WHEN f.state IN (1,2) AND f.kind=1 AND excluded.lastmod_s>0 "
      "                    AND excluded.lastmod_s*1000>f.fetched_ms THEN 0 "
      "               WHEN f.state IN (1,2) AND excluded.recheck=1 AND f.run<$10 THEN 0 "
      "               ELSE f.state END "
      "WHERE (f.state IN (1,2) AND f.kind=1 AND excluded.lastmod_s>0 AND excluded.lastmod_s*1000>f.fetched_ms) "
      "   OR (f.state IN (1,2) AND excluded.recheck=1 AND f.run<$10) "
      "   OR excluded.recheck>f.recheck",
      pg::Params()
          .Add(url.str())
          .Add(host.str())
          .Add(site.str())
          .Add(kind.str())
          .Add(depth.str())
          .Add(redirects.str())
          .Add(priority.str())
          .Add(recheck.str())
          .Add(lastmod.str())
          .Add(run_));
  if (!q.ok()) return q.status();
  return static_cast<int>(q->affected());
}

Result<std::vector<std::string>> PostgresFrontier::HostsWithWork(size_t max) {
  auto q =
      c_->Query("SELECT h.host FROM frontier_hosts h WHERE " HW_HOST_HAS_WORK " ORDER BY h.host LIMIT $1",
                pg::Params().Add(static_cast<int64_t>(max)));
  if (!q.ok()) return q.status();
  std::vector<std::string> out;
  for (int i = 0; i < q->size(); ++i) out.push_back(q->Text(i, 0));
  return out;
}

Result<PostgresFrontier::Claim> PostgresFrontier::ClaimLocked(std::string_view host) {
  auto h = c_->Query(
      "SELECT lease_owner, lease_expires_ms, GREATEST(next_allowed_ms, backoff_until_ms), hw_now_ms() "
      "FROM frontier_hosts WHERE host=$1 FOR UPDATE SKIP LOCKED",
      pg::Params().Add(host));
  if (!h.ok()) return h.status();
  if (h->empty()) return Claim::kBusy;  // a concurrent claim holds the row (or no URL was ever added)
  const std::string owner = h->Text(0, 0);
  const int64_t expires = h->Int(0, 1), allowed = h->Int(0, 2), now = h->Int(0, 3);
  if (!owner.empty() && owner != o_.worker && expires > now) return Claim::kBusy;
  const bool mine = owner == o_.worker;
  if (!mine) {
    HW_RETURN_IF_ERROR(RefreshShare());
    if (AtShare()) return Claim::kBusy;
  }
  if (!owner.empty() && !mine) {
    // The holder died: take the host, give its URLs back, and keep one gap from its last request.
    auto t = c_->Query(
        (std::string("UPDATE frontier_hosts SET lease_owner=$1, lease_expires_ms=hw_now_ms()+$4, "
                     "next_allowed_ms=GREATEST(next_allowed_ms, hw_now_ms()+") +
         GapSql() + ") WHERE host=$5")
            .c_str(),
        pg::Params().Add(o_.worker).Add(o_.delay_ms).Add(o_.max_crawl_delay_ms).Add(o_.lease_ms).Add(host));
    if (!t.ok()) return t.status();
    auto u = c_->Query(
        "UPDATE frontier_urls SET state=0, lease_owner='' WHERE host=$1 AND state=3 AND lease_owner<>$2",
        pg::Params().Add(host).Add(o_.worker));
    if (!u.ok()) return u.status();
    return Claim::kBusy;
  }
  if (allowed > now) return Claim::kBusy;
  auto t =
      c_->Query("UPDATE frontier_hosts SET lease_owner=$1, lease_expires_ms=hw_now_ms()+$2 WHERE host=$3",
                pg::Params().Add(o_.worker).Add(o_.lease_ms).Add(host));
  if (!t.ok()) return t.status();
  if (!mine) ++held_;
  return Claim::kHeld;
}

Status PostgresFrontier::ReleaseHostLocked(std::string_view host) {
  // Released only between requests (the crawler leases when its scheduler allows the next
  // request), so the next holder may start at once.
  auto q = c_->Query(
      "UPDATE frontier_hosts SET lease_owner='', lease_expires_ms=0 WHERE host=$1 AND lease_owner=$2",
      pg::Params().Add(host).Add(o_.worker));
  if (!q.ok()) return q.status();
  if (q->affected() > 0 && held_ > 0) --held_;
  return Status::Ok();
}

Status PostgresFrontier::ReleaseIfNothingOutLocked(std::string_view host) {
  // Out: leased and not yet committed (in flight, queued locally, or fetched and stored in the
  // WARC file but waiting for the next commit). Such URLs must stay under this worker's host
  // lease: a host handed back with them would leave them in state 3 under a worker that no
  // longer holds the host, and if that worker then died no one would re-queue them (only a
  // takeover from a dead holder does), or its restart would re-queue them for the new holder
  // while its WARC tail replay records them too (stored twice). The first Lease after the
  // commit hands the host back (or the commit's renewal, when the host has nothing left).
  auto out = c_->Query("SELECT 1 FROM frontier_urls WHERE host=$1 AND state=3 AND lease_owner=$2 LIMIT 1",
                       pg::Params().Add(host).Add(o_.worker));
  if (!out.ok()) return out.status();
  return out->empty() ? ReleaseHostLocked(host) : Status::Ok();
}

Status PostgresFrontier::RefreshShare(bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - share_at_ < std::chrono::milliseconds(1000)) return Status::Ok();
  auto q = c_->Query("SELECT (SELECT COUNT(*) FROM frontier_hosts h WHERE " HW_HOST_HAS_WORK
                     "), "
                     "(SELECT COUNT(*) FROM frontier_workers WHERE seen_ms > hw_now_ms() - $2 OR worker=$1), "
                     "(SELECT COUNT(*) FROM frontier_hosts WHERE lease_owner=$1)",
                     pg::Params().Add(o_.worker).Add(o_.lease_ms));
  if (!q.ok()) return q.status();
  const int64_t hosts = q->Int(0, 0), workers = std::max<int64_t>(1, q->Int(0, 1));
  share_ = std::max<int64_t>(1, (hosts + workers - 1) / workers);
  held_ = q->Int(0, 2);
  share_at_ = now;
  return Status::Ok();
}

Status PostgresFrontier::ReleaseAllHosts() {
  // Hosts this worker holds without leased URLs; the rest stay held until their URLs are
  // committed or released.
  static const std::string kRelease = HandBackHostsSql(
      "NOT EXISTS(SELECT 1 FROM frontier_urls u WHERE u.host=h.host AND u.state=3 AND u.lease_owner=$1)");
  auto q =
      c_->Query(kRelease.c_str(), pg::Params().Add(o_.worker).Add(o_.delay_ms).Add(o_.max_crawl_delay_ms));
  return q.status();
}

Result<bool> PostgresFrontier::ClaimHost(std::string_view host) {
  Claim claim = Claim::kBusy;
  Status st = pg::InTransaction(*c_, [&]() -> Status {
    auto r = ClaimLocked(host);
    if (!r.ok()) return r.status();
    claim = *r;
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return claim == Claim::kHeld;
}

// Called after BeginRun, which renewed the hosts this worker still held: a host held by this
// worker has had no other holder since its URLs were leased (a host is never handed over with
// URLs out), so its captures are this worker's to commit; a host held by another worker, or
// freed by an expiry sweep, may have had its URLs fetched by someone else meanwhile.
Result<bool> PostgresFrontier::KeepsRecoveredCaptures(std::string_view host) {
  auto q = c_->Query("SELECT lease_owner FROM frontier_hosts WHERE host=$1", pg::Params().Add(host));
  if (!q.ok()) return q.status();
  return q->empty() || q->Text(0, 0) == o_.worker;
}

Result<std::vector<FrontierEntry>> PostgresFrontier::Lease(std::string_view host, int64_t now_ms,
                                                           size_t max) {
  std::vector<FrontierEntry> out;
  Status st = pg::InTransaction(*c_, [&]() -> Status {
    out.clear();
    auto claim = ClaimLocked(host);
    if (!claim.ok()) return claim.status();
    if (*claim == Claim::kBusy) return Status::Ok();
    HW_RETURN_IF_ERROR(RefreshShare());
    if (OverShare()) return ReleaseIfNothingOutLocked(host);
    auto q = c_->Query(
        "UPDATE frontier_urls u SET state=3, lease_owner=$4, lease_expires_ms=hw_now_ms()+$5 FROM ("
        "  SELECT id FROM frontier_urls WHERE host=$1 AND state=0 AND next_at<=$2 "
        "  ORDER BY priority DESC, depth, id LIMIT $3 FOR UPDATE SKIP LOCKED) due "
        "WHERE u.id=due.id RETURNING u.id, u.url, u.host, u.site, u.kind, u.depth, u.redirects, u.attempts, "
        "u.recheck, u.etag, u.last_modified, u.digest, u.warc_date, u.record_id, u.priority",
        pg::Params().Add(host).Add(now_ms).Add(static_cast<int64_t>(max)).Add(o_.worker).Add(o_.lease_ms));
    if (!q.ok()) return q.status();
    if (q->empty()) return ReleaseIfNothingOutLocked(host);  // nothing due
    std::vector<std::pair<std::tuple<int64_t, int64_t, int64_t>, FrontierEntry>> rows;
    for (int i = 0; i < q->size(); ++i) {
      FrontierEntry e;
      e.id = q->Int(i, 0);
      e.url = q->Text(i, 1);
      e.host = q->Text(i, 2);
      e.site = q->Text(i, 3);
      e.kind = static_cast<UrlKind>(q->Int(i, 4));
      e.depth = static_cast<int>(q->Int(i, 5));
      e.redirects = static_cast<int>(q->Int(i, 6));
      e.attempts = static_cast<int>(q->Int(i, 7));
      e.recheck = q->Int(i, 8) != 0;
      e.etag = q->Text(i, 9);
      e.last_modified = q->Text(i, 10);
      e.digest = q->Text(i, 11);
      e.last_warc_date = q->Text(i, 12);
      e.last_record_id = q->Text(i, 13);
      rows.emplace_back(std::make_tuple(-q->Int(i, 14), static_cast<int64_t>(e.depth), e.id), std::move(e));
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& r : rows) out.push_back(std::move(r.second));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

Result<std::optional<int64_t>> PostgresFrontier::NextDue(std::string_view host) {
  // Queued URLs, and URLs another worker holds (they come back if it dies): the host has
  // work until both are gone. Not before the host is free and allowed.
  auto q = c_->Query(
      "SELECT MIN(u.next_at), COUNT(*), MAX(CASE WHEN h.lease_owner NOT IN ('', $2) THEN h.lease_expires_ms "
      "ELSE 0 END), MAX(GREATEST(h.next_allowed_ms, h.backoff_until_ms)) - MAX(hw_now_ms()), MAX(h.lease_owner) "
      "FROM frontier_urls u JOIN frontier_hosts h ON h.host=u.host "
      "WHERE u.host=$1 AND (u.state=0 OR (u.state=3 AND u.lease_owner<>$2))",
      pg::Params().Add(host).Add(o_.worker));
  if (!q.ok()) return q.status();
  if (q->empty() || q->Int(0, 1) == 0) return std::optional<int64_t>();
  // Database times are turned into this worker's wall clock through "ms from now".
  int64_t due = q->Int(0, 0);
  auto now = c_->Query("SELECT hw_now_ms()");
  if (!now.ok()) return now.status();
  const int64_t db_now = now->Int(0, 0);
  // Held by another worker: look again after a poll interval (it may hand the host back to
  // even out the shares) or when its lease runs out, whichever is first.
  if (int64_t held = q->Int(0, 2); held > 0) due = std::max(due, std::min(held, db_now + PollMs()));
  if (int64_t wait = q->Int(0, 3); wait > 0) due = std::max(due, db_now + wait);
  // Free, but this worker has its share: leave it to the others for a poll interval.
  if (q->Text(0, 4).empty()) {
    HW_RETURN_IF_ERROR(RefreshShare(/*force=*/true));
    if (AtShare()) due = std::max(due, db_now + PollMs());
  }
  return std::optional<int64_t>(due);
}

namespace {
// The columns of one batch of completions, sent as arrays: releases, retries, final outcomes and
// the fetch log.
struct CompletionColumns {
  ArrayParam rel_id, re_id, re_next, re_status, re_outcome;
  ArrayParam f_state, f_at, f_status, f_outcome, f_kind, f_newval, f_etag, f_lm, f_digest, f_date, f_rid,
      f_canon, f_id, f_url, f_ok;
  ArrayParam l_url, l_at, l_status, l_outcome, l_bytes, l_digest, l_file, l_offset;
  size_t releases = 0, retries = 0, finals = 0;

  void Add(const Completion& c) {
    using A = Completion::Action;
    if (c.action == A::kRelease) {
      rel_id.Add(c.id);
      ++releases;
      return;
    }
    if (c.action == A::kRetry) {
      re_id.Add(c.id);
      re_next.Add(c.next_at_ms);
      re_status.Add(static_cast<int64_t>(c.http_status));
      re_outcome.Add(Storable(c.outcome));
      ++retries;
    } else {
      const bool new_validators = !c.warc_file.empty() && c.outcome != "unchanged";
      f_state.Add(static_cast<int64_t>(c.action == A::kDone ? kDone : kFailed));
      f_at.Add(c.at_ms);
      f_status.Add(static_cast<int64_t>(c.http_status));
      f_outcome.Add(Storable(c.outcome));
      f_kind.Add(static_cast<int64_t>(c.kind));
      f_newval.Add(new_validators);
      f_etag.Add(Storable(c.etag));
      f_lm.Add(Storable(c.last_modified));
      f_digest.Add(Storable(c.digest));
      f_date.Add(Storable(c.warc_date));
      f_rid.Add(Storable(c.record_id));
      f_canon.Add(Storable(c.canonical));
      f_id.Add(c.id);
      f_url.Add(Storable(c.url));
      f_ok.Add(c.http_status > 0 && c.http_status != 429 && c.http_status < 500);
      ++finals;
    }
    l_url.Add(Storable(c.url));
    l_at.Add(c.at_ms);
    l_status.Add(static_cast<int64_t>(c.http_status));
    l_outcome.Add(Storable(c.outcome));
    l_bytes.Add(c.bytes);
    l_digest.Add(Storable(c.digest));
    l_file.Add(Storable(c.warc_file));
    l_offset.Add(static_cast<int64_t>(c.warc_offset));
  }
};
}  // namespace

Status PostgresFrontier::CompleteAllLocked(const std::vector<Completion>& done) {
  CompletionColumns cols;
  for (const Completion& c : done) cols.Add(c);
  auto& [rel_id, re_id, re_next, re_status, re_outcome, f_state, f_at, f_status, f_outcome, f_kind, f_newval,
         f_etag, f_lm, f_digest, f_date, f_rid, f_canon, f_id, f_url, f_ok, l_url, l_at, l_status, l_outcome,
         l_bytes, l_digest, l_file, l_offset, releases, retries, finals] = cols;
  if (releases) {
    auto q = c_->Query(
        "UPDATE frontier_urls SET state=0, lease_owner='' WHERE id = ANY($1::BIGINT[]) AND state=3 AND lease_owner=$2",
        pg::Params().Add(rel_id.str()).Add(o_.worker));
    if (!q.ok()) return q.status();
  }
  if (retries) {
    auto q = c_->Query(
        "UPDATE frontier_urls u SET state=0, lease_owner='', next_at=c.next_at, attempts=u.attempts+1, "
        "http_status=c.status, outcome=c.outcome FROM unnest($1::BIGINT[], $2::BIGINT[], $3::INT[], $4::TEXT[]) "
        "AS c(id, next_at, status, outcome) WHERE u.id=c.id AND u.state=3 AND u.lease_owner=$5",
        pg::Params()
            .Add(re_id.str())
            .Add(re_next.str())
            .Add(re_status.str())
            .Add(re_outcome.str())
            .Add(o_.worker));
    if (!q.ok()) return q.status();
    // The host's back-off (Retry-After included: it is in next_at) holds for every worker.
    auto h = c_->Query(
        "UPDATE frontier_hosts h SET failures=h.failures+r.n, backoff_until_ms=GREATEST(h.backoff_until_ms, r.until) "
        "FROM (SELECT u.host, COUNT(*) AS n, MAX(c.next_at) AS until FROM unnest($1::BIGINT[], $2::BIGINT[]) "
        "AS c(id, next_at) JOIN frontier_urls u ON u.id=c.id GROUP BY u.host) r WHERE h.host=r.host",
        pg::Params().Add(re_id.str()).Add(re_next.str()));
    if (!h.ok()) return h.status();
  }
  if (finals) {
    // A fetched page is a fact: recorded whoever holds the lease now. Reconciled captures
    // (id 0) are found by URL.
    auto q = c_->Query(
        "UPDATE frontier_urls u SET state=c.state, run=$16, fetched_ms=c.at, http_status=c.status, "
        "outcome=c.outcome, kind=CASE WHEN c.kind>0 THEN c.kind ELSE u.kind END, attempts=0, next_at=0, "
        "lease_owner='', fetched_by=$17, etag=CASE WHEN c.newval THEN c.etag ELSE u.etag END, "
        "last_modified=CASE WHEN c.newval THEN c.lm ELSE u.last_modified END, "
        "digest=CASE WHEN c.digest<>'' THEN c.digest ELSE u.digest END, "
        "warc_date=CASE WHEN c.wdate<>'' THEN c.wdate ELSE u.warc_date END, "
        "record_id=CASE WHEN c.rid<>'' THEN c.rid ELSE u.record_id END, "
        "canonical=CASE WHEN c.canon<>'' THEN c.canon ELSE u.canonical END "
        "FROM (SELECT x.*, COALESCE(NULLIF(x.id, 0), (SELECT f.id FROM frontier_urls f WHERE f.url=x.url)) AS uid "
        "      FROM unnest($1::INT[], $2::BIGINT[], $3::INT[], $4::TEXT[], $5::INT[], $6::BOOLEAN[], $7::TEXT[], "
        "      $8::TEXT[], $9::TEXT[], $10::TEXT[], $11::TEXT[], $12::TEXT[], $13::BIGINT[], $14::TEXT[], "
        "      $15::BOOLEAN[]) AS x(state, at, status, outcome, kind, newval, etag, lm, digest, wdate, rid, canon, "
        "      id, url, ok)) c WHERE u.id=c.uid",
        pg::Params()
            .Add(f_state.str())
            .Add(f_at.str())
            .Add(f_status.str())
            .Add(f_outcome.str())
            .Add(f_kind.str())
            .Add(f_newval.str())
            .Add(f_etag.str())
            .Add(f_lm.str())
            .Add(f_digest.str())
            .Add(f_date.str())
            .Add(f_rid.str())
            .Add(f_canon.str())
            .Add(f_id.str())
            .Add(f_url.str())
            .Add(f_ok.str())
            .Add(run_)
            .Add(o_.worker));
    if (!q.ok()) return q.status();
    auto h = c_->Query(
        "UPDATE frontier_hosts SET failures=0 WHERE failures<>0 AND host IN (SELECT u.host FROM frontier_urls u "
        "JOIN unnest($1::BIGINT[], $2::TEXT[], $3::BOOLEAN[]) AS x(id, url, ok) ON x.ok AND "
        "(u.id=x.id OR (x.id=0 AND u.url=x.url)))",
        pg::Params().Add(f_id.str()).Add(f_url.str()).Add(f_ok.str()));
    if (!h.ok()) return h.status();
  }
  if (retries + finals) {
    auto l = c_->Query(
        "INSERT INTO frontier_fetch_log(run, worker, url, at_ms, http_status, outcome, bytes, digest, warc_file, "
        "warc_offset) SELECT $1, $2, * FROM unnest($3::TEXT[], $4::BIGINT[], $5::INT[], $6::TEXT[], $7::BIGINT[], "
        "$8::TEXT[], $9::TEXT[], $10::BIGINT[])",
        pg::Params()
            .Add(run_)
            .Add(o_.worker)
            .Add(l_url.str())
            .Add(l_at.str())
            .Add(l_status.str())
            .Add(l_outcome.str())
            .Add(l_bytes.str())
            .Add(l_digest.str())
            .Add(l_file.str())
            .Add(l_offset.str()));
    if (!l.ok()) return l.status();
  }
  return Status::Ok();
}

Status PostgresFrontier::RenewLocked() {
  // Hosts with nothing left to do for this worker (no URL of it out, none queued) go back,
  // one gap from now: their last request may still be running.
  static const std::string kIdle = HandBackHostsSql(
      "NOT EXISTS(SELECT 1 FROM frontier_urls u WHERE u.host=h.host AND u.state=0) "
      "AND NOT EXISTS(SELECT 1 FROM frontier_urls u WHERE u.host=h.host AND u.state=3 AND u.lease_owner=$1)");
  auto idle =
      c_->Query(kIdle.c_str(), pg::Params().Add(o_.worker).Add(o_.delay_ms).Add(o_.max_crawl_delay_ms));
  if (!idle.ok()) return idle.status();
  held_ = std::max<int64_t>(0, held_ - idle->affected());
  auto h = c_->Query("UPDATE frontier_hosts SET lease_expires_ms=hw_now_ms()+$2 WHERE lease_owner=$1",
                     pg::Params().Add(o_.worker).Add(o_.lease_ms));
  if (!h.ok()) return h.status();
  auto u =
      c_->Query("UPDATE frontier_urls SET lease_expires_ms=hw_now_ms()+$2 WHERE state=3 AND lease_owner=$1",
                pg::Params().Add(o_.worker).Add(o_.lease_ms));
  if (!u.ok()) return u.status();
  auto w = c_->Query("UPDATE frontier_workers SET seen_ms=hw_now_ms() WHERE worker=$1",
                     pg::Params().Add(o_.worker));
  if (!w.ok()) return w.status();
  renewed_ = std::chrono::steady_clock::now();
  if (renewed_ - swept_ >= std::chrono::milliseconds(o_.lease_ms / 4))
    HW_RETURN_IF_ERROR(SweepExpiredLocked());
  return Status::Ok();
}

Status PostgresFrontier::KeepAlive() {
  if (std::chrono::steady_clock::now() - renewed_ < std::chrono::milliseconds(o_.lease_ms / 4))
    return Status::Ok();
  return pg::InTransaction(*c_, [&] { return RenewLocked(); });
}

Status PostgresFrontier::Commit(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                                const std::string& warc_file, uint64_t warc_committed_bytes) {
  return pg::InTransaction(*c_, [&]() -> Status {
    HW_RETURN_IF_ERROR(CompleteAllLocked(done));
    auto n = AddUrlsLocked(discovered);
    if (!n.ok()) return n.status();
    if (!warc_file.empty()) {
      auto w = c_->Query(
          "INSERT INTO frontier_warc_files(worker, name, committed_bytes) VALUES($1,$2,$3) "
          "ON CONFLICT(worker, name) DO UPDATE SET committed_bytes=excluded.committed_bytes",
          pg::Params().Add(o_.worker).Add(warc_file).Add(static_cast<int64_t>(warc_committed_bytes)));
      if (!w.ok()) return w.status();
    }
    return RenewLocked();
  });
}

Result<bool> PostgresFrontier::IsDoneInRun(std::string_view url, int64_t run) {
  auto q = c_->Query("SELECT state, run FROM frontier_urls WHERE url=$1", pg::Params().Add(url));
  if (!q.ok()) return q.status();
  if (q->empty()) return false;
  return q->Int(0, 0) == kDone && q->Int(0, 1) == run;
}

Result<std::optional<RobotsCacheEntry>> PostgresFrontier::GetRobots(std::string_view host) {
  auto q = c_->Query(
      "SELECT robots_fetched_ms, robots_status, robots_network_error, robots_body FROM frontier_hosts "
      "WHERE host=$1 AND robots_body IS NOT NULL",
      pg::Params().Add(host));
  if (!q.ok()) return q.status();
  if (q->empty()) return std::optional<RobotsCacheEntry>();
  RobotsCacheEntry e;
  e.host = std::string(host);
  e.fetched_ms = q->Int(0, 0);
  e.http_status = static_cast<int>(q->Int(0, 1));
  e.network_error = q->Text(0, 2) == "t";
  e.body = UnhexBytea(q->Text(0, 3));
  return std::optional<RobotsCacheEntry>(std::move(e));
}

Status PostgresFrontier::PutRobots(const RobotsCacheEntry& e) {
  // The Crawl-delay goes into the gap kept when the host changes hands.
  int64_t crawl_delay_ms = -1;
  RobotsRules rules = RobotsRules::FromFetch(e.http_status, e.body, e.network_error);
  if (auto d = rules.CrawlDelay(o_.robots_agent)) crawl_delay_ms = static_cast<int64_t>(*d * 1000);
  auto q = c_->Query(
      "INSERT INTO frontier_hosts(host, robots_fetched_ms, robots_status, robots_network_error, robots_body, "
      "crawl_delay_ms) VALUES($1,$2,$3,$4,$5::BYTEA,$6) ON CONFLICT(host) DO UPDATE SET "
      "robots_fetched_ms=excluded.robots_fetched_ms, robots_status=excluded.robots_status, "
      "robots_network_error=excluded.robots_network_error, robots_body=excluded.robots_body, "
      "crawl_delay_ms=excluded.crawl_delay_ms",
      pg::Params()
          .Add(e.host)
          .Add(e.fetched_ms)
          .Add(e.http_status)
          .Add(e.network_error ? "true" : "false")
          .Add(HexBytea(e.body))
          .Add(crawl_delay_ms));
  return q.status();
}

Status PostgresFrontier::RegisterWarcFile(const std::string& name) {
  // A new file means the previous one was rotated out: everything in it is committed (the
  // crawler commits before it rotates), so it is closed and goes to the extraction queue.
  return pg::InTransaction(*c_, [&]() -> Status {
    auto q = c_->Query(
        "INSERT INTO frontier_warc_files(worker, name, committed_bytes, registered_ms, dir) "
        "VALUES($1,$2,0,hw_now_ms(),$3) ON CONFLICT DO NOTHING",
        pg::Params().Add(o_.worker).Add(name).Add(Storable(o_.warc_dir)));
    if (!q.ok()) return q.status();
    return CloseWarcFilesLocked(name);
  });
}

Status PostgresFrontier::CloseWarcFilesLocked(const std::string& except) {
  // Open files, and done files that grew since (a restarted worker replayed their tails). A file
  // with nothing committed beyond what was extracted (a worker killed right after opening it) is
  // done at once: no extractor would ever lease it, and it must not stay closed forever.
  auto q = c_->Query(
      "UPDATE frontier_warc_files SET state=CASE WHEN committed_bytes>extracted_bytes THEN 'closed' ELSE 'done' END, "
      "closed_ms=hw_now_ms() WHERE worker=$1 AND name<>$2 AND "
      "(state='open' OR (state='done' AND committed_bytes>extracted_bytes))",
      pg::Params().Add(o_.worker).Add(except));
  return q.status();
}

Status PostgresFrontier::CloseWarcFiles() { return CloseWarcFilesLocked(""); }

Result<std::vector<WarcFileState>> PostgresFrontier::WarcFiles() {
  auto q = c_->Query("SELECT name, committed_bytes FROM frontier_warc_files WHERE worker=$1 ORDER BY name",
                     pg::Params().Add(o_.worker));
  if (!q.ok()) return q.status();
  std::vector<WarcFileState> out;
  for (int i = 0; i < q->size(); ++i) out.push_back({q->Text(i, 0), static_cast<uint64_t>(q->Int(i, 1))});
  return out;
}

Result<StateCounts> PostgresFrontier::Counts() {
  auto q = c_->Query("SELECT state, COUNT(*) FROM frontier_urls GROUP BY state");
  if (!q.ok()) return q.status();
  StateCounts c;
  for (int i = 0; i < q->size(); ++i) {
    int st = static_cast<int>(q->Int(i, 0));
    if (st == kQueued || st == kLeased)
      c.queued += q->Int(i, 1);
    else if (st == kDone)
      c.done += q->Int(i, 1);
    else if (st == kFailed)
      c.failed += q->Int(i, 1);
  }
  return c;
}

}  // namespace

Result<FrontierRunProgress> ReadFrontierRun(pg::Conn& c, int64_t run) {
  FrontierRunProgress p;
  auto r =
      run > 0
          ? c.Query("SELECT id, finished_ms IS NOT NULL, started_ms FROM frontier_runs WHERE id=$1",
                    pg::Params().Add(run))
          : c.Query(
                "SELECT id, finished_ms IS NOT NULL, started_ms FROM frontier_runs ORDER BY id DESC LIMIT 1");
  if (!r.ok()) return r.status();
  if (r->empty()) return p;
  p.run = r->Int(0, 0);
  p.finished = r->Text(0, 1) == "t";
  p.started_ms = r->Int(0, 2);
  auto q = c.Query(
      "SELECT COUNT(*) FILTER (WHERE state=0), COUNT(*) FILTER (WHERE state=3), COUNT(*) FILTER (WHERE state=1), "
      "  COUNT(*) FILTER (WHERE state=2), "
      "  COUNT(*) FILTER (WHERE run=$1 AND (state=2 OR (state=1 AND http_status>=400))), "
      "  (SELECT COUNT(*) FROM frontier_workers WHERE seen_ms >= hw_now_ms() - lease_ms) "
      "FROM frontier_urls",
      pg::Params().Add(p.run));
  if (!q.ok()) return q.status();
  p.queued = q->Int(0, 0);
  p.leased = q->Int(0, 1);
  p.done = q->Int(0, 2);
  p.failed = q->Int(0, 3);
  p.errors = q->Int(0, 4);
  p.live_workers = q->Int(0, 5);
  auto w = c.Query(
      "SELECT worker, COUNT(*), COALESCE(SUM(bytes), 0) FROM frontier_fetch_log WHERE run=$1 AND warc_file<>'' "
      "GROUP BY worker ORDER BY worker",
      pg::Params().Add(p.run));
  if (!w.ok()) return w.status();
  for (int i = 0; i < w->size(); ++i) {
    p.by_worker.emplace_back(w->Text(i, 0), w->Int(i, 1));
    p.stored += w->Int(i, 1);
    p.bytes += w->Int(i, 2);
  }
  return p;
}

// The schema's DDL (ALTER TABLE takes an ACCESS EXCLUSIVE lock even when every column exists)
// runs only when the schema is not current: a worker starting while others already claim URLs or
// lease WARC files would otherwise deadlock with them (seen as SQLSTATE 40P01 in the loopback test).
Status EnsureFrontierSchema(pg::Conn& c) {
  return pg::InTransaction(c, [&]() -> Status {
    HW_RETURN_IF_ERROR(c.Exec("SELECT pg_advisory_xact_lock(7406352202)"));
    auto current = c.Query(
        "SELECT (to_regclass('frontier_warc_files_pending') IS NOT NULL AND EXISTS(SELECT 1 FROM "
        "information_schema.columns WHERE table_schema = current_schema() AND table_name = 'frontier_workers' "
        "AND column_name = 'lease_ms') AND EXISTS(SELECT 1 FROM information_schema.columns WHERE "
        "table_schema = current_schema() AND table_name = 'frontier_warc_files' AND column_name = 'extract_token'))::int");
    if (!current.ok()) return current.status();
    if (current->Int(0, 0) == 1) return Status::Ok();
    return c.Exec(kSchema);
  });
}

Result<std::unique_ptr<pg::Conn>> OpenFrontierConnection(const std::string& url,
                                                         const std::string& application,
                                                         std::string_view what) {
  auto c = pg::Conn::Open(url, application);
  if (!c.ok()) return Status::Unavailable(std::string(what) + ": " + c.status().message());
  // Frontier commits need not wait for the server's WAL flush: a commit lost in a server
  // crash is replayed from the WARC tail by the worker's recovery (WARC fsync comes first),
  // a lost URL lease only leaves a URL queued and a lost WARC file lease only repeats
  // extraction work. This takes one fsync off every claim.
  HW_RETURN_IF_ERROR((*c)->Exec("SET synchronous_commit = off"));
  HW_RETURN_IF_ERROR(EnsureFrontierSchema(**c));
  return std::move(c).value();
}

Result<std::unique_ptr<CrawlState>> OpenPostgresFrontier(const std::string& url,
                                                         const PostgresFrontierOptions& opts) {
  if (opts.worker.empty())
    return Status::InvalidArgument("frontier: a worker name is required (--worker NAME)");
  if (!StorableText(opts.worker))
    return Status::InvalidArgument("frontier: the worker name is not valid UTF-8");
  auto c = OpenFrontierConnection(url, "hirewire-crawl-" + opts.worker, "frontier");
  if (!c.ok()) return c.status();
  return std::unique_ptr<CrawlState>(new PostgresFrontier(std::move(*c), opts));
}

}  // namespace hirewire::fetch
