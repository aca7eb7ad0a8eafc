// The one SQLite wrapper: a database handle and prepared statements, errors as Status. Used by
// the store (corpus/store.h) and the crawl state (fetch/state.h); no sqlite3.h in this header.
//
//   auto db = sqlite::Database::Open(path, {.label = "store"});
//   auto q = (*db)->Prepare("SELECT id FROM t WHERE name=?");
//   q->Bind(name);
//   while (q->Next()) use(q->Int(0));
//   if (!q->status().ok()) ...
//
// Binding is positional: each Bind() takes the next parameter (1, 2, ...); Reset() starts over.
// Errors carry the label and SQLite's message: "store: insert article: UNIQUE constraint failed".
//
// Ownership: a Statement borrows its Database, which must outlive it. Statements from Cached()
// are owned by the Database.
// Thread-safety: neither class is thread-safe; one Database per thread (SQLite serialises writers
// between connections).
#pragma once

#include <concepts>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "corpus/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace hirewire::sqlite {

class Database;

class Statement {
 public:
  Statement() = default;
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // False when the statement could not be prepared.
  bool ok() const { return stmt_ != nullptr; }

  // Back to the start: bindings cleared, the next Bind() is parameter 1.
  Statement& Reset();

  // Any integer (bool binds 0/1) as INTEGER.
  template <std::integral T>
  Statement& Bind(T v) {
    return BindInt64(static_cast<int64_t>(v));
  }
  Statement& BindInt64(int64_t v);
  Statement& Bind(double v);
  Statement& Bind(std::string_view v);  // TEXT, copied
  Statement& Bind(const std::string& v) { return Bind(std::string_view(v)); }
  Statement& Bind(const char* v) { return Bind(std::string_view(v)); }
  Statement& BindBlob(std::string_view v);  // BLOB, copied
  Statement& BindNull();

  // Steps once. True when a row is ready; false when done or on error (see status()).
  bool Next();
  // Steps to the end (INSERT/UPDATE/DELETE). The error names `what`.
  Status Run(std::string_view what);
  // The error of the last Next(), or Ok.
  const Status& status() const { return status_; }

  int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  std::string Blob(int col) const;
  bool IsNull(int col) const;

 private:
  friend class Database;
  Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  int index_ = 0;
  Status status_;
};

struct OpenOptions {
  std::string label = "sqlite";  // prefix of every error message
  bool create = true;            // create the file when missing (its folder must exist)
  bool wal = true;               // journal_mode=WAL, synchronous=NORMAL
  int busy_timeout_ms = 5000;
};

class Database {
 public:
  // Opens (creating if asked) the database at `path`. IoError naming the path and the reason.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const OpenOptions& opts = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements separated by ';'.
  Status Exec(std::string_view sql);
  // A new statement; InvalidArgument-like IoError when the SQL does not prepare.
  Result<Statement> Prepare(std::string_view sql);
  // A statement prepared once and reused, keyed by the address of `sql` (pass string literals).
  // Returned Reset(). The pointer stays valid as long as the Database.
  Result<Statement*> Cached(const char* sql);

  // BEGIN IMMEDIATE / COMMIT / ROLLBACK. Rollback ignores errors and returns `st` (for
  // `return db->Rollback(st);`).
  Status Begin();
  Status Commit();
  Status Rollback(Status st);

  int64_t LastInsertRowId() const;
  // Rows changed by the last INSERT/UPDATE/DELETE.
  int Changes() const;

  // "label: what: <SQLite's last message>".
  Status Error(std::string_view what) const;
  const std::string& label() const { return opts_.label; }

 private:
  Database(sqlite3* db, OpenOptions opts);

  sqlite3* db_ = nullptr;
  OpenOptions opts_;
  std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
};

}  // namespace hirewire::sqlite
