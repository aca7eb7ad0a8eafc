#include "corpus/store.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include <sqlite3.h>
#include <xxhash.h>

#include "corpus/pg.h"
#include "corpus/store_common.h"

namespace hirewire {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA foreign_keys=ON;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '1');
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, authors TEXT NOT NULL,
  published TEXT NOT NULL, language TEXT NOT NULL, site_name TEXT NOT NULL,
  duplicates_removed INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS article_sources(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  UNIQUE(article_id, source));
CREATE TABLE IF NOT EXISTS paragraphs(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
CREATE TABLE IF NOT EXISTS entities(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL, canonical TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
  roles TEXT NOT NULL, mentions INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY(article_id, type, canonical));
CREATE TABLE IF NOT EXISTS amounts(
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  surface TEXT NOT NULL, currency TEXT NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL,
  low TEXT NOT NULL, high TEXT NOT NULL, period TEXT NOT NULL, usd TEXT NOT NULL, krw TEXT NOT NULL,
  rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  event_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, employer TEXT NOT NULL, candidate TEXT NOT NULL,
  candidate_kind TEXT NOT NULL, candidate_count INTEGER NOT NULL, previous_employer TEXT NOT NULL,
  role TEXT NOT NULL, team TEXT NOT NULL, outcome TEXT NOT NULL, timeline TEXT NOT NULL,
  reported_by TEXT NOT NULL, confidence REAL NOT NULL);
CREATE TABLE IF NOT EXISTS event_offers(
  event_id INTEGER NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  currency TEXT NOT NULL, value TEXT NOT NULL, derivation TEXT NOT NULL, kind TEXT NOT NULL,
  usd TEXT NOT NULL, krw TEXT NOT NULL, rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  terms TEXT NOT NULL, first_year_usd TEXT NOT NULL, response TEXT NOT NULL,
  UNIQUE(event_id, currency, value, derivation));
CREATE TABLE IF NOT EXISTS event_sources(
  event_id INTEGER NOT NULL REFERENCES events(id),
  source TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  UNIQUE(event_id, source));
)sql";

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// A prepared statement with positional binding.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) {
    sqlite3_stmt* s = nullptr;
    rc_ = sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    s_.reset(s);
  }
  bool ok() const { return rc_ == SQLITE_OK; }
  Stmt& Bind(std::string_view v) {
    sqlite3_bind_text(s_.get(), ++i_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(const std::string& v) { return Bind(std::string_view(v)); }
  Stmt& Bind(const char* v) { return Bind(std::string_view(v)); }
  Stmt& Bind(long v) {
    sqlite3_bind_int64(s_.get(), ++i_, v);
    return *this;
  }
  Stmt& Bind(int v) { return Bind(static_cast<long>(v)); }
  Stmt& Bind(double v) {
    sqlite3_bind_double(s_.get(), ++i_, v);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_.get()); }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(s_.get(), col);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<size_t>(sqlite3_column_bytes(s_.get(), col)))
             : std::string();
  }
  long Int(int col) const { return static_cast<long>(sqlite3_column_int64(s_.get(), col)); }
  double Real(int col) const { return sqlite3_column_double(s_.get(), col); }

 private:
  StmtPtr s_;
  int rc_ = SQLITE_ERROR;
  int i_ = 0;
};

using store_internal::JsonList;
using store_internal::ParseList;

std::string Hex64(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// The SQLite backend.
class SqliteStore final : public Store {
 public:
  SqliteStore() : impl_(std::make_unique<Impl>()) {}
  Status PutArticle(const Article& article) override;
  Result<Counts> Count() const override;
  Result<std::vector<Event>> Events() const override;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace

struct SqliteStore::Impl {
  std::unique_ptr<sqlite3, DbCloser> db;

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db.get(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "sqlite error";
      sqlite3_free(err);
      return Status::IoError("store: " + m);
    }
    return Status::Ok();
  }
  Status Error(const char* what) {
    return Status::IoError(std::string("store: ") + what + ": " + sqlite3_errmsg(db.get()));
  }
  Status PutArticle(const Article& a);
  Status PutEvent(const Event& e, long article_id, const std::string& article_source);
};

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (pg::IsPostgresUrl(path)) return OpenPostgresStore(path);
  return OpenSqliteStore(path);
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  auto s = std::make_unique<SqliteStore>();
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  s->impl_->db.reset(db);
  if (rc != SQLITE_OK) return Status::IoError("store: cannot open " + path);
  sqlite3_busy_timeout(db, 10000);
  HW_RETURN_IF_ERROR(s->impl_->Exec(kSchema));
  return std::unique_ptr<Store>(std::move(s));
}

std::string Store::ContentHash(const Article& a) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    if (i) XXH3_64bits_update(st, "\n\n", 2);
    XXH3_64bits_update(st, a.paragraphs[i].data(), a.paragraphs[i].size());
  }
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return Hex64(h);
}

std::string Store::EventKey(const Event& e) {
  std::string kind = e.type == "acquisition_attempt" ? "acquisition_attempt"
                     : e.type == "departure"         ? "departure"
                                                     : "hire";
  return kind + "\x1f" + e.employer + "\x1f" + e.candidate;
}

Status SqliteStore::PutArticle(const Article& a) {
  HW_RETURN_IF_ERROR(impl_->Exec("BEGIN IMMEDIATE"));
  Status s = impl_->PutArticle(a);
  if (!s.ok()) {
    (void)impl_->Exec("ROLLBACK");
    return s;
  }
  return impl_->Exec("COMMIT");
}

Status SqliteStore::Impl::PutArticle(const Article& a) {
  sqlite3* d = db.get();
  const std::string hash = ContentHash(a);
  const std::string source = a.url.empty() ? a.source : a.url;
  {
    Stmt ins(d,
             "INSERT INTO articles(content_hash,url,source,title,authors,published,language,site_name,"
             "duplicates_removed) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING");
    if (!ins.ok()) return Error("prepare articles");
    ins.Bind(hash).Bind(a.url).Bind(a.source).Bind(a.title).Bind(JsonList(a.authors)).Bind(a.published)
        .Bind(a.language).Bind(a.site_name).Bind(static_cast<long>(a.duplicates_removed.size()));
    if (ins.Step() != SQLITE_DONE) return Error("insert article");
  }
  const bool is_new = sqlite3_changes(d) > 0;
  long article_id = 0;
  {
    Stmt q(d, "SELECT id FROM articles WHERE content_hash=?");
    q.Bind(hash);
    if (q.Step() != SQLITE_ROW) return Error("select article");
    article_id = q.Int(0);
  }
  {
    Stmt q(d, "INSERT OR IGNORE INTO article_sources(article_id, source) VALUES(?,?)");
    q.Bind(article_id).Bind(source);
    if (q.Step() != SQLITE_DONE) return Error("insert article source");
  }
  if (is_new) {
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
      Stmt q(d, "INSERT OR IGNORE INTO paragraphs(article_id, idx, text) VALUES(?,?,?)");
      q.Bind(article_id).Bind(static_cast<long>(i)).Bind(a.paragraphs[i]);
      if (q.Step() != SQLITE_DONE) return Error("insert paragraph");
    }
    for (const Entity& e : a.entities) {
      Stmt q(d,
             "INSERT OR IGNORE INTO entities(article_id,type,canonical,name,aliases,roles,mentions,confidence)"
             " VALUES(?,?,?,?,?,?,?,?)");
      q.Bind(article_id).Bind(e.type).Bind(e.canonical.empty() ? e.name : e.canonical).Bind(e.name)
          .Bind(JsonList(e.aliases)).Bind(store_internal::RolesJson(e)).Bind(static_cast<long>(e.mentions.size()))
          .Bind(e.confidence);
      if (q.Step() != SQLITE_DONE) return Error("insert entity");
    }
    for (size_t i = 0; i < a.money.size(); ++i) {
      const Amount& m = a.money[i];
      Stmt q(d,
             "INSERT OR IGNORE INTO amounts(article_id,idx,paragraph,start,\"end\",surface,currency,value,kind,"
             "low,high,period,usd,krw,rate,rate_source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      q.Bind(article_id).Bind(static_cast<long>(i)).Bind(m.paragraph).Bind(m.start).Bind(m.end).Bind(m.surface)
          .Bind(m.currency).Bind(m.value).Bind(m.kind).Bind(m.low).Bind(m.high).Bind(m.period).Bind(m.usd)
          .Bind(m.krw).Bind(m.rate).Bind(m.rate_source);
      if (q.Step() != SQLITE_DONE) return Error("insert amount");
    }
  }
  for (const Event& e : a.events) HW_RETURN_IF_ERROR(PutEvent(e, article_id, source));
  return Status::Ok();
}

Status SqliteStore::Impl::PutEvent(const Event& e, long article_id, const std::string& article_source) {
  sqlite3* d = db.get();
  const std::string key = EventKey(e);
  long id = -1;
  {
    Stmt q(d,
           "SELECT id,type,candidate_count,previous_employer,role,team,outcome,timeline,reported_by,confidence"
           " FROM events WHERE event_key=?");
    q.Bind(key);
    int rc = q.Step();
    if (rc == SQLITE_ROW) {
      id = q.Int(0);
      // Later facts update the event; unchanged facts write nothing.
      store_internal::EventFacts f;
      f.type = q.Text(1);
      f.candidate_count = q.Int(2);
      f.previous_employer = q.Text(3);
      f.role = q.Text(4);
      f.team = q.Text(5);
      f.outcome = q.Text(6);
      f.timeline = ParseList(q.Text(7));
      f.reported_by = q.Text(8);
      f.confidence = q.Real(9);
      if (store_internal::MergeEventFacts(&f, e)) {
        Stmt u(d,
               "UPDATE events SET type=?,candidate_count=?,previous_employer=?,role=?,team=?,outcome=?,"
               "timeline=?,reported_by=?,confidence=? WHERE id=?");
        u.Bind(f.type).Bind(f.candidate_count).Bind(f.previous_employer).Bind(f.role).Bind(f.team).Bind(f.outcome)
            .Bind(JsonList(f.timeline)).Bind(f.reported_by).Bind(f.confidence).Bind(id);
        if (u.Step() != SQLITE_DONE) return Error("update event");
      }
    } else if (rc != SQLITE_DONE) {
      return Error("select event");
    }
  }
  if (id < 0) {
    Stmt q(d,
           "INSERT INTO events(event_key,type,employer,candidate,candidate_kind,candidate_count,"
           "previous_employer,role,team,outcome,timeline,reported_by,confidence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.Bind(key).Bind(e.type).Bind(e.employer).Bind(e.candidate).Bind(e.candidate_kind).Bind(e.candidate_count)
        .Bind(e.previous_employer).Bind(e.role).Bind(e.team).Bind(e.outcome).Bind(JsonList(e.timeline))
        .Bind(e.reported_by).Bind(e.confidence);
    if (q.Step() != SQLITE_DONE) return Error("insert event");
    id = static_cast<long>(sqlite3_last_insert_rowid(d));
  }
  for (const Offer& o : e.offers) {
    Stmt q(d,
           "INSERT INTO event_offers(event_id,seq,currency,value,derivation,kind,usd,krw,rate,rate_source,terms,"
           "first_year_usd,response) VALUES(?,(SELECT COUNT(*) FROM event_offers WHERE event_id=?),?,?,?,?,?,?,?,?,?,?,?)"
           " ON CONFLICT(event_id,currency,value,derivation) DO UPDATE SET"
           " first_year_usd=CASE WHEN first_year_usd='' THEN excluded.first_year_usd ELSE first_year_usd END,"
           " response=CASE WHEN response='' THEN excluded.response ELSE response END"
           " WHERE (first_year_usd='' AND excluded.first_year_usd<>'') OR (response='' AND excluded.response<>'')");
    q.Bind(id).Bind(id).Bind(o.currency).Bind(o.value).Bind(o.derivation).Bind(o.kind).Bind(o.usd).Bind(o.krw)
        .Bind(o.rate).Bind(o.rate_source).Bind(JsonList(o.terms)).Bind(o.first_year_usd).Bind(o.response);
    if (q.Step() != SQLITE_DONE) return Error("insert offer");
  }
  std::vector<std::string> sources = e.sources;
  if (sources.empty()) sources.push_back(article_source);
  for (const std::string& s : sources) {
    Stmt q(d, "INSERT OR IGNORE INTO event_sources(event_id, source, article_id) VALUES(?,?,?)");
    q.Bind(id).Bind(s).Bind(article_id);
    if (q.Step() != SQLITE_DONE) return Error("insert event source");
  }
  return Status::Ok();
}

Result<Store::Counts> SqliteStore::Count() const {
  Counts c;
  struct {
    const char* table;
    long* out;
  } tables[] = {{"articles", &c.articles},       {"article_sources", &c.article_sources},
                {"paragraphs", &c.paragraphs},   {"entities", &c.entities},
                {"amounts", &c.amounts},         {"events", &c.events},
                {"event_offers", &c.event_offers}, {"event_sources", &c.event_sources}};
  for (auto& t : tables) {
    std::string sql = std::string("SELECT COUNT(*) FROM ") + t.table;
    Stmt q(impl_->db.get(), sql.c_str());
    if (q.Step() != SQLITE_ROW) return impl_->Error("count");
    *t.out = q.Int(0);
  }
  return c;
}

Result<std::vector<Event>> SqliteStore::Events() const {
  sqlite3* d = impl_->db.get();
  std::vector<Event> out;
  std::vector<long> ids;
  Stmt q(d,
         "SELECT id,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
         "timeline,reported_by,confidence FROM events ORDER BY id");
  for (int rc = q.Step(); rc == SQLITE_ROW; rc = q.Step()) {
    Event e;
    ids.push_back(q.Int(0));
    e.type = q.Text(1);
    e.employer = q.Text(2);
    e.candidate = q.Text(3);
    e.candidate_kind = q.Text(4);
    e.candidate_count = static_cast<int>(q.Int(5));
    e.previous_employer = q.Text(6);
    e.role = q.Text(7);
    e.team = q.Text(8);
    e.outcome = q.Text(9);
    e.timeline = ParseList(q.Text(10));
    e.reported_by = q.Text(11);
    e.confidence = q.Real(12);
    out.push_back(std::move(e));
  }
  for (size_t i = 0; i < out.size(); ++i) {
    Stmt o(d,
           "SELECT currency,value,derivation,kind,usd,krw,rate,rate_source,terms,first_year_usd,response"
           " FROM event_offers WHERE event_id=? ORDER BY seq");
    o.Bind(ids[i]);
    for (int rc = o.Step(); rc == SQLITE_ROW; rc = o.Step()) {
      Offer f;
      f.currency = o.Text(0);
      f.value = o.Text(1);
      f.derivation = o.Text(2);
      f.kind = o.Text(3);
      f.usd = o.Text(4);
      f.krw = o.Text(5);
      f.rate = o.Text(6);
      f.rate_source = o.Text(7);
      f.terms = ParseList(o.Text(8));
      f.first_year_usd = o.Text(9);
      f.response = o.Text(10);
      out[i].offers.push_back(std::move(f));
    }
    Stmt s(d, "SELECT source FROM event_sources WHERE event_id=? ORDER BY rowid");
    s.Bind(ids[i]);
    for (int rc = s.Step(); rc == SQLITE_ROW; rc = s.Step()) out[i].sources.push_back(s.Text(0));
  }
  return out;
}

}  // namespace hirewire
