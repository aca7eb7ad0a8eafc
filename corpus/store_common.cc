#include "corpus/store_common.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>

namespace hirewire::store_internal {
namespace {

// The version-1 tables with {ID} (row id column), {INT}, {REAL}, {META} (the version row) and
// {SOURCE_ID} (event_sources' own id) filled in per dialect.
constexpr const char* kTablesV1 = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
{META}
CREATE TABLE IF NOT EXISTS articles(
  id {ID},
  content_hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, authors TEXT NOT NULL,
  published TEXT NOT NULL, language TEXT NOT NULL, site_name TEXT NOT NULL,
  duplicates_removed {INT} NOT NULL);
CREATE TABLE IF NOT EXISTS article_sources(
  article_id {INT} NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  UNIQUE(article_id, source));
CREATE TABLE IF NOT EXISTS paragraphs(
  article_id {INT} NOT NULL REFERENCES articles(id),
  idx {INT} NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
CREATE TABLE IF NOT EXISTS entities(
  article_id {INT} NOT NULL REFERENCES articles(id),
  type TEXT NOT NULL, canonical TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
  roles TEXT NOT NULL, mentions {INT} NOT NULL, confidence {REAL} NOT NULL,
  PRIMARY KEY(article_id, type, canonical));
CREATE TABLE IF NOT EXISTS amounts(
  article_id {INT} NOT NULL REFERENCES articles(id),
  idx {INT} NOT NULL, paragraph {INT} NOT NULL, start {INT} NOT NULL, "end" {INT} NOT NULL,
  surface TEXT NOT NULL, currency TEXT NOT NULL, value TEXT NOT NULL, kind TEXT NOT NULL,
  low TEXT NOT NULL, high TEXT NOT NULL, period TEXT NOT NULL, usd TEXT NOT NULL, krw TEXT NOT NULL,
  rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  PRIMARY KEY(article_id, idx));
CREATE TABLE IF NOT EXISTS events(
  id {ID},
  event_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, employer TEXT NOT NULL, candidate TEXT NOT NULL,
  candidate_kind TEXT NOT NULL, candidate_count {INT} NOT NULL, previous_employer TEXT NOT NULL,
  role TEXT NOT NULL, team TEXT NOT NULL, outcome TEXT NOT NULL, timeline TEXT NOT NULL,
  reported_by TEXT NOT NULL, confidence {REAL} NOT NULL);
CREATE TABLE IF NOT EXISTS event_offers(
  event_id {INT} NOT NULL REFERENCES events(id),
  seq {INT} NOT NULL,
  currency TEXT NOT NULL, value TEXT NOT NULL, derivation TEXT NOT NULL, kind TEXT NOT NULL,
  usd TEXT NOT NULL, krw TEXT NOT NULL, rate TEXT NOT NULL, rate_source TEXT NOT NULL,
  terms TEXT NOT NULL, first_year_usd TEXT NOT NULL, response TEXT NOT NULL,
  UNIQUE(event_id, currency, value, derivation));
CREATE TABLE IF NOT EXISTS event_sources(
{SOURCE_ID}  event_id {INT} NOT NULL REFERENCES events(id),
  source TEXT NOT NULL,
  article_id {INT} NOT NULL REFERENCES articles(id),
  UNIQUE(event_id, source));
)sql";

std::string Fill(std::string text, std::string_view token, std::string_view value) {
  for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size()))
    text.replace(at, token.size(), value);
  return text;
}

}  // namespace

std::string SchemaV1(Dialect d) {
  const bool sqlite = d == Dialect::kSqlite;
  std::string s = kTablesV1;
  s = Fill(s, "{META}",
           sqlite ? "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '1');"
                  : "INSERT INTO meta(key, value) VALUES('schema_version', '1') ON CONFLICT DO NOTHING;");
  s = Fill(s, "{ID}", sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY");
  s = Fill(s, "{INT}", sqlite ? "INTEGER" : "BIGINT");
  s = Fill(s, "{REAL}", sqlite ? "REAL" : "DOUBLE PRECISION");
  s = Fill(s, "{SOURCE_ID}", sqlite ? "" : "  id BIGSERIAL PRIMARY KEY,\n");
  return s;
}

std::string SchemaV2(Dialect d) {
  if (d == Dialect::kSqlite)
    return "ALTER TABLE events ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';"
           "ALTER TABLE events ADD COLUMN last_changed TEXT NOT NULL DEFAULT '';";
  return "ALTER TABLE events ADD COLUMN IF NOT EXISTS first_seen TEXT NOT NULL DEFAULT '';"
         "ALTER TABLE events ADD COLUMN IF NOT EXISTS last_changed TEXT NOT NULL DEFAULT '';";
}

std::string SchemaV3(Dialect d) {
  const char* add = d == Dialect::kSqlite ? "ALTER TABLE events ADD COLUMN "
                                          : "ALTER TABLE events ADD COLUMN IF NOT EXISTS ";
  return std::string(add) + "employer_aliases TEXT NOT NULL DEFAULT '[]';" + add +
         "previous_employer_aliases TEXT NOT NULL DEFAULT '[]';";
}

std::string SchemaV4(Dialect) { return "CREATE INDEX IF NOT EXISTS events_candidate ON events(candidate);"; }

#define HW_EVENT_COLUMNS                                                                                  \
  "SELECT id,type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome," \
  "timeline,reported_by,confidence,event_key,employer_aliases,previous_employer_aliases FROM events e "

// An event's date: the day a nightly run last changed it, else its newest source's publication.
const char* const kEventsQuery = HW_EVENT_COLUMNS
    "WHERE ($1='' OR substr(COALESCE("
    "NULLIF(e.last_changed,''), (SELECT MAX(a.published) FROM event_sources s JOIN articles a ON a.id=s.article_id"
    " WHERE s.event_id=e.id), ''),1,10)>=$1) AND ($2='' OR lower(e.employer)=lower($2)) ORDER BY id";

const char* CandidateEventsQuery(Dialect d) {
  return d == Dialect::kSqlite ? HW_EVENT_COLUMNS
             "WHERE candidate IN (SELECT value FROM json_each($1)) ORDER BY id"
                               : HW_EVENT_COLUMNS
             "WHERE candidate IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY id";
}

const char* const kParagraphsQuery = "SELECT text FROM paragraphs WHERE article_id=$1 ORDER BY idx";

const char* const kOffersQuery =
    "SELECT currency,value,derivation,kind,usd,krw,rate,rate_source,terms,first_year_usd,response"
    " FROM event_offers WHERE event_id=$1 ORDER BY seq";

const char* SourcesQuery(Dialect d) {
  return d == Dialect::kSqlite
             ? "SELECT source, article_id FROM event_sources WHERE event_id=$1 ORDER BY rowid"
             : "SELECT source, article_id FROM event_sources WHERE event_id=$1 ORDER BY id";
}

Status EventFromRow(const Row& r, Event* e, std::string* key) {
  if (!ParseEventType(r.Text(1), &e->type))
    return Status::InvalidArgument("store: unknown event type " + r.Text(1));
  e->employer = r.Text(2);
  e->candidate = r.Text(3);
  if (!ParseCandidateKind(r.Text(4), &e->candidate_kind))
    return Status::InvalidArgument("store: unknown candidate kind " + r.Text(4));
  e->candidate_count = static_cast<int>(r.Int(5));
  e->previous_employer = r.Text(6);
  e->role = r.Text(7);
  e->team = r.Text(8);
  if (!ParseOutcome(r.Text(9), &e->outcome))
    return Status::InvalidArgument("store: unknown outcome " + r.Text(9));
  e->timeline = ParseList(r.Text(10));
  e->reported_by = r.Text(11);
  e->confidence = r.Real(12);
  if (key) *key = r.Text(13);
  e->employer_aliases = ParseList(r.Text(14));
  e->previous_employer_aliases = ParseList(r.Text(15));
  return Status::Ok();
}

Offer OfferFromRow(const Row& r) {
  Offer f;
  f.currency = r.Text(0);
  f.value = r.Text(1);
  f.derivation = r.Text(2);
  f.kind = r.Text(3);
  f.usd = r.Text(4);
  f.krw = r.Text(5);
  f.rate = r.Text(6);
  f.rate_source = r.Text(7);
  f.terms = ParseList(r.Text(8));
  f.first_year_usd = r.Text(9);
  f.response = r.Text(10);
  return f;
}

StoredFactsByKey FactsByKey(const std::vector<Event>& events, const std::vector<std::string>& keys) {
  StoredFactsByKey out;
  for (size_t i = 0; i < events.size() && i < keys.size(); ++i) {
    StoredFacts& f = out[keys[i]];
    f.offers = events[i].offers;
    f.sources.insert(events[i].sources.begin(), events[i].sources.end());
  }
  return out;
}

std::vector<const Offer*> OffersToWrite(const Event& merged, const StoredFacts* stored) {
  std::vector<const Offer*> out;
  for (const Offer& o : merged.offers)
    if (!stored || std::find(stored->offers.begin(), stored->offers.end(), o) == stored->offers.end())
      out.push_back(&o);
  return out;
}

std::vector<std::string> SourcesToWrite(const Event& merged, const StoredFacts* stored,
                                        const std::string& article_source) {
  std::vector<std::string> sources = merged.sources;
  if (sources.empty()) sources.push_back(article_source);
  if (stored) std::erase_if(sources, [&](const std::string& s) { return stored->sources.count(s) > 0; });
  return sources;
}

std::string JsonList(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }

std::vector<std::string> ParseList(const std::string& s) {
  std::vector<std::string> out;
  nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
  if (j.is_array())
    for (const auto& x : j)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

std::string RolesJson(const Entity& e) {
  nlohmann::json roles = nlohmann::json::array();
  for (const Role& r : e.roles) roles.push_back({{"title", r.title}, {"organization", r.organization}});
  return roles.dump();
}

}  // namespace hirewire::store_internal
