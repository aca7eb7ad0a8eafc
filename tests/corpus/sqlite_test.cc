#include "corpus/sqlite.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace hirewire::sqlite {
namespace {

namespace fs = std::filesystem;

class SqliteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hw_sqlite_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Database> OpenOrDie(const std::string& name, OpenOptions opts = {}) {
    auto db = Database::Open((dir_ / name).string(), opts);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(*db) : nullptr;
  }

  fs::path dir_;
};

TEST_F(SqliteTest, BindsAndReadsEveryType) {
  auto db = OpenOrDie("types.db");
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)").ok());
  auto ins = db->Prepare("INSERT INTO t VALUES(?,?,?,?,?)");
  ASSERT_TRUE(ins.ok()) << ins.status().ToString();
  const std::string blob("a\0b\xff", 4);
  const std::string text = "김민수 \xE2\x82\xA9";
  ins->Bind(int64_t{1} << 40).Bind(0.25).Bind(text).BindBlob(blob).BindNull();
  ASSERT_TRUE(ins->Run("insert").ok());
  EXPECT_EQ(db->Changes(), 1);
  EXPECT_EQ(db->LastInsertRowId(), 1);
  // The same statement again, after Reset: binding restarts at parameter 1.
  ins->Reset().Bind(7).Bind(1.5).Bind(std::string_view("x")).BindBlob("").Bind(true);
  ASSERT_TRUE(ins->Run("insert").ok());
  EXPECT_EQ(db->LastInsertRowId(), 2);

  auto q = db->Prepare("SELECT i, r, s, b, n FROM t ORDER BY rowid");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(q->Next());
  EXPECT_EQ(q->Int(0), int64_t{1} << 40);
  EXPECT_EQ(q->Real(1), 0.25);
  EXPECT_EQ(q->Text(2), text);
  EXPECT_EQ(q->Blob(3), blob);
  EXPECT_TRUE(q->IsNull(4));
  EXPECT_EQ(q->Text(4), "");
  ASSERT_TRUE(q->Next());
  EXPECT_EQ(q->Int(0), 7);
  EXPECT_EQ(q->Text(2), "x");
  EXPECT_FALSE(q->IsNull(4));
  EXPECT_EQ(q->Int(4), 1);
  EXPECT_FALSE(q->Next());
  EXPECT_TRUE(q->status().ok());
}

TEST_F(SqliteTest, ErrorsNameTheLabelTheStepAndTheReason) {
  auto db = OpenOrDie("errors.db", {.label = "store"});
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec("CREATE TABLE t(k TEXT PRIMARY KEY)").ok());
  auto bad = db->Prepare("SELECT nope FROM t");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("store: prepare SELECT nope FROM t: no such column: nope"),
            std::string::npos)
      << bad.status().message();

  auto ins = db->Prepare("INSERT INTO t VALUES(?)");
  ASSERT_TRUE(ins.ok());
  ins->Bind("a");
  ASSERT_TRUE(ins->Run("insert key").ok());
  ins->Reset().Bind("a");
  Status st = ins->Run("insert key");
  EXPECT_EQ(st.code(), StatusCode::kIoError);
  EXPECT_NE(st.message().find("store: insert key: UNIQUE constraint failed: t.k"), std::string::npos)
      << st.message();
  // Still usable after the error.
  ins->Reset().Bind("b");
  EXPECT_TRUE(ins->Run("insert key").ok());

  Status ex = db->Exec("INSERT INTO missing VALUES(1)");
  EXPECT_NE(ex.message().find("store: no such table: missing"), std::string::npos) << ex.message();
}

TEST_F(SqliteTest, RollbackUndoesTheTransactionAndReturnsTheCause) {
  auto db = OpenOrDie("tx.db");
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec("CREATE TABLE t(v INTEGER)").ok());
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t VALUES(1)").ok());
  ASSERT_TRUE(db->Commit().ok());
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t VALUES(2)").ok());
  Status cause = Status::Corrupt("why");
  EXPECT_EQ(db->Rollback(cause), cause);
  auto q = db->Prepare("SELECT COUNT(*), SUM(v) FROM t");
  ASSERT_TRUE(q.ok() && q->Next());
  EXPECT_EQ(q->Int(0), 1);
  EXPECT_EQ(q->Int(1), 1);
  // A second Begin after the rollback works (no transaction left open).
  EXPECT_TRUE(db->Begin().ok());
  EXPECT_TRUE(db->Commit().ok());
}

TEST_F(SqliteTest, CachedStatementsAreReusedAndReset) {
  auto db = OpenOrDie("cache.db");
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->Exec("CREATE TABLE t(v INTEGER)").ok());
  static const char* const kInsert = "INSERT INTO t VALUES(?)";
  Statement* first = nullptr;
  for (int i = 0; i < 5; ++i) {
    auto s = db->Cached(kInsert);
    ASSERT_TRUE(s.ok());
    if (!first) first = *s;
    EXPECT_EQ(*s, first);
    (*s)->Bind(i);
    ASSERT_TRUE((*s)->Run("insert").ok());
  }
  auto sum = db->Cached("SELECT SUM(v), COUNT(*) FROM t");
  ASSERT_TRUE(sum.ok() && (*sum)->Next());
  EXPECT_EQ((*sum)->Int(0), 0 + 1 + 2 + 3 + 4);
  EXPECT_EQ((*sum)->Int(1), 5);
  EXPECT_FALSE(db->Cached("SELEKT 1").ok());
}

TEST_F(SqliteTest, OpensInWalModeAndSeesOtherConnectionsWrites) {
  auto a = OpenOrDie("wal.db");
  ASSERT_TRUE(a);
  {
    auto mode = a->Prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok() && mode->Next());
    EXPECT_EQ(mode->Text(0), "wal");
  }  // a statement left mid-rows would hold back a's commits
  ASSERT_TRUE(a->Exec("CREATE TABLE t(v INTEGER)").ok());
  auto b = OpenOrDie("wal.db");
  ASSERT_TRUE(b);
  ASSERT_TRUE(a->Exec("INSERT INTO t VALUES(42)").ok());
  auto q = b->Prepare("SELECT v FROM t");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  ASSERT_TRUE(q->Next());
  EXPECT_EQ(q->Int(0), 42);
}

TEST_F(SqliteTest, OpenFailuresNameThePathAndTheReason) {
  const std::string missing = (dir_ / "no" / "such" / "dir" / "x.db").string();
  auto m = Database::Open(missing, {.label = "store"});
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kIoError);
  EXPECT_NE(m.status().message().find("store: cannot open " + missing + ": unable to open database file"),
            std::string::npos)
      << m.status().message();

  auto n = Database::Open((dir_ / "absent.db").string(), {.create = false});
  EXPECT_FALSE(n.ok());
  EXPECT_FALSE(fs::exists(dir_ / "absent.db"));

  const std::string text = (dir_ / "not-a-db.txt").string();
  std::ofstream(text) << std::string(4096, 'x');
  auto t = Database::Open(text, {.label = "crawl state"});
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("crawl state: cannot open " + text + ": "), std::string::npos)
      << t.status().message();
  EXPECT_NE(t.status().message().find("not a database"), std::string::npos) << t.status().message();
}

}  // namespace
}  // namespace hirewire::sqlite
