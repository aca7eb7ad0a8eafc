#include "corpus/pg.h"

#include <cstdio>
#include <cstdlib>

#ifdef HIREWIRE_HAVE_POSTGRES
#include <libpq-fe.h>
#endif

namespace hirewire::pg {

bool IsPostgresUrl(std::string_view s) {
  return s.substr(0, 13) == "postgresql://" || s.substr(0, 11) == "postgres://";
}

Params& Params::Add(double v) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%.17g", v);
  v_.emplace_back(std::string(buf));
  return *this;
}

bool IsRetryable(const Status& s) {
  const std::string& m = s.message();
  return m.find("(SQLSTATE 40") != std::string::npos || m.find("(SQLSTATE 23505)") != std::string::npos;
}

// postgresql://user:secret@host/db -> postgresql://user@host/db
std::string WithoutPassword(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  size_t at = url.find('@', scheme + 3);
  size_t slash = url.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

#ifdef HIREWIRE_HAVE_POSTGRES

struct Rows::Impl {
  struct Clear {
    void operator()(PGresult* r) const { PQclear(r); }
  };
  std::unique_ptr<PGresult, Clear> res;
};

Rows::Rows() : impl_(std::make_unique<Impl>()) {}
Rows::~Rows() = default;
Rows::Rows(Rows&&) noexcept = default;
Rows& Rows::operator=(Rows&&) noexcept = default;

int Rows::size() const { return impl_->res ? PQntuples(impl_->res.get()) : 0; }
bool Rows::IsNull(int row, int col) const { return PQgetisnull(impl_->res.get(), row, col) != 0; }
std::string Rows::Text(int row, int col) const {
  PGresult* r = impl_->res.get();
  return std::string(PQgetvalue(r, row, col), static_cast<size_t>(PQgetlength(r, row, col)));
}
int64_t Rows::Int(int row, int col) const {
  if (IsNull(row, col)) return 0;
  return std::strtoll(PQgetvalue(impl_->res.get(), row, col), nullptr, 10);
}
double Rows::Real(int row, int col) const {
  if (IsNull(row, col)) return 0;
  return std::strtod(PQgetvalue(impl_->res.get(), row, col), nullptr);
}
int64_t Rows::affected() const {
  if (!impl_->res) return 0;
  const char* n = PQcmdTuples(impl_->res.get());
  return n && *n ? std::strtoll(n, nullptr, 10) : 0;
}

struct Conn::Impl {
  struct Finish {
    void operator()(PGconn* c) const { PQfinish(c); }
  };
  std::unique_ptr<PGconn, Finish> conn;

  Status Error(std::string_view what, PGresult* r) const {
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn.get());
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    std::string out = "postgres: " + std::string(what) + ": " + msg;
    if (state) out += std::string(" (SQLSTATE ") + state + ")";
    return Status::IoError(out);
  }
};

Conn::Conn() : impl_(std::make_unique<Impl>()) {}
Conn::~Conn() = default;

Result<std::unique_ptr<Conn>> Conn::Open(const std::string& url, const std::string& application_name) {
  std::unique_ptr<Conn> c(new Conn());
  c->where_ = WithoutPassword(url);
  const char* keys[] = {"dbname", "application_name", "connect_timeout", nullptr};
  const char* vals[] = {url.c_str(), application_name.c_str(), "10", nullptr};
  c->impl_->conn.reset(PQconnectdbParams(keys, vals, /*expand_dbname=*/1));
  if (!c->impl_->conn || PQstatus(c->impl_->conn.get()) != CONNECTION_OK) {
    std::string msg = c->impl_->conn ? PQerrorMessage(c->impl_->conn.get()) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Status::Unavailable("postgres: cannot connect to " + c->where_ + ": " + msg);
  }
  HW_RETURN_IF_ERROR(c->Exec("SET client_min_messages = warning"));
  return c;
}

Status Conn::Exec(std::string_view sql) {
  std::string s(sql);
  std::unique_ptr<PGresult, Rows::Impl::Clear> r(PQexec(impl_->conn.get(), s.c_str()));
  ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return impl_->Error(s.substr(0, 60), r.get());
  return Status::Ok();
}

Result<Rows> Conn::Query(const char* sql, const Params& params) {
  const auto& v = params.values();
  std::vector<const char*> ptrs(v.size());
  for (size_t i = 0; i < v.size(); ++i) ptrs[i] = v[i] ? v[i]->c_str() : nullptr;
  Rows rows;
  rows.impl_->res.reset(PQexecParams(impl_->conn.get(), sql, static_cast<int>(v.size()), nullptr, ptrs.data(),
                                     nullptr, nullptr, 0));
  ExecStatusType st = rows.impl_->res ? PQresultStatus(rows.impl_->res.get()) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
    return impl_->Error(std::string_view(sql).substr(0, 60), rows.impl_->res.get());
  return rows;
}

void Conn::Rollback() {
  PGresult* r = PQexec(impl_->conn.get(), "ROLLBACK");
  PQclear(r);
}

#else  // !HIREWIRE_HAVE_POSTGRES

struct Rows::Impl {};
Rows::Rows() : impl_(std::make_unique<Impl>()) {}
Rows::~Rows() = default;
Rows::Rows(Rows&&) noexcept = default;
Rows& Rows::operator=(Rows&&) noexcept = default;
int Rows::size() const { return 0; }
bool Rows::IsNull(int, int) const { return true; }
std::string Rows::Text(int, int) const { return ""; }
int64_t Rows::Int(int, int) const { return 0; }
double Rows::Real(int, int) const { return 0; }
int64_t Rows::affected() const { return 0; }

struct Conn::Impl {};
Conn::Conn() : impl_(std::make_unique<Impl>()) {}
Conn::~Conn() = default;
Result<std::unique_ptr<Conn>> Conn::Open(const std::string& url, const std::string&) {
  return Status::Unsupported("postgres: " + WithoutPassword(url) +
                             ": this build has no libpq (install libpq-dev)");
}
Status Conn::Exec(std::string_view) { return Status::Unsupported("postgres: no libpq in this build"); }
Result<Rows> Conn::Query(const char*, const Params&) {
  return Status::Unsupported("postgres: no libpq in this build");
}
void Conn::Rollback() {}

#endif

}  // namespace hirewire::pg
