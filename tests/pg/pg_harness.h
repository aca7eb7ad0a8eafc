// A throw-away PostgreSQL server for a test process: started on first use by
// tests/pg/pg_tmp.sh (initdb + pg_ctl in a temp folder, unix socket only), stopped when the
// tests end (a gtest environment tears it down). Each test takes a fresh database.
//
// Thread-safety: call from the test thread only.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <string>

#include "corpus/pg.h"
#include "corpus/status.h"

namespace hirewire::testing {

class TestPostgres {
 public:
  // The server of this process, started on the first call. Not ok() when PostgreSQL cannot
  // start (the status names the reason).
  static Result<TestPostgres*> Get() {
    static TestPostgres* server = nullptr;
    static Status failed;
    if (server) return server;
    if (!failed.ok()) return failed;
    std::string out;
    // The watchdog (our pid) stops the server even when this process is killed.
    std::string cmd = std::string(HIREWIRE_SOURCE_DIR) + "/tests/pg/pg_tmp.sh start " +
                      std::to_string(::getpid()) + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return failed = Status::Unavailable("cannot run " + cmd);
    char buf[512];
    while (fgets(buf, sizeof(buf), p)) out += buf;
    int rc = pclose(p);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    size_t sp = out.find(' ');
    if (rc != 0 || sp == std::string::npos) return failed = Status::Unavailable("pg_tmp.sh start: " + out);
    server = new TestPostgres(out.substr(0, sp), out.substr(sp + 1));
    return server;
  }

  // Stops the server (idempotent); called by the environment below.
  static void StopIfStarted() {
    auto s = Started();
    if (!s || s->dir_.empty()) return;
    std::string cmd = std::string(HIREWIRE_SOURCE_DIR) + "/tests/pg/pg_tmp.sh stop " + s->dir_;
    if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "pg_harness: %s failed\n", cmd.c_str());
    s->dir_.clear();
  }

  // URL of the server's `postgres` database.
  const std::string& admin_url() const { return url_; }
  // Socket folder (the server runs there until the tests end).
  const std::string& dir() const { return dir_; }

  // A fresh database for the running gtest test, "<prefix>_<test name in lower case>", on the
  // server of this process (started when needed); returns its URL.
  static Result<std::string> DatabaseForThisTest(const std::string& prefix) {
    auto server = Get();
    if (!server.ok()) return server.status();
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return (*server)->NewDatabase(prefix + "_" + name);
  }

  // Creates an empty database `name` (dropping an older one) and returns its URL.
  Result<std::string> NewDatabase(const std::string& name) {
    auto c = pg::Conn::Open(url_);
    if (!c.ok()) return c.status();
    HW_RETURN_IF_ERROR((*c)->Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    HW_RETURN_IF_ERROR((*c)->Exec("CREATE DATABASE " + name));
    return "postgresql://postgres@/" + name + "?host=" + dir_;
  }

 private:
  TestPostgres(std::string dir, std::string url) : dir_(std::move(dir)), url_(std::move(url)) {
    Started() = this;
  }
  static TestPostgres*& Started() {
    static TestPostgres* s = nullptr;
    return s;
  }
  std::string dir_, url_;
};

class TestPostgresEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { TestPostgres::StopIfStarted(); }
};

inline ::testing::Environment* const kTestPostgresEnvironment =
    ::testing::AddGlobalTestEnvironment(new TestPostgresEnvironment);

}  // namespace hirewire::testing
