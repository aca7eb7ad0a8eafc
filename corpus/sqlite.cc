#include "corpus/sqlite.h"

#include <sqlite3.h>

#include <chrono>
#include <cstring>
#include <thread>
#include <utility>

namespace hirewire::sqlite {

Statement::Statement(Statement&& o) noexcept
    : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)), index_(o.index_), status_(std::move(o.status_)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    if (stmt_) sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = std::exchange(o.stmt_, nullptr);
    index_ = o.index_;
    status_ = std::move(o.status_);
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  index_ = 0;
  status_ = Status::Ok();
  return *this;
}

Statement& Statement::BindInt64(int64_t v) {
  sqlite3_bind_int64(stmt_, ++index_, v);
  return *this;
}

Statement& Statement::Bind(double v) {
  sqlite3_bind_double(stmt_, ++index_, v);
  return *this;
}

Statement& Statement::Bind(std::string_view v) {
  sqlite3_bind_text(stmt_, ++index_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(std::string_view v) {
  sqlite3_bind_blob(stmt_, ++index_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull() {
  sqlite3_bind_null(stmt_, ++index_);
  return *this;
}

bool Statement::Next() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->Error("step");
  return false;
}

Status Statement::Run(std::string_view what) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
    sqlite3_reset(stmt_);  // release read locks now, not at the next use
    return Status::Ok();
  }
  Status st = db_->Error(what);
  sqlite3_reset(stmt_);
  return st;
}

int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

double Statement::Real(int col) const { return sqlite3_column_double(stmt_, col); }

std::string Statement::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(n)) : std::string();
}

std::string Statement::Blob(int col) const {
  const void* t = sqlite3_column_blob(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return t ? std::string(static_cast<const char*>(t), static_cast<size_t>(n)) : std::string();
}

bool Statement::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

Database::Database(sqlite3* db, OpenOptions opts) : db_(db), opts_(std::move(opts)) {}

Database::~Database() {
  cache_.clear();  // statements before the connection
  sqlite3_close_v2(db_);
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const OpenOptions& opts) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (opts.create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    // SQLite's own text ("unable to open database file") plus the system's reason when there is one.
    std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    int err = db ? sqlite3_system_errno(db) : 0;
    if (err != 0) why += std::string(": ") + std::strerror(err);
    sqlite3_close_v2(db);
    return Status::IoError(opts.label + ": cannot open " + path + ": " + why);
  }
  std::unique_ptr<Database> d(new Database(db, opts));
  sqlite3_busy_timeout(db, opts.busy_timeout_ms);
  if (opts.wal) {
    // The first statement that reads the file: a file that is not a database fails here.
    // Switching a new file to WAL needs an exclusive lock and SQLite does not always wait for it
    // through the busy handler: retry while another connection holds the file, up to the timeout.
    Status st = d->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    for (int waited = 0; !st.ok() && sqlite3_errcode(db) == SQLITE_BUSY && waited < opts.busy_timeout_ms;
         waited += 5) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      st = d->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    }
    if (!st.ok()) return Status::IoError(opts.label + ": cannot open " + path + ": " + st.message());
  }
  return d;
}

Status Database::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Status::IoError(opts_.label + ": " + m);
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK) {
    sqlite3_finalize(s);
    return Error("prepare " + std::string(sql.substr(0, 80)));
  }
  return Statement(this, s);
}

Result<Statement*> Database::Cached(const char* sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    auto s = Prepare(sql);
    if (!s.ok()) return s.status();
    it = cache_.emplace(sql, std::make_unique<Statement>(std::move(*s))).first;
  }
  it->second->Reset();
  return it->second.get();
}

Status Database::Begin() { return Exec("BEGIN IMMEDIATE"); }

Status Database::Commit() { return Exec("COMMIT"); }

Status Database::Rollback(Status st) {
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  return st;
}

int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

int Database::Changes() const { return sqlite3_changes(db_); }

Status Database::Error(std::string_view what) const {
  return Status::IoError(opts_.label + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

}  // namespace hirewire::sqlite
