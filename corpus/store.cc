#include "corpus/store.h"

#include <cstring>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include <xxhash.h>

#include "corpus/pg.h"
#include "corpus/sqlite.h"
#include "corpus/store_common.h"

namespace hirewire {
namespace {

constexpr const char* kSchema = R"sql(
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
  Status PutArticle(const Article& article, const std::vector<MergedEvent>& events) override;
  Result<Counts> Count() const override;
  Result<std::vector<Event>> Events(std::vector<std::string>* keys) const override;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace

struct SqliteStore::Impl {
  std::unique_ptr<sqlite::Database> db;

  // A cached statement for a string literal, reset.
  Result<sqlite::Statement*> Q(const char* sql) { return db->Cached(sql); }
  Status PutArticle(const Article& a, const std::vector<MergedEvent>& events);
  Status PutEvent(const MergedEvent& m, long article_id, const std::string& article_source);
};

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (pg::IsPostgresUrl(path)) return OpenPostgresStore(path);
  return OpenSqliteStore(path);
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite::OpenOptions opts;
  opts.label = "store";
  opts.busy_timeout_ms = 10000;
  auto db = sqlite::Database::Open(path, opts);
  if (!db.ok()) return db.status();
  auto s = std::make_unique<SqliteStore>();
  s->impl_->db = std::move(*db);
  HW_RETURN_IF_ERROR(s->impl_->db->Exec(kSchema));
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

Status SqliteStore::PutArticle(const Article& a, const std::vector<MergedEvent>& events) {
  HW_RETURN_IF_ERROR(impl_->db->Begin());
  Status s = impl_->PutArticle(a, events);
  if (!s.ok()) return impl_->db->Rollback(s);
  return impl_->db->Commit();
}

Status SqliteStore::Impl::PutArticle(const Article& a, const std::vector<MergedEvent>& events) {
  const std::string hash = ContentHash(a);
  const std::string source = a.url.empty() ? a.source : a.url;
  {
    auto q = Q("INSERT INTO articles(content_hash,url,source,title,authors,published,language,site_name,"
               "duplicates_removed) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING");
    if (!q.ok()) return q.status();
    (*q)->Bind(hash).Bind(a.url).Bind(a.source).Bind(a.title).Bind(JsonList(a.authors)).Bind(a.published)
        .Bind(a.language).Bind(a.site_name).Bind(static_cast<int64_t>(a.duplicates_removed.size()));
    HW_RETURN_IF_ERROR((*q)->Run("insert article"));
  }
  const bool is_new = db->Changes() > 0;
  long article_id = 0;
  {
    auto q = Q("SELECT id FROM articles WHERE content_hash=?");
    if (!q.ok()) return q.status();
    (*q)->Bind(hash);
    if (!(*q)->Next()) return db->Error("select article");
    article_id = static_cast<long>((*q)->Int(0));
    (*q)->Reset();
  }
  {
    auto q = Q("INSERT OR IGNORE INTO article_sources(article_id, source) VALUES(?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id).Bind(source);
    HW_RETURN_IF_ERROR((*q)->Run("insert article source"));
  }
  if (!is_new) {
    for (const MergedEvent& m : events) HW_RETURN_IF_ERROR(PutEvent(m, article_id, source));
    return Status::Ok();
  }
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    auto q = Q("INSERT OR IGNORE INTO paragraphs(article_id, idx, text) VALUES(?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id).Bind(static_cast<int64_t>(i)).Bind(a.paragraphs[i]);
    HW_RETURN_IF_ERROR((*q)->Run("insert paragraph"));
  }
  for (const Entity& e : a.entities) {
    auto q = Q("INSERT OR IGNORE INTO entities(article_id,type,canonical,name,aliases,roles,mentions,confidence)"
               " VALUES(?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id).Bind(e.type).Bind(e.canonical.empty() ? e.name : e.canonical).Bind(e.name)
        .Bind(JsonList(e.aliases)).Bind(store_internal::RolesJson(e)).Bind(static_cast<int64_t>(e.mentions.size()))
        .Bind(e.confidence);
    HW_RETURN_IF_ERROR((*q)->Run("insert entity"));
  }
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    auto q = Q("INSERT OR IGNORE INTO amounts(article_id,idx,paragraph,start,\"end\",surface,currency,value,kind,"
               "low,high,period,usd,krw,rate,rate_source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id).Bind(static_cast<int64_t>(i)).Bind(m.paragraph).Bind(m.start).Bind(m.end)
        .Bind(m.surface).Bind(m.currency).Bind(m.value).Bind(m.kind).Bind(m.low).Bind(m.high).Bind(m.period)
        .Bind(m.usd).Bind(m.krw).Bind(m.rate).Bind(m.rate_source);
    HW_RETURN_IF_ERROR((*q)->Run("insert amount"));
  }
  for (const MergedEvent& m : events) HW_RETURN_IF_ERROR(PutEvent(m, article_id, source));
  return Status::Ok();
}

Status SqliteStore::Impl::PutEvent(const MergedEvent& m, long article_id, const std::string& article_source) {
  if (m.event == nullptr || m.key.empty()) return Status::InvalidArgument("store: merged event without key");
  const Event& e = *m.event;
  long id = -1;
  {
    auto q = Q("SELECT id FROM events WHERE event_key=?");
    if (!q.ok()) return q.status();
    (*q)->Bind(m.key);
    if ((*q)->Next()) {
      id = static_cast<long>((*q)->Int(0));
      (*q)->Reset();
    } else if (!(*q)->status().ok()) {
      return db->Error("select event");
    }
  }
  const std::string type(EventTypeName(e.type)), outcome(OutcomeName(e.outcome)), timeline = JsonList(e.timeline);
  auto bind_fields = [&](sqlite::Statement& q) {
    q.Bind(m.key).Bind(type).Bind(e.employer).Bind(e.candidate).Bind(e.candidate_kind).Bind(e.candidate_count)
        .Bind(e.previous_employer).Bind(e.role).Bind(e.team).Bind(outcome).Bind(timeline).Bind(e.reported_by)
        .Bind(e.confidence);
  };
  if (id >= 0) {
    // The row takes the ledger's merged state; unchanged facts write nothing.
    auto u = Q("UPDATE events SET event_key=?,type=?,employer=?,candidate=?,candidate_kind=?,candidate_count=?,"
               "previous_employer=?,role=?,team=?,outcome=?,timeline=?,reported_by=?,confidence=? WHERE id=?"
               " AND (event_key,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,"
               "outcome,timeline,reported_by,confidence) IS NOT (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!u.ok()) return u.status();
    bind_fields(**u);
    (*u)->Bind(id);
    bind_fields(**u);
    HW_RETURN_IF_ERROR((*u)->Run("update event"));
  } else {
    auto q = Q("INSERT INTO events(event_key,type,employer,candidate,candidate_kind,candidate_count,"
               "previous_employer,role,team,outcome,timeline,reported_by,confidence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    bind_fields(**q);
    HW_RETURN_IF_ERROR((*q)->Run("insert event"));
    id = static_cast<long>(db->LastInsertRowId());
  }
  // The merged offers only ever grow; each keeps its row and takes the merged facts.
  for (const Offer& o : e.offers) {
    auto q = Q("INSERT INTO event_offers(event_id,seq,currency,value,derivation,kind,usd,krw,rate,rate_source,terms,"
               "first_year_usd,response) VALUES(?,(SELECT COUNT(*) FROM event_offers WHERE event_id=?),"
               "?,?,?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT(event_id,currency,value,derivation) DO UPDATE SET kind=excluded.kind,usd=excluded.usd,"
               "krw=excluded.krw,rate=excluded.rate,rate_source=excluded.rate_source,terms=excluded.terms,"
               "first_year_usd=excluded.first_year_usd,response=excluded.response"
               " WHERE (kind,usd,krw,rate,rate_source,terms,first_year_usd,response) IS NOT (excluded.kind,"
               "excluded.usd,excluded.krw,excluded.rate,excluded.rate_source,excluded.terms,excluded.first_year_usd,"
               "excluded.response)");
    if (!q.ok()) return q.status();
    (*q)->Bind(id).Bind(id).Bind(o.currency).Bind(o.value).Bind(o.derivation).Bind(o.kind).Bind(o.usd).Bind(o.krw)
        .Bind(o.rate).Bind(o.rate_source).Bind(JsonList(o.terms)).Bind(o.first_year_usd).Bind(o.response);
    HW_RETURN_IF_ERROR((*q)->Run("insert offer"));
  }
  std::vector<std::string> sources = e.sources;
  if (sources.empty()) sources.push_back(article_source);
  for (const std::string& s : sources) {
    auto q = Q("INSERT OR IGNORE INTO event_sources(event_id, source, article_id) VALUES(?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(id).Bind(s).Bind(article_id);
    HW_RETURN_IF_ERROR((*q)->Run("insert event source"));
  }
  return Status::Ok();
}

Result<Store::Counts> SqliteStore::Count() const {
  Counts c;
  struct {
    const char* sql;
    long* out;
  } tables[] = {{"SELECT COUNT(*) FROM articles", &c.articles},
                {"SELECT COUNT(*) FROM article_sources", &c.article_sources},
                {"SELECT COUNT(*) FROM paragraphs", &c.paragraphs},
                {"SELECT COUNT(*) FROM entities", &c.entities},
                {"SELECT COUNT(*) FROM amounts", &c.amounts},
                {"SELECT COUNT(*) FROM events", &c.events},
                {"SELECT COUNT(*) FROM event_offers", &c.event_offers},
                {"SELECT COUNT(*) FROM event_sources", &c.event_sources}};
  for (auto& t : tables) {
    auto q = impl_->db->Prepare(t.sql);
    if (!q.ok()) return q.status();
    if (!q->Next()) return impl_->db->Error("count");
    *t.out = static_cast<long>(q->Int(0));
  }
  return c;
}

Result<std::vector<Event>> SqliteStore::Events(std::vector<std::string>* keys) const {
  sqlite::Database& db = *impl_->db;
  std::vector<Event> out;
  std::vector<long> ids;
  auto q = db.Prepare(
      "SELECT id,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
      "timeline,reported_by,confidence,event_key FROM events ORDER BY id");
  if (!q.ok()) return q.status();
  while (q->Next()) {
    Event e;
    ids.push_back(static_cast<long>(q->Int(0)));
    if (!ParseEventType(q->Text(1), &e.type)) return Status::InvalidArgument("store: unknown event type " + q->Text(1));
    e.employer = q->Text(2);
    e.candidate = q->Text(3);
    e.candidate_kind = q->Text(4);
    e.candidate_count = static_cast<int>(q->Int(5));
    e.previous_employer = q->Text(6);
    e.role = q->Text(7);
    e.team = q->Text(8);
    if (!ParseOutcome(q->Text(9), &e.outcome)) return Status::InvalidArgument("store: unknown outcome " + q->Text(9));
    e.timeline = ParseList(q->Text(10));
    e.reported_by = q->Text(11);
    e.confidence = q->Real(12);
    if (keys) keys->push_back(q->Text(13));
    out.push_back(std::move(e));
  }
  if (!q->status().ok()) return q->status();
  auto o = db.Prepare(
      "SELECT currency,value,derivation,kind,usd,krw,rate,rate_source,terms,first_year_usd,response"
      " FROM event_offers WHERE event_id=? ORDER BY seq");
  if (!o.ok()) return o.status();
  auto s = db.Prepare("SELECT source FROM event_sources WHERE event_id=? ORDER BY rowid");
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < out.size(); ++i) {
    o->Reset().Bind(ids[i]);
    while (o->Next()) {
      Offer f;
      f.currency = o->Text(0);
      f.value = o->Text(1);
      f.derivation = o->Text(2);
      f.kind = o->Text(3);
      f.usd = o->Text(4);
      f.krw = o->Text(5);
      f.rate = o->Text(6);
      f.rate_source = o->Text(7);
      f.terms = ParseList(o->Text(8));
      f.first_year_usd = o->Text(9);
      f.response = o->Text(10);
      out[i].offers.push_back(std::move(f));
    }
    if (!o->status().ok()) return o->status();
    s->Reset().Bind(ids[i]);
    while (s->Next()) out[i].sources.push_back(s->Text(0));
    if (!s->status().ok()) return s->status();
  }
  return out;
}

}  // namespace hirewire
