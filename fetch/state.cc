#include "fetch/state.h"

#include <filesystem>

#include "corpus/sqlite.h"

namespace hirewire::fetch {
namespace {

constexpr int kQueued = 0;
constexpr int kDone = 1;
constexpr int kFailed = 2;
constexpr int kLeased = 3;

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS urls(
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  host TEXT NOT NULL,
  site TEXT NOT NULL DEFAULT '',
  kind INTEGER NOT NULL DEFAULT 1,
  depth INTEGER NOT NULL DEFAULT 0,
  redirects INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL DEFAULT 0,
  recheck INTEGER NOT NULL DEFAULT 0,
  state INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  run INTEGER NOT NULL DEFAULT 0,
  fetched_ms INTEGER NOT NULL DEFAULT 0,
  http_status INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  digest TEXT NOT NULL DEFAULT '',
  warc_date TEXT NOT NULL DEFAULT '',
  record_id TEXT NOT NULL DEFAULT '',
  canonical TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls(host, state, priority DESC, depth, id);
CREATE INDEX IF NOT EXISTS urls_state ON urls(state, host);
CREATE TABLE IF NOT EXISTS fetch_log(
  id INTEGER PRIMARY KEY,
  run INTEGER NOT NULL,
  url TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  digest TEXT NOT NULL,
  warc_file TEXT NOT NULL,
  warc_offset INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS robots(
  host TEXT PRIMARY KEY,
  fetched_ms INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  network_error INTEGER NOT NULL,
  body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS warc_files(
  name TEXT PRIMARY KEY,
  committed_bytes INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY,
  started_ms INTEGER NOT NULL,
  finished_ms INTEGER
);
)sql";

class SqliteState : public CrawlState {
 public:
  explicit SqliteState(std::unique_ptr<sqlite::Database> db) : db_(std::move(db)) {}

  Status Init() {
    HW_RETURN_IF_ERROR(Exec("PRAGMA cache_size=-16000"));  // 16 MiB page cache, whatever the DB size
    HW_RETURN_IF_ERROR(Exec(kSchema));
    return Status::Ok();
  }

  Result<int64_t> BeginRun(int64_t now_ms) override {
    HW_RETURN_IF_ERROR(db_->Begin());
    int64_t run = 0;
    {
      auto s = Prepare("SELECT id, finished_ms IS NULL FROM runs ORDER BY id DESC LIMIT 1");
      if (!s.ok()) return Rollback(s.status());
      if (s->Next() && s->Int(1) == 1) run = s->Int(0);
    }
    if (run == 0) {
      auto ins = Prepare("INSERT INTO runs(started_ms) VALUES(?)");
      if (!ins.ok()) return Rollback(ins.status());
      ins->Bind(now_ms);
      if (Status st = ins->Run("insert run"); !st.ok()) return Rollback(st);
      run = db_->LastInsertRowId();
    }
    auto st =
        Exec("UPDATE urls SET state=" + std::to_string(kQueued) + " WHERE state=" + std::to_string(kLeased));
    if (!st.ok()) return Rollback(st);
    // Re-read seeds, feeds and sitemaps once per run.
    st = Exec("UPDATE urls SET state=0, next_at=0, attempts=0 WHERE recheck=1 AND run<" +
              std::to_string(run) + " AND state<>0");
    if (!st.ok()) return Rollback(st);
    HW_RETURN_IF_ERROR(db_->Commit());
    run_ = run;
    return run;
  }

  Status FinishRun(int64_t run, int64_t now_ms) override {
    auto s = Prepare("UPDATE runs SET finished_ms=? WHERE id=?");
    if (!s.ok()) return s.status();
    s->Bind(now_ms).Bind(run);
    HW_RETURN_IF_ERROR(s->Run("finish run"));
    return Status::Ok();
  }

  Result<int> AddUrls(const std::vector<NewUrl>& urls) override {
    if (urls.empty()) return 0;
    HW_RETURN_IF_ERROR(db_->Begin());
    auto n = AddUrlsLocked(urls);
    if (!n.ok()) return Rollback(n.status());
    HW_RETURN_IF_ERROR(db_->Commit());
    return n;
  }

  Result<std::vector<std::string>> HostsWithWork(size_t max) override {
    auto s = Prepare("SELECT DISTINCT host FROM urls WHERE state=0 LIMIT ?");
    if (!s.ok()) return s.status();
    s->Bind(static_cast<int64_t>(max));
    std::vector<std::string> out;
    while (s->Next()) out.push_back(s->Text(0));
    return out;
  }

  Result<std::vector<FrontierEntry>> Lease(std::string_view host, int64_t now_ms, size_t max) override {
    auto sel = Cached(
        "SELECT id, url, host, site, kind, depth, redirects, attempts, recheck, etag, last_modified, digest, "
        "warc_date, record_id FROM urls WHERE host=? AND state=0 AND next_at<=? "
        "ORDER BY priority DESC, depth, id LIMIT ?");
    if (!sel.ok()) return sel.status();
    auto upd = Cached("UPDATE urls SET state=3 WHERE id=?");
    if (!upd.ok()) return upd.status();
    sqlite::Statement& select = **sel;
    sqlite::Statement& update = **upd;
    std::vector<FrontierEntry> out;
    select.Bind(host).Bind(now_ms).Bind(static_cast<int64_t>(max));
    while (select.Next()) {
      FrontierEntry e;
      e.id = select.Int(0);
      e.url = select.Text(1);
      e.host = select.Text(2);
      e.site = select.Text(3);
      e.kind = static_cast<UrlKind>(select.Int(4));
      e.depth = static_cast<int>(select.Int(5));
      e.redirects = static_cast<int>(select.Int(6));
      e.attempts = static_cast<int>(select.Int(7));
      e.recheck = select.Int(8) != 0;
      e.etag = select.Text(9);
      e.last_modified = select.Text(10);
      e.digest = select.Text(11);
      e.last_warc_date = select.Text(12);
      e.last_record_id = select.Text(13);
      out.push_back(std::move(e));
    }
    if (!select.status().ok()) return select.status();
    select.Reset();
    if (out.empty()) return out;
    HW_RETURN_IF_ERROR(db_->Begin());
    for (const auto& e : out) {
      update.Reset().Bind(e.id);
      if (Status st = update.Run("lease"); !st.ok()) return Rollback(st);
    }
    HW_RETURN_IF_ERROR(db_->Commit());
    return out;
  }

  Result<std::optional<int64_t>> NextDue(std::string_view host) override {
    auto s = Prepare("SELECT MIN(next_at), COUNT(*) FROM urls WHERE host=? AND state=0");
    if (!s.ok()) return s.status();
    s->Bind(host);
    if (s->Next() && s->Int(1) > 0) return std::optional<int64_t>(s->Int(0));
    return std::optional<int64_t>();
  }

  Status Commit(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                const std::string& warc_file, uint64_t warc_committed_bytes) override {
    HW_RETURN_IF_ERROR(db_->Begin());
    Status st = CommitLocked(done, discovered, warc_file, warc_committed_bytes);
    if (!st.ok()) return Rollback(st);
    return db_->Commit();
  }

  Result<bool> IsDoneInRun(std::string_view url, int64_t run) override {
    auto s = Prepare("SELECT state, run FROM urls WHERE url=?");
    if (!s.ok()) return s.status();
    s->Bind(url);
    if (!s->Next()) return false;
    return s->Int(0) == kDone && s->Int(1) == run;
  }

  Result<std::optional<RobotsCacheEntry>> GetRobots(std::string_view host) override {
    auto s = Prepare("SELECT fetched_ms, http_status, network_error, body FROM robots WHERE host=?");
    if (!s.ok()) return s.status();
    s->Bind(host);
    if (!s->Next()) return std::optional<RobotsCacheEntry>();
    RobotsCacheEntry e;
    e.host = std::string(host);
    e.fetched_ms = s->Int(0);
    e.http_status = static_cast<int>(s->Int(1));
    e.network_error = s->Int(2) != 0;
    e.body = s->Blob(3);
    return std::optional<RobotsCacheEntry>(std::move(e));
  }

  Status PutRobots(const RobotsCacheEntry& e) override {
    auto s = Prepare(
        "INSERT OR REPLACE INTO robots(host, fetched_ms, http_status, network_error, body) VALUES(?,?,?,?,?)");
    if (!s.ok()) return s.status();
    s->Bind(e.host)
        .Bind(e.fetched_ms)
        .Bind(static_cast<int64_t>(e.http_status))
        .Bind(static_cast<int64_t>(e.network_error ? 1 : 0))
        .BindBlob(e.body);
    HW_RETURN_IF_ERROR(s->Run("put robots"));
    return Status::Ok();
  }

  Status RegisterWarcFile(const std::string& name) override {
    auto s = Prepare("INSERT OR IGNORE INTO warc_files(name, committed_bytes) VALUES(?, 0)");
    if (!s.ok()) return s.status();
    s->Bind(name);
    HW_RETURN_IF_ERROR(s->Run("register warc file"));
    return Status::Ok();
  }

  Result<std::vector<WarcFileState>> WarcFiles() override {
    auto s = Prepare("SELECT name, committed_bytes FROM warc_files ORDER BY name");
    if (!s.ok()) return s.status();
    std::vector<WarcFileState> out;
    while (s->Next()) out.push_back({s->Text(0), static_cast<uint64_t>(s->Int(1))});
    return out;
  }

  Result<StateCounts> Counts() override {
    auto s = Prepare("SELECT state, COUNT(*) FROM urls GROUP BY state");
    if (!s.ok()) return s.status();
    StateCounts c;
    while (s->Next()) {
      int st = static_cast<int>(s->Int(0));
      if (st == kQueued || st == kLeased)
        c.queued += s->Int(1);
      else if (st == kDone)
        c.done += s->Int(1);
      else if (st == kFailed)
        c.failed += s->Int(1);
    }
    return c;
  }

 private:
  Status Error(const std::string& what) { return db_->Error(what); }
  Status Exec(const std::string& sql) { return db_->Exec(sql); }
  Status Rollback(Status st) { return db_->Rollback(std::move(st)); }
  Result<sqlite::Statement> Prepare(const char* sql) { return db_->Prepare(sql); }
  // Cached statement by SQL text (keyed by the literal's address: no string built per call).
  Result<sqlite::Statement*> Cached(const char* sql) { return db_->Cached(sql); }

  // Row id of url, or 0 (reconciliation completes by URL).
  int64_t IdOf(const std::string& url) {
    auto s = Cached("SELECT id FROM urls WHERE url=?");
    if (!s.ok()) return 0;
    (*s)->Bind(url);
    int64_t id = (*s)->Next() ? (*s)->Int(0) : 0;
    (*s)->Reset();
    return id;
  }

  Result<int> AddUrlsLocked(const std::vector<NewUrl>& urls) {
    auto s = Cached(
        "INSERT INTO urls(url, host, site, kind, depth, redirects, priority, recheck, state, next_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,0,0) "
        "ON CONFLICT(url) DO UPDATE SET "
        "  recheck = MAX(urls.recheck, excluded.recheck), "
        "  state = CASE WHEN urls.state IN (1,2) AND urls.kind=1 AND ?9>0 AND ?9*1000>urls.fetched_ms THEN 0 "
        "               WHEN urls.state IN (1,2) AND excluded.recheck=1 AND urls.run<?10 THEN 0 "
        "               ELSE urls.state END "
        "WHERE (urls.state IN (1,2) AND urls.kind=1 AND ?9>0 AND ?9*1000>urls.fetched_ms) "
        "   OR (urls.state IN (1,2) AND excluded.recheck=1 AND urls.run<?10) "
        "   OR excluded.recheck>urls.recheck");
    if (!s.ok()) return s.status();
    sqlite::Statement* st = *s;
    int added = 0;
    for (const auto& u : urls) {
      st->Reset()
          .Bind(u.url)
          .Bind(u.host)
          .Bind(u.site)
          .Bind(static_cast<int64_t>(u.kind))
          .Bind(static_cast<int64_t>(u.depth))
          .Bind(static_cast<int64_t>(u.redirects))
          .Bind(static_cast<int64_t>(u.priority))
          .Bind(static_cast<int64_t>(u.recheck ? 1 : 0))
          .Bind(u.lastmod_s)
          .Bind(run_);
      HW_RETURN_IF_ERROR(st->Run("add url"));
      added += db_->Changes() > 0 ? 1 : 0;
    }
    return added;
  }

  Status CommitLocked(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                      const std::string& warc_file, uint64_t warc_committed_bytes) {
    for (const auto& c : done) {
      if (c.action == Completion::Action::kRelease) {
        auto s = Cached("UPDATE urls SET state=0 WHERE id=? AND state=3");
        if (!s.ok()) return s.status();
        (*s)->Bind(c.id);
        HW_RETURN_IF_ERROR((*s)->Run("release"));
        continue;
      }
      if (c.action == Completion::Action::kRetry) {
        auto s = Cached(
            "UPDATE urls SET state=0, next_at=?, attempts=attempts+1, http_status=?, outcome=? WHERE id=?");
        if (!s.ok()) return s.status();
        (*s)->Bind(c.next_at_ms).Bind(static_cast<int64_t>(c.http_status)).Bind(c.outcome).Bind(c.id);
        HW_RETURN_IF_ERROR((*s)->Run("retry"));
      } else {
        const bool stored = !c.warc_file.empty();
        // Validators and digest are replaced only when a new record was stored; a 304 keeps them.
        auto s = Cached(
            "UPDATE urls SET state=?, run=?, fetched_ms=?, http_status=?, outcome=?, kind=CASE WHEN ?>0 THEN ? ELSE kind END, "
            "attempts=0, next_at=0, "
            "etag=CASE WHEN ? THEN ? ELSE etag END, last_modified=CASE WHEN ? THEN ? ELSE last_modified END, "
            "digest=CASE WHEN ?<>'' THEN ? ELSE digest END, warc_date=CASE WHEN ?<>'' THEN ? ELSE warc_date END, "
            "record_id=CASE WHEN ?<>'' THEN ? ELSE record_id END, canonical=CASE WHEN ?<>'' THEN ? ELSE canonical END "
            "WHERE id=?");
        if (!s.ok()) return s.status();
        const bool new_validators = stored && c.outcome != "unchanged";
        const int64_t kind = static_cast<int64_t>(c.kind);
        (*s)->Bind(static_cast<int64_t>(c.action == Completion::Action::kDone ? kDone : kFailed))
            .Bind(run_)
            .Bind(c.at_ms)
            .Bind(static_cast<int64_t>(c.http_status))
            .Bind(c.outcome)
            .Bind(kind)
            .Bind(kind)
            .Bind(static_cast<int64_t>(new_validators))
            .Bind(c.etag)
            .Bind(static_cast<int64_t>(new_validators))
            .Bind(c.last_modified)
            .Bind(c.digest)
            .Bind(c.digest)
            .Bind(c.warc_date)
            .Bind(c.warc_date)
            .Bind(c.record_id)
            .Bind(c.record_id)
            .Bind(c.canonical)
            .Bind(c.canonical)
            .Bind(c.id ? c.id : IdOf(c.url));
        HW_RETURN_IF_ERROR((*s)->Run("mark done"));
      }
      auto l = Cached(
          "INSERT INTO fetch_log(run, url, at_ms, http_status, outcome, bytes, digest, warc_file, warc_offset) "
          "VALUES(?,?,?,?,?,?,?,?,?)");
      if (!l.ok()) return l.status();
      (*l)->Bind(run_)
          .Bind(c.url)
          .Bind(c.at_ms)
          .Bind(static_cast<int64_t>(c.http_status))
          .Bind(c.outcome)
          .Bind(c.bytes)
          .Bind(c.digest)
          .Bind(c.warc_file)
          .Bind(static_cast<int64_t>(c.warc_offset));
      HW_RETURN_IF_ERROR((*l)->Run("fetch log"));
    }
    auto n = AddUrlsLocked(discovered);
    if (!n.ok()) return n.status();
    if (!warc_file.empty()) {
      auto w = Cached(
          "INSERT INTO warc_files(name, committed_bytes) VALUES(?,?) "
          "ON CONFLICT(name) DO UPDATE SET committed_bytes=excluded.committed_bytes");
      if (!w.ok()) return w.status();
      (*w)->Bind(warc_file).Bind(static_cast<int64_t>(warc_committed_bytes));
      HW_RETURN_IF_ERROR((*w)->Run("warc file size"));
    }
    return Status::Ok();
  }

  std::unique_ptr<sqlite::Database> db_;
  int64_t run_ = 0;
};

}  // namespace

Result<std::unique_ptr<CrawlState>> OpenSqliteState(const std::string& path) {
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto db = sqlite::Database::Open(path, {.label = "crawl state"});
  if (!db.ok()) return db.status();
  auto st = std::make_unique<SqliteState>(std::move(*db));
  HW_RETURN_IF_ERROR(st->Init());
  return std::unique_ptr<CrawlState>(std::move(st));
}

}  // namespace hirewire::fetch
