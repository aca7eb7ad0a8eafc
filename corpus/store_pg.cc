// The PostgreSQL backend of Store (corpus/store.h): the SQLite schema with BIGSERIAL ids and
// the same upserts. Many writers may share one database: articles and events are claimed
// with INSERT ... ON CONFLICT on their keys, the stored events of an article's candidates are
// read under advisory locks on the candidates and merged by the caller (Store::MergeFn) before
// they are written, and each PutArticle is one transaction, retried on serialization failures
// and deadlocks.
#include <optional>
#include <string>
#include <string_view>

#include "corpus/pg.h"
#include "corpus/store.h"
#include "corpus/store_common.h"

namespace hirewire {
namespace {

using store_internal::JsonList;
using store_internal::ParseList;

// The shared schema (corpus/store_common.h), created under an advisory lock so that processes
// starting together do not race, and brought forward to the current version on every open.
std::string Schema() {
  using store_internal::Dialect;
  const std::string v = std::to_string(Store::kSchemaVersion);
  return "SELECT pg_advisory_xact_lock(7406352201);\n" + store_internal::SchemaV1(Dialect::kPostgres) +
         store_internal::SchemaV2(Dialect::kPostgres) + store_internal::SchemaV3(Dialect::kPostgres) +
         store_internal::SchemaV4(Dialect::kPostgres) + "UPDATE meta SET value='" + v +
         "' WHERE key='schema_version' AND value<'" + v + "';";
}

// One row of a result for the shared row decoding.
class ResultRow final : public store_internal::Row {
 public:
  ResultRow(const pg::Rows& rows, int row) : rows_(rows), row_(row) {}
  std::string Text(int col) const override { return rows_.Text(row_, col); }
  int64_t Int(int col) const override { return rows_.Int(row_, col); }
  double Real(int col) const override { return rows_.Real(row_, col); }

 private:
  const pg::Rows& rows_;
  int row_;
};

class PostgresStore final : public Store {
 public:
  explicit PostgresStore(std::unique_ptr<pg::Conn> c) : c_(std::move(c)) {}
  using Store::PutArticle;
  Status PutArticle(const Article& article, const std::vector<std::string>& candidates,
                    const MergeFn& merge) override;
  Result<Counts> Count() const override;
  Result<std::vector<Event>> Events(const EventQuery& query, std::vector<std::string>* keys) const override;
  Status StampEvents(const std::vector<std::string>& keys, const std::string& date) override;
  Result<bool> SetFence(const Fence& fence) override;
  Result<std::vector<std::string>> ArticleParagraphs(int64_t article_id) const override;
  void ClearFence() override {
    fence_.reset();
    fence_lost_ = false;
  }

 private:
  // The fence's row, locked until the commit; fails (fence_lost_) when it is gone.
  Status CheckFence(const Article& a);
  Status PutArticleRows(const Article& a, const std::vector<MergedEvent>& events,
                        const store_internal::StoredFactsByKey& stored);
  Status PutEvent(const MergedEvent& m, int64_t article_id, const std::string& article_source,
                  const store_internal::StoredFacts* stored);
  Result<int64_t> LockOrInsertEvent(const MergedEvent& m);
  // The stored events of these candidates, locked for this transaction (see PutArticle).
  Result<Stored> LockAndReadCandidates(const std::vector<std::string>& candidates);
  // Events of a kEventsQuery-shaped query with their offers and sources.
  Result<std::vector<Event>> ReadEvents(const char* sql, const pg::Params& params,
                                        std::vector<std::string>* keys,
                                        std::vector<std::vector<int64_t>>* source_articles = nullptr) const;

  std::unique_ptr<pg::Conn> c_;
  std::optional<Fence> fence_;
};

pg::Params FenceParams(const Store::Fence& f) {
  pg::Params p;
  for (const std::string& v : f.params) p.Add(v);
  return p;
}

Result<bool> PostgresStore::SetFence(const Fence& fence) {
  ClearFence();
  // The fence's table may be missing here (the store is in another database than the queue).
  auto q = c_->Query(fence.sql.c_str(), FenceParams(fence));
  if (!q.ok() || q->empty()) return false;
  fence_ = fence;
  return true;
}

Status PostgresStore::CheckFence(const Article& a) {
  if (!fence_) return Status::Ok();
  auto q = c_->Query(fence_->sql.c_str(), FenceParams(*fence_));
  if (!q.ok()) return q.status();
  if (!q->empty()) return Status::Ok();
  fence_lost_ = true;
  return Status::Unavailable("store: " + fence_->what + ": " + (a.url.empty() ? a.source : a.url) +
                             " not written");
}

// Two writers with events of one candidate take turns: each takes a transaction-scoped advisory
// lock per candidate (in one order: by the lock key, so they cannot deadlock; a hash collision
// only makes unrelated writers wait), then reads the candidate's events -- under READ COMMITTED
// that read sees every transaction that released the lock -- and writes the merged state before
// its commit releases the lock. A row lock could not guard an event not stored yet, and
// SERIALIZABLE would abort and redo whole articles whenever two writers touch one person
// (measured in docs/scale.md).
Status PostgresStore::PutArticle(const Article& a, const std::vector<std::string>& candidates,
                                 const MergeFn& merge) {
  return pg::InTransaction(*c_, [&]() -> Status {
    HW_RETURN_IF_ERROR(CheckFence(a));
    auto stored = LockAndReadCandidates(candidates);
    if (!stored.ok()) return stored.status();
    const auto facts = store_internal::FactsByKey(stored->events, stored->keys);
    auto events = merge(std::move(*stored));
    if (!events.ok()) return events.status();
    return PutArticleRows(a, *events, facts);
  });
}

Result<Store::Stored> PostgresStore::LockAndReadCandidates(const std::vector<std::string>& candidates) {
  Stored out;
  if (candidates.empty()) return out;
  const std::string names = JsonList(candidates);
  auto lock = c_->Query(
      "SELECT pg_advisory_xact_lock(7406352, k) FROM (SELECT DISTINCT hashtext(c) AS k FROM "
      "jsonb_array_elements_text($1::jsonb) AS c ORDER BY k) AS keys",
      pg::Params().Add(names));
  if (!lock.ok()) return lock.status();
  auto events = ReadEvents(store_internal::CandidateEventsQuery(store_internal::Dialect::kPostgres),
                           pg::Params().Add(names), &out.keys, &out.source_articles);
  if (!events.ok()) return events.status();
  out.events = std::move(*events);
  return out;
}

Status PostgresStore::PutArticleRows(const Article& a, const std::vector<MergedEvent>& events,
                                     const store_internal::StoredFactsByKey& stored) {
  pg::Conn& c = *c_;
  const std::string hash = ContentHash(a);
  const std::string source = a.url.empty() ? a.source : a.url;
  auto ins = c.Query(
      "INSERT INTO articles(content_hash,url,source,title,authors,published,language,site_name,"
      "duplicates_removed) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT(content_hash) DO NOTHING RETURNING id",
      pg::Params()
          .Add(hash)
          .Add(a.url)
          .Add(a.source)
          .Add(a.title)
          .Add(JsonList(a.authors))
          .Add(a.published)
          .Add(a.language)
          .Add(a.site_name)
          .Add(static_cast<int64_t>(a.duplicates_removed.size())));
  if (!ins.ok()) return ins.status();
  const bool is_new = ins->size() == 1;
  int64_t article_id = 0;
  if (is_new) {
    article_id = ins->Int(0, 0);
  } else {
    auto q = c.Query("SELECT id FROM articles WHERE content_hash=$1", pg::Params().Add(hash));
    if (!q.ok()) return q.status();
    if (q->empty()) return Status::Internal("store: article " + hash + " vanished");
    article_id = q->Int(0, 0);
  }
  auto src = c.Query("INSERT INTO article_sources(article_id, source) VALUES($1,$2) ON CONFLICT DO NOTHING",
                     pg::Params().Add(article_id).Add(source));
  if (!src.ok()) return src.status();
  if (is_new) {
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
      auto q =
          c.Query("INSERT INTO paragraphs(article_id, idx, text) VALUES($1,$2,$3) ON CONFLICT DO NOTHING",
                  pg::Params().Add(article_id).Add(static_cast<int64_t>(i)).Add(a.paragraphs[i]));
      if (!q.ok()) return q.status();
    }
    for (const Entity& e : a.entities) {
      auto q = c.Query(
          "INSERT INTO entities(article_id,type,canonical,name,aliases,roles,mentions,confidence)"
          " VALUES($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING",
          pg::Params()
              .Add(article_id)
              .Add(EntityTypeName(e.type))
              .Add(e.canonical.empty() ? e.name : e.canonical)
              .Add(e.name)
              .Add(JsonList(e.aliases))
              .Add(store_internal::RolesJson(e))
              .Add(static_cast<int64_t>(e.mentions.size()))
              .Add(e.confidence));
      if (!q.ok()) return q.status();
    }
    for (size_t i = 0; i < a.money.size(); ++i) {
      const Amount& m = a.money[i];
      auto q = c.Query(
          "INSERT INTO amounts(article_id,idx,paragraph,start,\"end\",surface,currency,value,kind,"
          "low,high,period,usd,krw,rate,rate_source) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)"
          " ON CONFLICT DO NOTHING",
          pg::Params()
              .Add(article_id)
              .Add(static_cast<int64_t>(i))
              .Add(m.paragraph)
              .Add(m.start)
              .Add(m.end)
              .Add(m.surface)
              .Add(m.currency)
              .Add(m.value)
              .Add(m.kind)
              .Add(m.low)
              .Add(m.high)
              .Add(m.period)
              .Add(m.usd)
              .Add(m.krw)
              .Add(m.rate)
              .Add(m.rate_source));
      if (!q.ok()) return q.status();
    }
  }
  for (const MergedEvent& m : events) {
    auto before = stored.find(m.key);
    HW_RETURN_IF_ERROR(PutEvent(m, article_id, source, before == stored.end() ? nullptr : &before->second));
  }
  return Status::Ok();
}

// The id of the event with m.key. A new event is inserted; an existing row is locked and
// takes the ledger's merged state (unchanged facts write nothing).
Result<int64_t> PostgresStore::LockOrInsertEvent(const MergedEvent& m) {
  pg::Conn& c = *c_;
  const Event& e = *m.event;
  auto fields = [&] {
    return pg::Params()
        .Add(m.key)
        .Add(EventTypeName(e.type))
        .Add(e.employer)
        .Add(e.candidate)
        .Add(CandidateKindName(e.candidate_kind))
        .Add(e.candidate_count)
        .Add(e.previous_employer)
        .Add(e.role)
        .Add(e.team)
        .Add(OutcomeName(e.outcome))
        .Add(JsonList(e.timeline))
        .Add(e.reported_by)
        .Add(e.confidence)
        .Add(JsonList(e.employer_aliases))
        .Add(JsonList(e.previous_employer_aliases));
  };
  auto ins = c.Query(
      "INSERT INTO events(event_key,type,employer,candidate,candidate_kind,candidate_count,"
      "previous_employer,role,team,outcome,timeline,reported_by,confidence,employer_aliases,previous_employer_aliases)"
      " VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT(event_key) DO NOTHING RETURNING id",
      fields());
  if (!ins.ok()) return ins.status();
  if (ins->size() == 1) return ins->Int(0, 0);
  auto q = c.Query("SELECT id FROM events WHERE event_key=$1 FOR UPDATE", pg::Params().Add(m.key));
  if (!q.ok()) return q.status();
  if (q->empty()) return Status::Internal("store: event vanished: " + m.key);
  const int64_t id = q->Int(0, 0);
  pg::Params p = fields();
  p.Add(id);
  auto u = c.Query(
      "UPDATE events SET event_key=$1,type=$2,employer=$3,candidate=$4,candidate_kind=$5,candidate_count=$6,"
      "previous_employer=$7,role=$8,team=$9,outcome=$10,timeline=$11,reported_by=$12,confidence=$13,"
      "employer_aliases=$14,previous_employer_aliases=$15 WHERE id=$16"
      " AND (event_key,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
      "timeline,reported_by,confidence,employer_aliases,previous_employer_aliases) IS DISTINCT FROM ($1,$2,$3,$4,$5,"
      "$6::BIGINT,$7,$8,$9,$10,$11,$12,$13::DOUBLE PRECISION,$14,$15)",
      p);
  if (!u.ok()) return u.status();
  return id;
}

Status PostgresStore::PutEvent(const MergedEvent& m, int64_t article_id, const std::string& article_source,
                               const store_internal::StoredFacts* stored) {
  if (m.event == nullptr || m.key.empty()) return Status::InvalidArgument("store: merged event without key");
  const Event& e = *m.event;
  pg::Conn& c = *c_;
  auto id = LockOrInsertEvent(m);
  if (!id.ok()) return id.status();
  // The merged offers only ever grow; each keeps its row and takes the merged facts.
  for (const Offer* offer : store_internal::OffersToWrite(e, stored)) {
    const Offer& o = *offer;
    auto q = c.Query(
        "INSERT INTO event_offers AS f(event_id,seq,currency,value,derivation,kind,usd,krw,rate,rate_source,terms,"
        "first_year_usd,response) VALUES($1,(SELECT COUNT(*) FROM event_offers WHERE event_id=$1),"
        "$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)"
        " ON CONFLICT(event_id,currency,value,derivation) DO UPDATE SET kind=excluded.kind,usd=excluded.usd,"
        "krw=excluded.krw,rate=excluded.rate,rate_source=excluded.rate_source,terms=excluded.terms,"
        "first_year_usd=excluded.first_year_usd,response=excluded.response"
        " WHERE (f.kind,f.usd,f.krw,f.rate,f.rate_source,f.terms,f.first_year_usd,f.response) IS DISTINCT FROM"
        " (excluded.kind,excluded.usd,excluded.krw,excluded.rate,excluded.rate_source,excluded.terms,"
        "excluded.first_year_usd,excluded.response)",
        pg::Params()
            .Add(*id)
            .Add(o.currency)
            .Add(o.value)
            .Add(o.derivation)
            .Add(o.kind)
            .Add(o.usd)
            .Add(o.krw)
            .Add(o.rate)
            .Add(o.rate_source)
            .Add(JsonList(o.terms))
            .Add(o.first_year_usd)
            .Add(o.response));
    if (!q.ok()) return q.status();
  }
  for (const std::string& s : store_internal::SourcesToWrite(e, stored, article_source)) {
    auto q = c.Query(
        "INSERT INTO event_sources(event_id, source, article_id) VALUES($1,$2,$3) ON CONFLICT DO NOTHING",
        pg::Params().Add(*id).Add(s).Add(article_id));
    if (!q.ok()) return q.status();
  }
  return Status::Ok();
}

Result<Store::Counts> PostgresStore::Count() const {
  auto q = c_->Query(
      "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM article_sources),"
      " (SELECT COUNT(*) FROM paragraphs), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM amounts),"
      " (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_offers), (SELECT COUNT(*) FROM event_sources)");
  if (!q.ok()) return q.status();
  Counts n;
  long* out[] = {&n.articles, &n.article_sources, &n.paragraphs,   &n.entities,
                 &n.amounts,  &n.events,          &n.event_offers, &n.event_sources};
  for (int i = 0; i < 8; ++i) *out[i] = static_cast<long>(q->Int(0, i));
  return n;
}

Result<std::vector<Event>> PostgresStore::Events(const EventQuery& query,
                                                 std::vector<std::string>* keys) const {
  return ReadEvents(store_internal::kEventsQuery, pg::Params().Add(query.since).Add(query.employer), keys);
}

Result<std::vector<std::string>> PostgresStore::ArticleParagraphs(int64_t article_id) const {
  auto q = c_->Query(store_internal::kParagraphsQuery, pg::Params().Add(article_id));
  if (!q.ok()) return q.status();
  std::vector<std::string> out;
  for (int r = 0; r < q->size(); ++r) out.push_back(q->Text(r, 0));
  return out;
}

Result<std::vector<Event>> PostgresStore::ReadEvents(
    const char* sql, const pg::Params& params, std::vector<std::string>* keys,
    std::vector<std::vector<int64_t>>* source_articles) const {
  auto q = c_->Query(sql, params);
  if (!q.ok()) return q.status();
  std::vector<Event> out;
  for (int r = 0; r < q->size(); ++r) {
    Event e;
    std::string key;
    HW_RETURN_IF_ERROR(store_internal::EventFromRow(ResultRow(*q, r), &e, &key));
    if (keys) keys->push_back(std::move(key));
    const std::string id = q->Text(r, 0);
    auto o = c_->Query(store_internal::kOffersQuery, pg::Params().Add(id));
    if (!o.ok()) return o.status();
    for (int k = 0; k < o->size(); ++k) e.offers.push_back(store_internal::OfferFromRow(ResultRow(*o, k)));
    auto s =
        c_->Query(store_internal::SourcesQuery(store_internal::Dialect::kPostgres), pg::Params().Add(id));
    if (!s.ok()) return s.status();
    if (source_articles) source_articles->emplace_back();
    for (int k = 0; k < s->size(); ++k) {
      e.sources.push_back(s->Text(k, 0));
      if (source_articles) source_articles->back().push_back(s->Int(k, 1));
    }
    out.push_back(std::move(e));
  }
  return out;
}

Status PostgresStore::StampEvents(const std::vector<std::string>& keys, const std::string& date) {
  return pg::InTransaction(*c_, [&]() -> Status {
    for (const std::string& k : keys) {
      auto q = c_->Query(
          "UPDATE events SET last_changed=$1, first_seen=CASE WHEN first_seen='' THEN $1 ELSE first_seen END"
          " WHERE event_key=$2",
          pg::Params().Add(date).Add(k));
      if (!q.ok()) return q.status();
    }
    return Status::Ok();
  });
}

}  // namespace

namespace {

// Connects and brings the schema to Store::kSchemaVersion; `*before` is the version the database
// had (0: no store yet). A store written by a newer hirewire is refused.
Result<std::unique_ptr<pg::Conn>> ConnectAndBringForward(const std::string& url, int* before) {
  auto c = pg::Conn::Open(url, "hirewire-store");
  if (!c.ok()) return Status::IoError("store: " + c.status().message());
  const std::string schema = Schema();
  // The DDL runs only when the store is not at the current version: ALTER TABLE takes an ACCESS
  // EXCLUSIVE lock even when the columns exist, and would deadlock with processes already writing.
  HW_RETURN_IF_ERROR(pg::InTransaction(**c, [&]() -> Status {
    HW_RETURN_IF_ERROR((*c)->Exec("SELECT pg_advisory_xact_lock(7406352201)"));
    auto version = (*c)->Query(
        "SELECT (to_regclass('meta') IS NOT NULL)::int, (to_regclass('events_candidate') IS NOT NULL AND "
        "EXISTS(SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND "
        "table_name = 'events' AND column_name = 'previous_employer_aliases'))::int");
    if (!version.ok()) return version.status();
    *before = 0;
    if (version->Int(0, 0) == 1) {  // (a query naming `meta` fails to plan when it does not exist)
      auto meta = (*c)->Query("SELECT COALESCE(MAX(value::int), 0) FROM meta WHERE key='schema_version'");
      if (!meta.ok()) return meta.status();
      *before = static_cast<int>(meta->Int(0, 0));
    }
    if (*before > Store::kSchemaVersion)
      return Status::Unsupported("store: " + (*c)->where() + " has schema version " +
                                 std::to_string(*before) + ", newer than this hirewire (" +
                                 std::to_string(Store::kSchemaVersion) + "); upgrade hirewire");
    if (*before == Store::kSchemaVersion && version->Int(0, 1) == 1) return Status::Ok();
    return (*c)->Exec(schema);
  }));
  return c;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  int before = 0;
  auto c = ConnectAndBringForward(url, &before);
  if (!c.ok()) return c.status();
  return std::unique_ptr<Store>(new PostgresStore(std::move(*c)));
}

Result<int> MigratePostgresStore(const std::string& url) {
  int before = 0;
  auto c = ConnectAndBringForward(url, &before);
  if (!c.ok()) return c.status();
  return before;
}

}  // namespace hirewire
