#include "fetch/state.h"

#include <sqlite3.h>

#include <filesystem>
#include <unordered_map>

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

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// A prepared statement that resets itself for reuse.
class Stmt {
 public:
  Stmt() = default;
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  sqlite3_stmt* get() const { return s_.get(); }
  Stmt& Reset() {
    sqlite3_reset(s_.get());
    sqlite3_clear_bindings(s_.get());
    idx_ = 0;
    return *this;
  }
  Stmt& Bind(int64_t v) {
    sqlite3_bind_int64(s_.get(), ++idx_, v);
    return *this;
  }
  Stmt& Bind(std::string_view v) {
    sqlite3_bind_text(s_.get(), ++idx_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindBlob(std::string_view v) {
    sqlite3_bind_blob(s_.get(), ++idx_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  int Step() { return sqlite3_step(s_.get()); }
  int64_t Int(int col) const { return sqlite3_column_int64(s_.get(), col); }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(s_.get(), col);
    int n = sqlite3_column_bytes(s_.get(), col);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(n)) : std::string();
  }
  std::string Blob(int col) const {
    const void* t = sqlite3_column_blob(s_.get(), col);
    int n = sqlite3_column_bytes(s_.get(), col);
    return t ? std::string(static_cast<const char*>(t), static_cast<size_t>(n)) : std::string();
  }

 private:
  StmtPtr s_;
  int idx_ = 0;
};

class SqliteState : public CrawlState {
 public:
  explicit SqliteState(sqlite3* db) : db_(db) {}

  Status Init() {
    HW_RETURN_IF_ERROR(Exec("PRAGMA journal_mode=WAL"));
    HW_RETURN_IF_ERROR(Exec("PRAGMA synchronous=NORMAL"));
    HW_RETURN_IF_ERROR(Exec("PRAGMA busy_timeout=5000"));
    HW_RETURN_IF_ERROR(Exec("PRAGMA cache_size=-16000"));  // 16 MiB page cache, whatever the DB size
    HW_RETURN_IF_ERROR(Exec(kSchema));
    return Status::Ok();
  }

  Result<int64_t> BeginRun(int64_t now_ms) override {
    HW_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    int64_t run = 0;
    {
      auto s = Prepare("SELECT id, finished_ms IS NULL FROM runs ORDER BY id DESC LIMIT 1");
      if (!s.ok()) return Rollback(s.status());
      if (s->Step() == SQLITE_ROW && s->Int(1) == 1) run = s->Int(0);
    }
    if (run == 0) {
      auto ins = Prepare("INSERT INTO runs(started_ms) VALUES(?)");
      if (!ins.ok()) return Rollback(ins.status());
      ins->Bind(now_ms);
      if (ins->Step() != SQLITE_DONE) return Rollback(Error("insert run"));
      run = sqlite3_last_insert_rowid(db_.get());
    }
    auto st = Exec("UPDATE urls SET state=" + std::to_string(kQueued) + " WHERE state=" + std::to_string(kLeased));
    if (!st.ok()) return Rollback(st);
    // Re-read seeds, feeds and sitemaps once per run.
    st = Exec("UPDATE urls SET state=0, next_at=0, attempts=0 WHERE recheck=1 AND run<" + std::to_string(run) +
              " AND state<>0");
    if (!st.ok()) return Rollback(st);
    HW_RETURN_IF_ERROR(Exec("COMMIT"));
    run_ = run;
    return run;
  }

  Status FinishRun(int64_t run, int64_t now_ms) override {
    auto s = Prepare("UPDATE runs SET finished_ms=? WHERE id=?");
    if (!s.ok()) return s.status();
    s->Bind(now_ms).Bind(run);
    if (s->Step() != SQLITE_DONE) return Error("finish run");
    return Status::Ok();
  }

  Result<int> AddUrls(const std::vector<NewUrl>& urls) override {
    if (urls.empty()) return 0;
    HW_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    auto n = AddUrlsLocked(urls);
    if (!n.ok()) return Rollback(n.status());
    HW_RETURN_IF_ERROR(Exec("COMMIT"));
    return n;
  }

  Result<std::vector<std::string>> HostsWithWork(size_t max) override {
    auto s = Prepare("SELECT DISTINCT host FROM urls WHERE state=0 LIMIT ?");
    if (!s.ok()) return s.status();
    s->Bind(static_cast<int64_t>(max));
    std::vector<std::string> out;
    while (s->Step() == SQLITE_ROW) out.push_back(s->Text(0));
    return out;
  }

  Result<std::vector<FrontierEntry>> Lease(std::string_view host, int64_t now_ms, size_t max) override {
    if (!lease_sel_.get()) {
      auto s = Prepare(
          "SELECT id, url, host, site, kind, depth, redirects, attempts, recheck, etag, last_modified, digest, "
          "warc_date, record_id FROM urls WHERE host=? AND state=0 AND next_at<=? "
          "ORDER BY priority DESC, depth, id LIMIT ?");
      if (!s.ok()) return s.status();
      lease_sel_ = std::move(*s);
      auto u = Prepare("UPDATE urls SET state=3 WHERE id=?");
      if (!u.ok()) return u.status();
      lease_upd_ = std::move(*u);
    }
    std::vector<FrontierEntry> out;
    lease_sel_.Reset().Bind(host).Bind(now_ms).Bind(static_cast<int64_t>(max));
    while (lease_sel_.Step() == SQLITE_ROW) {
      FrontierEntry e;
      e.id = lease_sel_.Int(0);
      e.url = lease_sel_.Text(1);
      e.host = lease_sel_.Text(2);
      e.site = lease_sel_.Text(3);
      e.kind = static_cast<UrlKind>(lease_sel_.Int(4));
      e.depth = static_cast<int>(lease_sel_.Int(5));
      e.redirects = static_cast<int>(lease_sel_.Int(6));
      e.attempts = static_cast<int>(lease_sel_.Int(7));
      e.recheck = lease_sel_.Int(8) != 0;
      e.etag = lease_sel_.Text(9);
      e.last_modified = lease_sel_.Text(10);
      e.digest = lease_sel_.Text(11);
      e.last_warc_date = lease_sel_.Text(12);
      e.last_record_id = lease_sel_.Text(13);
      out.push_back(std::move(e));
    }
    lease_sel_.Reset();
    if (out.empty()) return out;
    HW_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    for (const auto& e : out) {
      lease_upd_.Reset().Bind(e.id);
      if (lease_upd_.Step() != SQLITE_DONE) return Rollback(Error("lease"));
    }
    HW_RETURN_IF_ERROR(Exec("COMMIT"));
    return out;
  }

  Result<std::optional<int64_t>> NextDue(std::string_view host) override {
    auto s = Prepare("SELECT MIN(next_at), COUNT(*) FROM urls WHERE host=? AND state=0");
    if (!s.ok()) return s.status();
    s->Bind(host);
    if (s->Step() == SQLITE_ROW && s->Int(1) > 0) return std::optional<int64_t>(s->Int(0));
    return std::optional<int64_t>();
  }

  Status Commit(const std::vector<Completion>& done, const std::vector<NewUrl>& discovered,
                const std::string& warc_file, uint64_t warc_committed_bytes) override {
    HW_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = CommitLocked(done, discovered, warc_file, warc_committed_bytes);
    if (!st.ok()) return Rollback(st);
    return Exec("COMMIT");
  }

  Result<bool> IsDoneInRun(std::string_view url, int64_t run) override {
    auto s = Prepare("SELECT state, run FROM urls WHERE url=?");
    if (!s.ok()) return s.status();
    s->Bind(url);
    if (s->Step() != SQLITE_ROW) return false;
    return s->Int(0) == kDone && s->Int(1) == run;
  }

  Result<std::optional<RobotsCacheEntry>> GetRobots(std::string_view host) override {
    auto s = Prepare("SELECT fetched_ms, http_status, network_error, body FROM robots WHERE host=?");
    if (!s.ok()) return s.status();
    s->Bind(host);
    if (s->Step() != SQLITE_ROW) return std::optional<RobotsCacheEntry>();
    RobotsCacheEntry e;
    e.host = std::string(host);
    e.fetched_ms = s->Int(0);
    e.http_status = static_cast<int>(s->Int(1));
    e.network_error = s->Int(2) != 0;
    e.body = s->Blob(3);
    return std::optional<RobotsCacheEntry>(std::move(e));
  }

  Status PutRobots(const RobotsCacheEntry& e) override {
    auto s = Prepare("INSERT OR REPLACE INTO robots(host, fetched_ms, http_status, network_error, body) VALUES(?,?,?,?,?)");
    if (!s.ok()) return s.status();
    s->Bind(e.host).Bind(e.fetched_ms).Bind(static_cast<int64_t>(e.http_status))
        .Bind(static_cast<int64_t>(e.network_error ? 1 : 0)).BindBlob(e.body);
    if (s->Step() != SQLITE_DONE) return Error("put robots");
    return Status::Ok();
  }

  Status RegisterWarcFile(const std::string& name) override {
    auto s = Prepare("INSERT OR IGNORE INTO warc_files(name, committed_bytes) VALUES(?, 0)");
    if (!s.ok()) return s.status();
    s->Bind(name);
    if (s->Step() != SQLITE_DONE) return Error("register warc file");
    return Status::Ok();
  }

  Result<std::vector<WarcFileState>> WarcFiles() override {
    auto s = Prepare("SELECT name, committed_bytes FROM warc_files ORDER BY name");
    if (!s.ok()) return s.status();
    std::vector<WarcFileState> out;
    while (s->Step() == SQLITE_ROW) out.push_back({s->Text(0), static_cast<uint64_t>(s->Int(1))});
    return out;
  }

  Result<StateCounts> Counts() override {
    auto s = Prepare("SELECT state, COUNT(*) FROM urls GROUP BY state");
    if (!s.ok()) return s.status();
    StateCounts c;
    while (s->Step() == SQLITE_ROW) {
      int st = static_cast<int>(s->Int(0));
      if (st == kQueued || st == kLeased) c.queued += s->Int(1);
      else if (st == kDone) c.done += s->Int(1);
      else if (st == kFailed) c.failed += s->Int(1);
    }
    return c;
  }

 private:
  Status Error(const std::string& what) {
    return Status::IoError("sqlite: " + what + ": " + sqlite3_errmsg(db_.get()));
  }
  Status Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      return Status::IoError("sqlite: " + m);
    }
    return Status::Ok();
  }
  Status Rollback(Status st) {
    sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    return st;
  }
  Result<Stmt> Prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_.get(), sql, -1, &s, nullptr) != SQLITE_OK) return Error(std::string("prepare ") + sql);
    return Stmt(s);
  }
  // Cached statement by SQL text (keyed by the literal's address: no string built per call).
  Result<Stmt*> Cached(const char* sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      auto s = Prepare(sql);
      if (!s.ok()) return s.status();
      it = cache_.emplace(sql, std::move(*s)).first;
    }
    it->second.Reset();
    return &it->second;
  }

  // Row id of url, or 0 (reconciliation completes by URL).
  int64_t IdOf(const std::string& url) {
    auto s = Cached("SELECT id FROM urls WHERE url=?");
    if (!s.ok()) return 0;
    (*s)->Bind(url);
    int64_t id = (*s)->Step() == SQLITE_ROW ? (*s)->Int(0) : 0;
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
    Stmt* st = *s;
    int added = 0;
    for (const auto& u : urls) {
      st->Reset()
          .Bind(u.url).Bind(u.host).Bind(u.site).Bind(static_cast<int64_t>(u.kind)).Bind(static_cast<int64_t>(u.depth))
          .Bind(static_cast<int64_t>(u.redirects)).Bind(static_cast<int64_t>(u.priority))
          .Bind(static_cast<int64_t>(u.recheck ? 1 : 0))
          .Bind(u.lastmod_s).Bind(run_);
      if (st->Step() != SQLITE_DONE) return Error("add url");
      added += sqlite3_changes(db_.get()) > 0 ? 1 : 0;
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
        if ((*s)->Step() != SQLITE_DONE) return Error("release");
        continue;
      }
      if (c.action == Completion::Action::kRetry) {
        auto s = Cached("UPDATE urls SET state=0, next_at=?, attempts=attempts+1, http_status=?, outcome=? WHERE id=?");
        if (!s.ok()) return s.status();
        (*s)->Bind(c.next_at_ms).Bind(static_cast<int64_t>(c.http_status)).Bind(c.outcome).Bind(c.id);
        if ((*s)->Step() != SQLITE_DONE) return Error("retry");
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
            .Bind(run_).Bind(c.at_ms).Bind(static_cast<int64_t>(c.http_status)).Bind(c.outcome)
            .Bind(kind).Bind(kind)
            .Bind(static_cast<int64_t>(new_validators)).Bind(c.etag)
            .Bind(static_cast<int64_t>(new_validators)).Bind(c.last_modified)
            .Bind(c.digest).Bind(c.digest).Bind(c.warc_date).Bind(c.warc_date)
            .Bind(c.record_id).Bind(c.record_id).Bind(c.canonical).Bind(c.canonical)
            .Bind(c.id ? c.id : IdOf(c.url));
        if ((*s)->Step() != SQLITE_DONE) return Error("mark done");
      }
      auto l = Cached(
          "INSERT INTO fetch_log(run, url, at_ms, http_status, outcome, bytes, digest, warc_file, warc_offset) "
          "VALUES(?,?,?,?,?,?,?,?,?)");
      if (!l.ok()) return l.status();
      (*l)->Bind(run_).Bind(c.url).Bind(c.at_ms).Bind(static_cast<int64_t>(c.http_status)).Bind(c.outcome)
          .Bind(c.bytes).Bind(c.digest).Bind(c.warc_file).Bind(static_cast<int64_t>(c.warc_offset));
      if ((*l)->Step() != SQLITE_DONE) return Error("fetch log");
    }
    auto n = AddUrlsLocked(discovered);
    if (!n.ok()) return n.status();
    if (!warc_file.empty()) {
      auto w = Cached("INSERT INTO warc_files(name, committed_bytes) VALUES(?,?) "
                      "ON CONFLICT(name) DO UPDATE SET committed_bytes=excluded.committed_bytes");
      if (!w.ok()) return w.status();
      (*w)->Bind(warc_file).Bind(static_cast<int64_t>(warc_committed_bytes));
      if ((*w)->Step() != SQLITE_DONE) return Error("warc file size");
    }
    return Status::Ok();
  }

  std::unique_ptr<sqlite3, DbCloser> db_;
  int64_t run_ = 0;
  Stmt lease_sel_, lease_upd_;
  std::unordered_map<const char*, Stmt> cache_;
};

}  // namespace

Result<std::unique_ptr<CrawlState>> OpenSqliteState(const std::string& path) {
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    if (db) sqlite3_close_v2(db);
    return Status::IoError("cannot open state database " + path + ": " + m);
  }
  auto st = std::make_unique<SqliteState>(db);
  HW_RETURN_IF_ERROR(st->Init());
  return std::unique_ptr<CrawlState>(std::move(st));
}

}  // namespace hirewire::fetch
