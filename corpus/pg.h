// A small libpq wrapper: one connection, parameterised queries (text format), results as
// values. Used by the PostgreSQL store (corpus/store_pg.cc) and the shared crawl frontier
// (fetch/frontier_pg.cc). libpq stays inside pg.cc.
//
// Connection strings are URLs: postgresql://user@host:port/db or, for a unix socket,
// postgresql://user@/db?host=/path/to/socket/dir.
//
// Thread-safety: a Conn is not thread-safe; use one per thread. Rows is an immutable value.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"

namespace hirewire::pg {

// True for "postgresql://..." and "postgres://..." (what --db / --frontier accept as a server).
bool IsPostgresUrl(std::string_view s);

// The URL with a password removed (for messages): postgresql://user:secret@h/db -> postgresql://user@h/db.
std::string WithoutPassword(const std::string& url);

// Positional parameters $1, $2, ... in text format; nullopt is SQL NULL.
class Params {
 public:
  Params& Add(std::string_view v) {
    v_.emplace_back(std::string(v));
    return *this;
  }
  Params& Add(const std::string& v) { return Add(std::string_view(v)); }
  Params& Add(const char* v) { return Add(std::string_view(v)); }
  Params& Add(int64_t v) {
    v_.emplace_back(std::to_string(v));
    return *this;
  }
  Params& Add(long long v) { return Add(static_cast<int64_t>(v)); }
  Params& Add(int v) { return Add(static_cast<int64_t>(v)); }
  Params& Add(double v);
  Params& AddNull() {
    v_.emplace_back(std::nullopt);
    return *this;
  }
  const std::vector<std::optional<std::string>>& values() const { return v_; }

 private:
  std::vector<std::optional<std::string>> v_;
};

// The rows of one result (text format).
class Rows {
 public:
  Rows();
  ~Rows();
  Rows(Rows&&) noexcept;
  Rows& operator=(Rows&&) noexcept;

  int size() const;
  bool empty() const { return size() == 0; }
  bool IsNull(int row, int col) const;
  std::string Text(int row, int col) const;
  int64_t Int(int row, int col) const;  // 0 for NULL
  double Real(int row, int col) const;  // 0 for NULL
  int64_t affected() const;             // rows changed by INSERT/UPDATE/DELETE

 private:
  friend class Conn;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Conn {
 public:
  // Connects; `application_name` shows in pg_stat_activity.
  static Result<std::unique_ptr<Conn>> Open(const std::string& url,
                                            const std::string& application_name = "hirewire");
  ~Conn();

  // One or more statements without parameters.
  Status Exec(std::string_view sql);
  // One statement with parameters.
  Result<Rows> Query(const char* sql, const Params& params = Params());

  Status Begin() { return Exec("BEGIN"); }
  Status Commit() { return Exec("COMMIT"); }
  // Never fails: a broken connection is reported by the next call.
  void Rollback();

  // The URL with any password removed (for messages).
  const std::string& where() const { return where_; }

 private:
  Conn();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string where_;
};

// Runs `body` inside BEGIN ... COMMIT; rolls back when it fails. Retries the whole
// transaction (up to `attempts` times) on serialization failures and deadlocks.
template <typename F>
Status InTransaction(Conn& c, F&& body, int attempts = 5);

// SQLSTATE class 40 (serialization failure, deadlock): the transaction may simply be retried.
bool IsRetryable(const Status& s);

template <typename F>
Status InTransaction(Conn& c, F&& body, int attempts) {
  Status last;
  for (int i = 0; i < attempts; ++i) {
    HW_RETURN_IF_ERROR(c.Begin());
    Status s = body();
    if (s.ok()) s = c.Commit();
    if (s.ok()) return s;
    c.Rollback();
    if (!IsRetryable(s)) return s;
    last = s;
  }
  return last;
}

}  // namespace hirewire::pg
