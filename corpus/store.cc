#include "corpus/store.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "corpus/pg.h"
#include "corpus/sqlite.h"
#include "corpus/store_common.h"

namespace hirewire {
namespace {

// Forward migrations, in order. A new schema change is one more row; never edit a released one.
// The SQL of each step is the shared schema text (corpus/store_common.h) in SQLite's dialect.
struct Migration {
  int version;
  const char* description;
  std::string (*sql)(store_internal::Dialect);
};
constexpr Migration kMigrations[] = {
    {1, "articles, paragraphs, entities, amounts, events, offers and sources", store_internal::SchemaV1},
    {2, "events.first_seen and events.last_changed: dates a nightly run added or changed the event",
     store_internal::SchemaV2},
    {3, "events.employer_aliases and events.previous_employer_aliases: the articles' own spellings",
     store_internal::SchemaV3},
    {4, "index events_candidate on events(candidate): the stored events a write merges into",
     store_internal::SchemaV4},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Store::kSchemaVersion);

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
  using Store::PutArticle;
  Status PutArticle(const Article& article, const std::vector<std::string>& candidates,
                    const MergeFn& merge) override;
  Result<Counts> Count() const override;
  Result<std::vector<Event>> Events(const EventQuery& query, std::vector<std::string>* keys) const override;
  Status StampEvents(const std::vector<std::string>& keys, const std::string& date) override;
  Result<std::vector<std::string>> ArticleParagraphs(int64_t article_id) const override;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace

struct SqliteStore::Impl {
  std::unique_ptr<sqlite::Database> db;

  // A cached statement for a string literal, reset.
  Result<sqlite::Statement*> Q(const char* sql) { return db->Cached(sql); }
  Status PutArticle(const Article& a, const std::vector<MergedEvent>& events,
                    const store_internal::StoredFactsByKey& stored);
  Status PutEvent(const MergedEvent& m, long article_id, const std::string& article_source,
                  const store_internal::StoredFacts* stored);
  // Events of a kEventsQuery-shaped statement (bound) with their offers and sources.
  Result<std::vector<Event>> ReadEvents(sqlite::Statement& q, std::vector<std::string>* keys,
                                        std::vector<std::vector<int64_t>>* source_articles = nullptr);
  Result<int> Version();
  Status ApplyStep(const Migration& m, int have);
  Status MigrateFrom(int from);
};

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  if (pg::IsPostgresUrl(path)) return OpenPostgresStore(path);
  return OpenSqliteStore(path);
}

namespace {

Result<std::unique_ptr<sqlite::Database>> OpenDb(const std::string& path) {
  sqlite::OpenOptions opts;
  opts.label = "store";
  opts.busy_timeout_ms = 10000;
  auto db = sqlite::Database::Open(path, opts);
  if (!db.ok()) return db.status();
  HW_RETURN_IF_ERROR((*db)->Exec("PRAGMA foreign_keys=ON"));
  return db;
}

}  // namespace

// The version of the file: the newest row of schema_version; files written before that table
// existed carry it in meta; an empty file is 0.
Result<int> SqliteStore::Impl::Version() {
  auto has_table = [&](const char* name) -> Result<bool> {
    auto q = db->Prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    if (!q.ok()) return q.status();
    q->Bind(name);
    bool found = q->Next();
    if (!q->status().ok()) return q->status();
    return found;
  };
  auto versions = has_table("schema_version");
  if (!versions.ok()) return versions.status();
  if (*versions) {
    auto q = db->Prepare("SELECT MAX(version) FROM schema_version");
    if (!q.ok()) return q.status();
    if (!q->Next()) return db->Error("read schema_version");
    return static_cast<int>(q->Int(0));
  }
  auto meta = has_table("meta");
  if (!meta.ok()) return meta.status();
  if (*meta) {
    auto q = db->Prepare("SELECT value FROM meta WHERE key='schema_version'");
    if (!q.ok()) return q.status();
    if (q->Next()) return std::atoi(q->Text(0).c_str());
  }
  auto articles = has_table("articles");
  if (!articles.ok()) return articles.status();
  return *articles ? 1 : 0;
}

// One migration step inside the caller's transaction; `have` is the version the file has.
Status SqliteStore::Impl::ApplyStep(const Migration& m, int have) {
  Status s = db->Exec(
      "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, "
      "applied_at TEXT NOT NULL, description TEXT NOT NULL)");
  if (s.ok() && have >= 1) {  // a file from before the version table: record what it had
    auto q =
        db->Prepare("INSERT OR IGNORE INTO schema_version VALUES(?, '', '(recorded by a later migration)')");
    s = q.ok() ? q->Bind(have).Run("record schema version") : q.status();
  }
  if (s.ok()) s = db->Exec(m.sql(store_internal::Dialect::kSqlite));
  if (s.ok()) {
    auto q = db->Prepare("INSERT INTO schema_version VALUES(?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?)");
    s = q.ok() ? q->Bind(m.version).Bind(m.description).Run("record migration") : q.status();
  }
  if (s.ok()) {
    auto q = db->Prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)");
    s = q.ok() ? q->Bind(std::to_string(m.version)).Run("update meta") : q.status();
  }
  return s;
}

// An existing file moves one step per transaction. A new file (from == 0) gets every step in
// one transaction, so a concurrent opener never sees a half-built schema (it waits on the
// write lock, then finds the current version).
Status SqliteStore::Impl::MigrateFrom(int from) {
  const bool all_at_once = from == 0;
  if (all_at_once) HW_RETURN_IF_ERROR(db->Begin());
  for (const Migration& m : kMigrations) {
    if (m.version <= from) continue;
    if (!all_at_once) HW_RETURN_IF_ERROR(db->Begin());
    auto again = Version();  // another process may have migrated meanwhile
    if (!again.ok()) return db->Rollback(again.status());
    if (*again >= m.version) {
      if (!all_at_once) HW_RETURN_IF_ERROR(db->Commit());
      continue;
    }
    Status s = ApplyStep(m, *again);
    if (!s.ok()) return db->Rollback(s);
    if (!all_at_once) HW_RETURN_IF_ERROR(db->Commit());
  }
  return all_at_once ? db->Commit() : Status::Ok();
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  auto db = OpenDb(path);
  if (!db.ok()) return db.status();
  auto s = std::make_unique<SqliteStore>();
  s->impl_->db = std::move(*db);
  // Read the version in one snapshot: another process may be creating the file right now.
  HW_RETURN_IF_ERROR(s->impl_->db->Exec("BEGIN"));
  auto v = s->impl_->Version();
  HW_RETURN_IF_ERROR(s->impl_->db->Exec(v.ok() ? "COMMIT" : "ROLLBACK"));
  if (!v.ok()) return v.status();
  if (*v == 0) {
    HW_RETURN_IF_ERROR(s->impl_->MigrateFrom(0));
  } else if (*v < Store::kSchemaVersion) {
    return Status::Unsupported("store: " + path + " has schema version " + std::to_string(*v) +
                               ", this hirewire uses " + std::to_string(Store::kSchemaVersion) +
                               ": run `hirewire db migrate " + path + "` first");
  } else if (*v > Store::kSchemaVersion) {
    return Status::Unsupported("store: " + path + " has schema version " + std::to_string(*v) +
                               ", newer than this hirewire (" + std::to_string(Store::kSchemaVersion) +
                               "); upgrade hirewire");
  }
  return std::unique_ptr<Store>(std::move(s));
}

Result<int> Store::Migrate(const std::string& path) {
  if (pg::IsPostgresUrl(path)) return MigratePostgresStore(path);
  auto db = OpenDb(path);
  if (!db.ok()) return db.status();
  auto s = std::make_unique<SqliteStore>();
  s->impl_->db = std::move(*db);
  auto v = s->impl_->Version();
  if (!v.ok()) return v.status();
  if (*v > kSchemaVersion)
    return Status::Unsupported("store: " + path + " has schema version " + std::to_string(*v) +
                               ", newer than this hirewire (" + std::to_string(kSchemaVersion) + ")");
  HW_RETURN_IF_ERROR(s->impl_->MigrateFrom(*v));
  return *v;
}

Status SqliteStore::StampEvents(const std::vector<std::string>& keys, const std::string& date) {
  sqlite::Database& db = *impl_->db;
  HW_RETURN_IF_ERROR(db.Begin());
  auto q = db.Prepare(
      "UPDATE events SET last_changed=?1, first_seen=CASE WHEN first_seen='' THEN ?1 ELSE first_seen END"
      " WHERE event_key=?2");
  if (!q.ok()) return db.Rollback(q.status());
  for (const std::string& k : keys) {
    Status s = q->Reset().Bind(date).Bind(k).Run("stamp event");
    if (!s.ok()) return db.Rollback(s);
  }
  return db.Commit();
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

// BEGIN IMMEDIATE takes the database's write lock before the stored events are read: writers
// in other processes wait (busy timeout) and then see this one's merged state.
Status SqliteStore::PutArticle(const Article& a, const std::vector<std::string>& candidates,
                               const MergeFn& merge) {
  HW_RETURN_IF_ERROR(impl_->db->Begin());
  Status s = [&]() -> Status {
    Stored stored;
    if (!candidates.empty()) {
      auto q = impl_->db->Prepare(store_internal::CandidateEventsQuery(store_internal::Dialect::kSqlite));
      if (!q.ok()) return q.status();
      q->Bind(JsonList(candidates));
      auto events = impl_->ReadEvents(*q, &stored.keys, &stored.source_articles);
      if (!events.ok()) return events.status();
      stored.events = std::move(*events);
    }
    const auto facts = store_internal::FactsByKey(stored.events, stored.keys);
    auto events = merge(std::move(stored));
    if (!events.ok()) return events.status();
    return impl_->PutArticle(a, *events, facts);
  }();
  if (!s.ok()) return impl_->db->Rollback(s);
  return impl_->db->Commit();
}

Status SqliteStore::Impl::PutArticle(const Article& a, const std::vector<MergedEvent>& events,
                                     const store_internal::StoredFactsByKey& stored) {
  auto put_events = [&](long article_id, const std::string& source) -> Status {
    for (const MergedEvent& m : events) {
      auto before = stored.find(m.key);
      HW_RETURN_IF_ERROR(PutEvent(m, article_id, source, before == stored.end() ? nullptr : &before->second));
    }
    return Status::Ok();
  };
  const std::string hash = ContentHash(a);
  const std::string source = a.url.empty() ? a.source : a.url;
  {
    auto q =
        Q("INSERT INTO articles(content_hash,url,source,title,authors,published,language,site_name,"
          "duplicates_removed) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING");
    if (!q.ok()) return q.status();
    (*q)->Bind(hash)
        .Bind(a.url)
        .Bind(a.source)
        .Bind(a.title)
        .Bind(JsonList(a.authors))
        .Bind(a.published)
        .Bind(a.language)
        .Bind(a.site_name)
        .Bind(static_cast<int64_t>(a.duplicates_removed.size()));
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
  if (!is_new) return put_events(article_id, source);
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    auto q = Q("INSERT OR IGNORE INTO paragraphs(article_id, idx, text) VALUES(?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id).Bind(static_cast<int64_t>(i)).Bind(a.paragraphs[i]);
    HW_RETURN_IF_ERROR((*q)->Run("insert paragraph"));
  }
  for (const Entity& e : a.entities) {
    auto q =
        Q("INSERT OR IGNORE INTO entities(article_id,type,canonical,name,aliases,roles,mentions,confidence)"
          " VALUES(?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id)
        .Bind(EntityTypeName(e.type))
        .Bind(e.canonical.empty() ? e.name : e.canonical)
        .Bind(e.name)
        .Bind(JsonList(e.aliases))
        .Bind(store_internal::RolesJson(e))
        .Bind(static_cast<int64_t>(e.mentions.size()))
        .Bind(e.confidence);
    HW_RETURN_IF_ERROR((*q)->Run("insert entity"));
  }
  for (size_t i = 0; i < a.money.size(); ++i) {
    const Amount& m = a.money[i];
    auto q =
        Q("INSERT OR IGNORE INTO amounts(article_id,idx,paragraph,start,\"end\",surface,currency,value,kind,"
          "low,high,period,usd,krw,rate,rate_source) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    (*q)->Bind(article_id)
        .Bind(static_cast<int64_t>(i))
        .Bind(m.paragraph)
        .Bind(m.start)
        .Bind(m.end)
        .Bind(m.surface)
        .Bind(m.currency)
        .Bind(m.value)
        .Bind(m.kind)
        .Bind(m.low)
        .Bind(m.high)
        .Bind(m.period)
        .Bind(m.usd)
        .Bind(m.krw)
        .Bind(m.rate)
        .Bind(m.rate_source);
    HW_RETURN_IF_ERROR((*q)->Run("insert amount"));
  }
  return put_events(article_id, source);
}

Status SqliteStore::Impl::PutEvent(const MergedEvent& m, long article_id, const std::string& article_source,
                                   const store_internal::StoredFacts* stored) {
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
  const std::string type(EventTypeName(e.type)), outcome(OutcomeName(e.outcome)),
      timeline = JsonList(e.timeline);
  const std::string employer_aliases = JsonList(e.employer_aliases);
  const std::string previous_aliases = JsonList(e.previous_employer_aliases);
  auto bind_fields = [&](sqlite::Statement& q) {
    q.Bind(m.key)
        .Bind(type)
        .Bind(e.employer)
        .Bind(e.candidate)
        .Bind(CandidateKindName(e.candidate_kind))
        .Bind(e.candidate_count)
        .Bind(e.previous_employer)
        .Bind(e.role)
        .Bind(e.team)
        .Bind(outcome)
        .Bind(timeline)
        .Bind(e.reported_by)
        .Bind(e.confidence)
        .Bind(employer_aliases)
        .Bind(previous_aliases);
  };
  if (id >= 0) {
    // The row takes the ledger's merged state; unchanged facts write nothing.
    auto u = Q(
        "UPDATE events SET event_key=?,type=?,employer=?,candidate=?,candidate_kind=?,candidate_count=?,"
        "previous_employer=?,role=?,team=?,outcome=?,timeline=?,reported_by=?,confidence=?,employer_aliases=?,"
        "previous_employer_aliases=? WHERE id=?"
        " AND (event_key,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,"
        "outcome,timeline,reported_by,confidence,employer_aliases,previous_employer_aliases)"
        " IS NOT (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!u.ok()) return u.status();
    bind_fields(**u);
    (*u)->Bind(id);
    bind_fields(**u);
    HW_RETURN_IF_ERROR((*u)->Run("update event"));
  } else {
    auto q =
        Q("INSERT INTO events(event_key,type,employer,candidate,candidate_kind,candidate_count,"
          "previous_employer,role,team,outcome,timeline,reported_by,confidence,employer_aliases,"
          "previous_employer_aliases) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok()) return q.status();
    bind_fields(**q);
    HW_RETURN_IF_ERROR((*q)->Run("insert event"));
    id = static_cast<long>(db->LastInsertRowId());
  }
  // The merged offers only ever grow; each keeps its row and takes the merged facts.
  for (const Offer* offer : store_internal::OffersToWrite(e, stored)) {
    const Offer& o = *offer;
    auto q = Q(
        "INSERT INTO event_offers(event_id,seq,currency,value,derivation,kind,usd,krw,rate,rate_source,terms,"
        "first_year_usd,response) VALUES(?,(SELECT COUNT(*) FROM event_offers WHERE event_id=?),"
        "?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(event_id,currency,value,derivation) DO UPDATE SET kind=excluded.kind,usd=excluded.usd,"
        "krw=excluded.krw,rate=excluded.rate,rate_source=excluded.rate_source,terms=excluded.terms,"
        "first_year_usd=excluded.first_year_usd,response=excluded.response"
        " WHERE (kind,usd,krw,rate,rate_source,terms,first_year_usd,response) IS NOT (excluded.kind,"
        "excluded.usd,excluded.krw,excluded.rate,excluded.rate_source,excluded.terms,excluded.first_year_usd,"
        "excluded.response)");
    if (!q.ok()) return q.status();
    (*q)->Bind(id)
        .Bind(id)
        .Bind(o.currency)
        .Bind(o.value)
        .Bind(o.derivation)
        .Bind(o.kind)
        .Bind(o.usd)
        .Bind(o.krw)
        .Bind(o.rate)
        .Bind(o.rate_source)
        .Bind(JsonList(o.terms))
        .Bind(o.first_year_usd)
        .Bind(o.response);
    HW_RETURN_IF_ERROR((*q)->Run("insert offer"));
  }
  for (const std::string& s : store_internal::SourcesToWrite(e, stored, article_source)) {
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

// A SQLite statement's current row for the shared row decoding.
class StatementRow final : public store_internal::Row {
 public:
  explicit StatementRow(const sqlite::Statement& q) : q_(q) {}
  std::string Text(int col) const override { return q_.Text(col); }
  int64_t Int(int col) const override { return q_.Int(col); }
  double Real(int col) const override { return q_.Real(col); }

 private:
  const sqlite::Statement& q_;
};

Result<std::vector<Event>> SqliteStore::Events(const EventQuery& query,
                                               std::vector<std::string>* keys) const {
  auto q = impl_->db->Prepare(store_internal::kEventsQuery);
  if (!q.ok()) return q.status();
  q->Bind(query.since).Bind(query.employer);
  return impl_->ReadEvents(*q, keys);
}

Result<std::vector<std::string>> SqliteStore::ArticleParagraphs(int64_t article_id) const {
  auto q = impl_->Q(store_internal::kParagraphsQuery);
  if (!q.ok()) return q.status();
  (*q)->Bind(article_id);
  std::vector<std::string> out;
  while ((*q)->Next()) out.push_back((*q)->Text(0));
  if (!(*q)->status().ok()) return (*q)->status();
  return out;
}

Result<std::vector<Event>> SqliteStore::Impl::ReadEvents(sqlite::Statement& q, std::vector<std::string>* keys,
                                                         std::vector<std::vector<int64_t>>* source_articles) {
  std::vector<Event> out;
  std::vector<long> ids;
  while (q.Next()) {
    Event e;
    std::string key;
    ids.push_back(static_cast<long>(q.Int(0)));
    HW_RETURN_IF_ERROR(store_internal::EventFromRow(StatementRow(q), &e, &key));
    if (keys) keys->push_back(std::move(key));
    out.push_back(std::move(e));
  }
  if (!q.status().ok()) return q.status();
  auto o = Q(store_internal::kOffersQuery);
  if (!o.ok()) return o.status();
  auto s = Q(store_internal::SourcesQuery(store_internal::Dialect::kSqlite));
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < out.size(); ++i) {
    (*o)->Reset().Bind(ids[i]);
    while ((*o)->Next()) out[i].offers.push_back(store_internal::OfferFromRow(StatementRow(**o)));
    if (!(*o)->status().ok()) return (*o)->status();
    (*s)->Reset().Bind(ids[i]);
    if (source_articles) source_articles->emplace_back();
    while ((*s)->Next()) {
      out[i].sources.push_back((*s)->Text(0));
      if (source_articles) source_articles->back().push_back((*s)->Int(1));
    }
    if (!(*s)->status().ok()) return (*s)->status();
  }
  return out;
}

}  // namespace hirewire
