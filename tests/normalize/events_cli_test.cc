// `hirewire events` as a whole process (HIREWIRE_BINARY): seed events, syndicated copies
// merged with every source, JSONL from `extract` as input, CSV, and idempotent --db (a SQLite
// file or a postgresql:// URL on a throw-away server).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/store.h"
#include "tests/pg/pg_harness.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

std::string RunCli(const std::string& args, int* rc = nullptr) {
  std::string cmd = std::string(HIREWIRE_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
  int st = pclose(p);
  if (rc) *rc = WEXITSTATUS(st);
  return out;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  return v;
}

class EventsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hirewire_events_cli_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "pages");
    std::ifstream in(std::string(HIREWIRE_SHARED_DIR) + "/seed/article-ko-meta-hiring.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    seed_ = ss.str();
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "pages" / name, std::ios::binary) << text;
  }
  fs::path dir_;
  std::string seed_;
};

const nlohmann::json* Find(const std::vector<nlohmann::json>& evs, const std::string& candidate) {
  for (const auto& e : evs)
    if (e["candidate"] == candidate) return &e;
  return nullptr;
}

TEST_F(EventsCli, MergesASyndicatedCopyAndListsBothSources) {
  Write("a-original.txt", seed_);
  // A re-published copy: another site's credit line and a lightly edited sentence.
  std::string copy = seed_;
  size_t f = copy.find("결국 다이크는 합류했다.");
  ASSERT_NE(f, std::string::npos);
  copy.replace(f, std::string("결국 다이크는 합류했다.").size(), "결국 다이크는 메타에 합류했다.");
  copy += "\n(다른매체 제휴 기사)\n";
  Write("b-copy.txt", copy);
  int rc = -1;
  auto evs = Lines(RunCli("events --json " + (dir_ / "pages").string(), &rc));
  EXPECT_EQ(rc, 0);
  ASSERT_EQ(evs.size(), 5u);
  const nlohmann::json* e1 = Find(evs, "Matt Deitke");
  ASSERT_NE(e1, nullptr);
  EXPECT_EQ((*e1)["outcome"], "joined");
  EXPECT_EQ((*e1)["sources"].size(), 2u);
  for (const auto& e : evs) EXPECT_EQ(e["sources"].size(), 2u) << e.dump();
}

// --syntax on|off (EventOptions::syntax): the parse-based English roles switch on from the command
// line; the syntax path reads the b4 list sentence's three names, and any other value is a usage error.
TEST_F(EventsCli, SyntaxSwitch) {
  std::ifstream in(std::string(HIREWIRE_SOURCE_DIR) + "/tests/data/events-b4/en-02.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Write("en-02.txt", ss.str());
  int rc = -1;
  auto on = Lines(RunCli("events --json --syntax on " + (dir_ / "pages").string(), &rc));
  EXPECT_EQ(rc, 0);
  for (const char* name : {"Lucas Brandt", "Priya Raman", "Tomasz Wojcik"})
    EXPECT_NE(Find(on, name), nullptr) << name;
  auto off = Lines(RunCli("events --json --syntax off " + (dir_ / "pages").string(), &rc));
  EXPECT_EQ(rc, 0);
  EXPECT_EQ(off, Lines(RunCli("events --json " + (dir_ / "pages").string())));
  RunCli("events --json --syntax maybe " + (dir_ / "pages").string(), &rc);
  EXPECT_NE(rc, 0);
}

TEST_F(EventsCli, ReadsJsonLinesFromExtractAndWritesCsv) {
  Write("seed.txt", seed_);
  std::string jsonl = (dir_ / "seed.jsonl").string();
  int rc = -1;
  RunCli("extract " + (dir_ / "pages").string() + " -o " + jsonl, &rc);
  ASSERT_EQ(rc, 0);
  auto from_pages = Lines(RunCli("events --json " + (dir_ / "pages").string()));
  auto from_jsonl = Lines(RunCli("events --json " + jsonl));
  EXPECT_EQ(from_pages, from_jsonl);
  EXPECT_EQ(from_jsonl.size(), 5u);
  std::string csv = RunCli("events --csv " + jsonl);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "type,employer,candidate,candidate_kind,candidate_count,previous_employer,role,team,outcome,"
            "timeline,offers,reported_by,sources,confidence");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
}

TEST_F(EventsCli, WritingTheDatabaseTwiceChangesNothing) {
  Write("a-original.txt", seed_);
  std::string db = (dir_ / "events.db").string();
  int rc = -1;
  RunCli("events " + (dir_ / "pages").string() + " --db " + db, &rc);
  ASSERT_EQ(rc, 0);
  Store::Counts first, second;
  {
    auto s = Store::Open(db);
    ASSERT_TRUE(s.ok());
    first = *(*s)->Count();
  }
  RunCli("events " + (dir_ / "pages").string() + " --db " + db, &rc);
  ASSERT_EQ(rc, 0);
  {
    auto s = Store::Open(db);
    ASSERT_TRUE(s.ok());
    second = *(*s)->Count();
  }
  EXPECT_EQ(first, second);
  EXPECT_EQ(first.articles, 1);
  EXPECT_EQ(first.events, 5);
  // A re-published copy adds sources, not events.
  // (A leading "[" would make the file read as JSON.)
  Write("b-copy.txt", "(제휴) " + seed_);
  RunCli("events " + (dir_ / "pages").string() + " --db " + db, &rc);
  auto s = Store::Open(db);
  ASSERT_TRUE(s.ok());
  Store::Counts third = *(*s)->Count();
  EXPECT_EQ(third.articles, 2);
  EXPECT_EQ(third.events, 5);
  EXPECT_EQ(third.event_sources, 10);
}

// The stored events of `events --db`, and of `extract --db` over the same pages, are exactly
// the merged events `events --json` prints (one ledger owns merging).
TEST_F(EventsCli, DatabaseAndJsonAgree) {
  Write("a-original.txt", seed_);
  std::string copy = seed_;
  size_t f = copy.find("결국 다이크는 합류했다.");
  ASSERT_NE(f, std::string::npos);
  copy.replace(f, std::string("결국 다이크는 합류했다.").size(), "결국 다이크는 메타에 합류했다.");
  Write("b-copy.txt", copy + "\n(다른매체 제휴 기사)\n");
  std::string events_db = (dir_ / "events.db").string(), extract_db = (dir_ / "extract.db").string();
  int rc = -1;
  auto json = Lines(RunCli("events --json --db " + events_db + " " + (dir_ / "pages").string(), &rc));
  ASSERT_EQ(rc, 0);
  RunCli(
      "extract --db " + extract_db + " -o " + (dir_ / "x.jsonl").string() + " " + (dir_ / "pages").string(),
      &rc);
  ASSERT_EQ(rc, 0);
  ASSERT_EQ(json.size(), 5u);
  for (const std::string& db : {events_db, extract_db}) {
    SCOPED_TRACE(db);
    auto s = Store::Open(db);
    ASSERT_TRUE(s.ok());
    auto stored = (*s)->Events();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), json.size());
    int with_spellings = 0;
    for (size_t i = 0; i < json.size(); ++i) {
      const Event& e = (*stored)[i];
      const nlohmann::json& j = json[i];
      EXPECT_EQ(EventTypeName(e.type), j["type"].get<std::string>());
      EXPECT_EQ(OutcomeName(e.outcome), j["outcome"].get<std::string>());
      EXPECT_EQ(e.employer, j["employer"].get<std::string>());
      EXPECT_EQ(e.candidate, j["candidate"].get<std::string>());
      EXPECT_EQ(e.previous_employer,
                j["previous_employer"].is_null() ? "" : j["previous_employer"].get<std::string>());
      EXPECT_EQ(e.timeline, j["timeline"].get<std::vector<std::string>>());
      EXPECT_EQ(e.sources, j["sources"].get<std::vector<std::string>>());
      // The article's own spellings ("메타" beside Meta Platforms) survive the store too.
      auto spellings = [&](const char* k) {
        return j.contains(k) ? j[k].get<std::vector<std::string>>() : std::vector<std::string>{};
      };
      EXPECT_EQ(e.employer_aliases, spellings("employer_aliases"));
      EXPECT_EQ(e.previous_employer_aliases, spellings("previous_employer_aliases"));
      with_spellings += !e.employer_aliases.empty() && !e.previous_employer_aliases.empty();
      EXPECT_DOUBLE_EQ(e.confidence, j["confidence"].get<double>());
      ASSERT_EQ(e.offers.size(), j["offers"].size());
      for (size_t k = 0; k < e.offers.size(); ++k) {
        EXPECT_EQ(e.offers[k].value,
                  j["offers"][k]["value"].is_null() ? "" : j["offers"][k]["value"].get<std::string>());
        EXPECT_EQ(e.offers[k].response,
                  j["offers"][k]["response"].is_null() ? "" : j["offers"][k]["response"].get<std::string>());
      }
    }
    EXPECT_GE(with_spellings, 2);  // the seed names 애플, 오픈AI ... beside their English names
  }
}

// `--db postgresql://...` stores what `--db FILE` stores, for `events` and for `extract`.
TEST_F(EventsCli, PostgresDatabaseHoldsWhatTheSqliteFileHolds) {
  Write("a-original.txt", seed_);
  Write("b-copy.txt", "[제휴] " + seed_);
  auto server = testing::TestPostgres::Get();
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  for (const std::string cmd : {"events", "extract"}) {
    auto url = (*server)->NewDatabase("events_cli_" + cmd);
    ASSERT_TRUE(url.ok()) << url.status().ToString();
    std::string file = (dir_ / (cmd + ".db")).string();
    int rc = -1;
    // Twice into each: the second run meets the stored events in both.
    for (int i = 0; i < 2; ++i) {
      RunCli(cmd + " " + (dir_ / "pages").string() + " --db " + file + " >/dev/null", &rc);
      ASSERT_EQ(rc, 0) << cmd;
      RunCli(cmd + " " + (dir_ / "pages").string() + " --db '" + *url + "' >/dev/null", &rc);
      ASSERT_EQ(rc, 0) << cmd;
    }
    auto lite = Store::Open(file);
    auto pg = Store::Open(*url);
    ASSERT_TRUE(lite.ok() && pg.ok());
    Store::Counts want = *(*lite)->Count();
    EXPECT_EQ(*(*pg)->Count(), want) << cmd;
    EXPECT_GT(want.articles, 0) << cmd;
    EXPECT_GT(want.events, 0) << cmd;
    std::vector<std::string> ka, kb;
    std::vector<Event> a = *(*lite)->Events(&ka), b = *(*pg)->Events(&kb);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_EQ(ka, kb) << cmd;
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i], b[i]) << cmd << " event " << i;
  }
}

}  // namespace
}  // namespace hirewire
