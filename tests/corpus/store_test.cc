#include "corpus/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "corpus/pg.h"
#include "tests/pg/pg_harness.h"

// Every TEST_P runs against both backends: a SQLite file and a database on a throw-away
// PostgreSQL server (tests/pg/pg_harness.h).
namespace hirewire {
namespace {

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("hirewire_store_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

Article Story(const std::string& url, const std::string& lead) {
  Article a;
  a.url = url;
  a.source = url;
  a.title = "Meta hires Matt Deitke";
  a.language = "en";
  a.paragraphs = {lead, "He had turned down a $125 million offer."};
  Entity p;
  p.type = EntityType::kPerson;
  p.name = p.canonical = "Matt Deitke";
  p.mentions = {{0, 0, 11, "Matt Deitke"}};
  a.entities.push_back(p);
  Amount m;
  m.surface = "$125 million";
  m.paragraph = 1;
  m.currency = "USD";
  m.value = m.usd = "125000000";
  m.kind = "exact";
  a.money.push_back(m);
  Event e;
  e.type = EventType::kOffer;
  e.employer = "Meta Platforms";
  e.candidate = "Matt Deitke";
  e.candidate_kind = CandidateKind::kPerson;
  e.outcome = Outcome::kDeclined;
  e.timeline = {"offered", "declined"};
  Offer o;
  o.amount = 0;
  o.currency = "USD";
  o.value = o.usd = "125000000";
  o.kind = "exact";
  o.response = "declined";
  e.offers.push_back(o);
  e.sources = {url};
  e.confidence = 0.7;
  a.events.push_back(e);
  return a;
}

enum class Backend { kSqlite, kPostgres };

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  // A fresh, empty store location for this backend (a file path or a postgresql:// URL).
  std::string Fresh(const std::string& name) {
    if (GetParam() == Backend::kSqlite) return TempDb(name + ".db");
    auto server = testing::TestPostgres::Get();
    if (!server.ok()) {
      ADD_FAILURE() << server.status().ToString();
      return "";
    }
    auto url = (*server)->NewDatabase("store_" + name);
    if (!url.ok()) {
      ADD_FAILURE() << url.status().ToString();
      return "";
    }
    return *url;
  }
};

// The article's events as the ledger would hand them over (one article: already merged).
std::vector<Store::MergedEvent> Merged(const Article& a) {
  std::vector<Store::MergedEvent> out;
  for (const Event& e : a.events) out.push_back({"hire|Meta Platforms|" + e.candidate, &e});
  return out;
}

TEST_P(StoreTest, WritingTheSameArticleTwiceChangesNothing) {
  auto store = Store::Open(Fresh("twice"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Article a = Story("https://a.example/1", "Matt Deitke joined Meta.");
  ASSERT_TRUE((*store)->PutArticle(a, Merged(a)).ok());
  auto first = (*store)->Count();
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE((*store)->PutArticle(a, Merged(a)).ok());
  auto second = (*store)->Count();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*first, *second);
  EXPECT_EQ(first->articles, 1);
  EXPECT_EQ(first->paragraphs, 2);
  EXPECT_EQ(first->entities, 1);
  EXPECT_EQ(first->amounts, 1);
  EXPECT_EQ(first->events, 1);
  EXPECT_EQ(first->event_sources, 1);
  std::vector<std::string> keys;
  auto events = (*store)->Events(&keys);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].offers.size(), 1u);
  EXPECT_EQ(keys, std::vector<std::string>{"hire|Meta Platforms|Matt Deitke"});
}

TEST_P(StoreTest, AMergedEventReplacesTheStoredStateAndAddsSources) {
  auto store = Store::Open(Fresh("copy"));
  ASSERT_TRUE(store.ok());
  Article first = Story("https://a.example/1", "Matt Deitke joined Meta.");
  ASSERT_TRUE((*store)->PutArticle(first, Merged(first)).ok());
  // The same story re-published on another site with a later fact; the ledger merged it.
  Article copy = Story("https://b.example/syndicated", "Matt Deitke has joined Meta.");
  Event& m = copy.events[0];
  m.type = EventType::kHire;
  m.outcome = Outcome::kJoined;
  m.timeline = {"offered", "declined", "joined"};
  m.sources = {"https://a.example/1", "https://b.example/syndicated"};
  ASSERT_TRUE((*store)->PutArticle(copy, Merged(copy)).ok());
  auto c = (*store)->Count();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, 2);
  EXPECT_EQ(c->events, 1);
  EXPECT_EQ(c->event_sources, 2);
  EXPECT_EQ(c->event_offers, 1);
  auto events = (*store)->Events();
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  const Event& e = (*events)[0];
  EXPECT_EQ(e.type, EventType::kHire);
  EXPECT_EQ(e.outcome, Outcome::kJoined);
  EXPECT_EQ(e.timeline, (std::vector<std::string>{"offered", "declined", "joined"}));
  EXPECT_EQ(e.sources, (std::vector<std::string>{"https://a.example/1", "https://b.example/syndicated"}));
  // The identical text under a third URL is the same article with one more source.
  Article mirror = Story("https://c.example/mirror", "Matt Deitke joined Meta.");
  ASSERT_TRUE((*store)->PutArticle(mirror, {}).ok());
  auto c2 = (*store)->Count();
  ASSERT_TRUE(c2.ok());
  EXPECT_EQ(c2->articles, 2);
  EXPECT_EQ(c2->article_sources, 3);
  EXPECT_EQ(c2->events, 1);
}

TEST_P(StoreTest, ReopeningKeepsTheData) {
  std::string path = Fresh("reopen");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    Article a = Story("https://a.example/1", "Matt Deitke joined Meta.");
    ASSERT_TRUE((*store)->PutArticle(a, Merged(a)).ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  auto c = (*store)->Count();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->events, 1);
}

// Writers in parallel (processes on many machines in production) store every article and
// event once: the same counts and events as one writer.
TEST_P(StoreTest, ConcurrentWritersStoreEachArticleOnce) {
  std::vector<Article> articles;
  for (int i = 0; i < 40; ++i) {
    Article a = Story("https://a.example/" + std::to_string(i), "Story " + std::to_string(i % 20) + " lead.");
    a.events[0].candidate = "Candidate " + std::to_string(i % 10);
    articles.push_back(std::move(a));
  }
  Store::Counts serial;
  std::vector<Event> serial_events;
  std::vector<std::string> serial_keys;
  {
    auto store = Store::Open(Fresh("serial"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    for (const Article& a : articles) ASSERT_TRUE((*store)->PutArticle(a, Merged(a)).ok());
    serial = *(*store)->Count();
    serial_events = *(*store)->Events(&serial_keys);
  }
  const std::string where = Fresh("parallel");
  std::vector<std::thread> writers;
  std::vector<std::string> errors(4);
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      auto store = Store::Open(where);
      if (!store.ok()) {
        errors[w] = store.status().ToString();
        return;
      }
      // Each writer goes through every article, starting at a different place.
      for (size_t k = 0; k < articles.size(); ++k) {
        const Article& a = articles[(k + static_cast<size_t>(w) * 10) % articles.size()];
        Status s = (*store)->PutArticle(a, Merged(a));
        if (!s.ok()) {
          errors[w] = s.ToString();
          return;
        }
      }
    });
  }
  for (auto& t : writers) t.join();
  for (const auto& e : errors) EXPECT_EQ(e, "");
  auto store = Store::Open(where);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->Count(), serial);
  EXPECT_EQ(serial.events, 10);
  EXPECT_EQ(serial.articles, 20);
  std::vector<std::string> keys;
  auto events = (*store)->Events(&keys);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), serial_events.size());
  std::sort(keys.begin(), keys.end());
  std::sort(serial_keys.begin(), serial_keys.end());
  EXPECT_EQ(keys, serial_keys);  // insertion order differs between runs
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& i) {
                           return i.param == Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

TEST(Store, ReportsAnUnwritablePath) { EXPECT_FALSE(Store::Open("/nonexistent-dir/x/y.db").ok()); }

// Runs SQL on a store file directly (to turn a current file into an older release's).
void ExecSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

// Undoes migrations 4 and 3 the way SQLite allows (3.35+: DROP COLUMN).
constexpr const char* kUndoVersion3 =
    "DROP INDEX events_candidate;"
    "ALTER TABLE events DROP COLUMN employer_aliases; ALTER TABLE events DROP COLUMN previous_employer_aliases;"
    "DELETE FROM schema_version WHERE version>=3; UPDATE meta SET value='2' WHERE key='schema_version';";

// A store with one event as version 2 wrote it (no alias columns).
void WriteVersion2File(const std::string& path) {
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Article a = Story("https://a.example/1", "Meta hired Matt Deitke.");
    ASSERT_TRUE((*s)->PutArticle(a, Merged(a)).ok());
  }
  ExecSql(path, kUndoVersion3);
}

// A store as the first release wrote it: the version-1 tables, version in `meta` only.
void WriteVersion1File(const std::string& path) {
  WriteVersion2File(path);
  // Undo migration 2 and forget the version table.
  ExecSql(path,
          "ALTER TABLE events DROP COLUMN first_seen; ALTER TABLE events DROP COLUMN last_changed;"
          "DROP TABLE schema_version; UPDATE meta SET value='1' WHERE key='schema_version';");
}

TEST(StoreMigrations, NewFileIsAtTheCurrentVersion) {
  std::string path = TempDb("new.db");
  ASSERT_TRUE(Store::Open(path).ok());
  auto from = Store::Migrate(path);
  ASSERT_TRUE(from.ok());
  EXPECT_EQ(*from, Store::kSchemaVersion);
}

TEST(StoreMigrations, OlderFileIsRefusedUntilMigratedThenKeepsItsData) {
  std::string path = TempDb("v1.db");
  WriteVersion1File(path);
  auto refused = Store::Open(path);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("hirewire db migrate"), std::string::npos);
  auto from = Store::Migrate(path);
  ASSERT_TRUE(from.ok()) << from.status().ToString();
  EXPECT_EQ(*from, 1);
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto events = (*s)->Events();
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].candidate, "Matt Deitke");
  auto again = Store::Migrate(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, Store::kSchemaVersion);
}

TEST(StoreMigrations, Version2FileKeepsItsEventsAndTakesAliasesAfterMigration) {
  std::string path = TempDb("v2.db");
  WriteVersion2File(path);
  ASSERT_FALSE(Store::Open(path).ok());
  auto from = Store::Migrate(path);
  ASSERT_TRUE(from.ok()) << from.status().ToString();
  EXPECT_EQ(*from, 2);
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto before = (*s)->Events();
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  ASSERT_EQ(before->size(), 1u);
  EXPECT_EQ((*before)[0].candidate, "Matt Deitke");
  EXPECT_TRUE((*before)[0].employer_aliases.empty());  // rows from before version 3 read '[]'
  Article a = Story("https://b.example/2", "Meta Platforms, or Meta, hired Matt Deitke.");
  a.events[0].employer_aliases = {"Meta"};
  ASSERT_TRUE((*s)->PutArticle(a, Merged(a)).ok());
  auto after = (*s)->Events();
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].employer_aliases, std::vector<std::string>{"Meta"});
  EXPECT_EQ((*after)[0].sources.size(), 2u);
}

// Reads a whole file (the SQL dump of a fixture).
std::string ReadText(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The rows of one SQLite query, as "a|b" lines (to look at a file beside the store).
std::vector<std::string> SqliteRows(const std::string& path, const char* sql) {
  std::vector<std::string> out;
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        if (i) row += "|";
        const unsigned char* t = sqlite3_column_text(st, i);
        row += t ? reinterpret_cast<const char*>(t) : "";
      }
      out.push_back(row);
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// A file the previous release wrote at version 3 (tests/data/store/v3.sql, a dump of it) gets the
// candidate index with `db migrate`, keeps every row, and the merge's read then uses the index.
TEST(StoreMigrations, Version3FileOfThePreviousReleaseGetsTheCandidateIndex) {
  std::string path = TempDb("v3.db");
  const std::string dump = ReadText(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/store/v3.sql");
  ASSERT_NE(dump.find("INSERT INTO events"), std::string::npos);
  ExecSql(path, dump.c_str());
  const auto events_before = SqliteRows(path, "SELECT event_key, outcome, timeline FROM events ORDER BY id");
  ASSERT_EQ(events_before.size(), 7u);
  const char* kPlan =
      "EXPLAIN QUERY PLAN SELECT id FROM events WHERE candidate IN (SELECT value FROM json_each('[\"Nina Patel\"]'))";
  auto uses_index = [&] {
    for (const std::string& row : SqliteRows(path, kPlan))
      if (row.find("events_candidate") != std::string::npos) return true;
    return false;
  };
  EXPECT_FALSE(uses_index());  // version 3 scans every event
  auto refused = Store::Open(path);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("schema version 3"), std::string::npos)
      << refused.status().message();
  auto from = Store::Migrate(path);
  ASSERT_TRUE(from.ok()) << from.status().ToString();
  EXPECT_EQ(*from, 3);
  EXPECT_TRUE(uses_index());
  EXPECT_EQ(SqliteRows(path, "SELECT MAX(version) FROM schema_version"), std::vector<std::string>{"4"});
  EXPECT_EQ(SqliteRows(path, "SELECT value FROM meta WHERE key='schema_version'"),
            std::vector<std::string>{"4"});
  EXPECT_EQ(SqliteRows(path, "SELECT event_key, outcome, timeline FROM events ORDER BY id"), events_before);
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto events = (*s)->Events();
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  EXPECT_EQ(events->size(), 7u);
  auto again = Store::Migrate(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, Store::kSchemaVersion);
}

// `db migrate` of a PostgreSQL store: the version it had, then the current one; a store of a newer
// hirewire is refused (open and migrate), naming the versions.
TEST(StoreMigrations, PostgresMigrateReportsTheVersionItHadAndRefusesANewerStore) {
  auto server = testing::TestPostgres::Get();
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  auto url = (*server)->NewDatabase("store_migrate");
  ASSERT_TRUE(url.ok()) << url.status().ToString();
  auto fresh = Store::Migrate(*url);
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  EXPECT_EQ(*fresh, 0);  // no store yet: created
  auto c = pg::Conn::Open(*url);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_TRUE(
      (*c)->Exec("DROP INDEX events_candidate; UPDATE meta SET value='3' WHERE key='schema_version'").ok());
  auto from = Store::Migrate(*url);
  ASSERT_TRUE(from.ok()) << from.status().ToString();
  EXPECT_EQ(*from, 3);
  auto index = (*c)->Query("SELECT to_regclass('events_candidate') IS NOT NULL");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->Text(0, 0), "t");
  auto again = Store::Migrate(*url);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, Store::kSchemaVersion);
  ASSERT_TRUE((*c)->Exec("UPDATE meta SET value='99' WHERE key='schema_version'").ok());
  auto newer = Store::Open(*url);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("schema version 99, newer than this hirewire"), std::string::npos)
      << newer.status().message();
  EXPECT_FALSE(Store::Migrate(*url).ok());
}

// A PostgreSQL store as version 2 left it is brought forward on open and keeps its events.
TEST(StoreMigrations, PostgresVersion2StoreIsBroughtForwardOnOpen) {
  auto server = testing::TestPostgres::Get();
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  auto url = (*server)->NewDatabase("store_v2");
  ASSERT_TRUE(url.ok()) << url.status().ToString();
  {
    auto s = Store::Open(*url);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Article a = Story("https://a.example/1", "Meta hired Matt Deitke.");
    ASSERT_TRUE((*s)->PutArticle(a, Merged(a)).ok());
  }
  {
    auto c = pg::Conn::Open(*url);
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    ASSERT_TRUE((*c)->Exec("ALTER TABLE events DROP COLUMN employer_aliases; ALTER TABLE events DROP COLUMN "
                           "previous_employer_aliases; UPDATE meta SET value='2' WHERE key='schema_version'")
                    .ok());
  }
  auto s = Store::Open(*url);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto events = (*s)->Events();
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].candidate, "Matt Deitke");
  EXPECT_TRUE((*events)[0].employer_aliases.empty());
  Article b = Story("https://b.example/2", "Meta Platforms, or Meta, hired Matt Deitke.");
  b.events[0].employer_aliases = {"Meta"};
  ASSERT_TRUE((*s)->PutArticle(b, Merged(b)).ok());
  auto after = (*s)->Events();
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].employer_aliases, std::vector<std::string>{"Meta"});
}

// What `events --json` prints of an event's spellings is what the store returns for `events --db`.
TEST_P(StoreTest, KeepsTheEmployerSpellingsOfAnEvent) {
  auto s = Store::Open(Fresh("aliases"));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Article a = Story("https://a.example/1", "삼성전자(삼성) hired Matt Deitke from Qualcomm (퀄컴).");
  a.events[0].employer_aliases = {"삼성전자", "삼성"};
  a.events[0].previous_employer = "Qualcomm";
  a.events[0].previous_employer_aliases = {"퀄컴"};
  ASSERT_TRUE((*s)->PutArticle(a, Merged(a)).ok());
  auto events = (*s)->Events();
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].employer_aliases, (std::vector<std::string>{"삼성전자", "삼성"}));
  EXPECT_EQ((*events)[0].previous_employer_aliases, std::vector<std::string>{"퀄컴"});
  // A later merged state with another spelling updates the row.
  Article b = Story("https://b.example/2", "Samsung hired Matt Deitke.");
  b.events[0].employer_aliases = {"삼성전자", "삼성", "Samsung"};
  b.events[0].previous_employer = "Qualcomm";
  b.events[0].previous_employer_aliases = {"퀄컴"};
  ASSERT_TRUE((*s)->PutArticle(b, Merged(b)).ok());
  auto again = (*s)->Events();
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 1u);
  EXPECT_EQ((*again)[0].employer_aliases, (std::vector<std::string>{"삼성전자", "삼성", "Samsung"}));
}

TEST_P(StoreTest, QueryFiltersBySinceAndEmployer) {
  auto s = Store::Open(Fresh("query"));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Article a = Story("https://a.example/1", "Meta hired Matt Deitke.");
  a.published = "2025-08-01T10:00:00Z";
  ASSERT_TRUE((*s)->PutArticle(a, Merged(a)).ok());
  Article b = Story("https://b.example/2", "OpenAI offered Jane Roe a job.");
  b.published = "2025-08-20T10:00:00Z";
  b.events[0].employer = "OpenAI";
  b.events[0].candidate = "Jane Roe";
  ASSERT_TRUE((*s)->PutArticle(b, Merged(b)).ok());
  auto since = (*s)->Events(EventQuery{"2025-08-10", ""});
  ASSERT_TRUE(since.ok());
  ASSERT_EQ(since->size(), 1u);
  EXPECT_EQ((*since)[0].employer, "OpenAI");
  auto emp = (*s)->Events(EventQuery{"", "meta platforms"});
  ASSERT_TRUE(emp.ok());
  ASSERT_EQ(emp->size(), 1u);
  EXPECT_EQ((*emp)[0].candidate, "Matt Deitke");
  // A nightly run that changed the Meta event on 2025-09-01 makes it recent.
  ASSERT_TRUE((*s)->StampEvents({Merged(a)[0].key}, "2025-09-01").ok());
  auto after = (*s)->Events(EventQuery{"2025-08-25", ""});
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].employer, "Meta Platforms");
}

TEST(Store, ReportsAnUnreachableServer) {
  auto s = Store::Open("postgresql://postgres@/hirewire?host=/nonexistent-dir");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("cannot connect to postgresql://postgres@/hirewire"), std::string::npos)
      << s.status().ToString();
}

}  // namespace
}  // namespace hirewire
