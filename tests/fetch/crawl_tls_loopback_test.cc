// The crawler over HTTPS and HTTP/2 against a real HTTP/2 server on loopback: nghttpd (Debian
// package nghttp2-server, installed by scripts/setup.sh) with a throw-away self-signed
// certificate made by the openssl command line, trusted through `hirewire crawl --ca-file`.
// Checks ALPN picked HTTP/2, robots.txt is obeyed, the WARC is valid (independent checker) and
// records the HTTP/2 exchanges, an untrusted certificate is a TLS error that loses nothing else,
// and `hirewire extract` reads the WARC back.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "tests/fetch/crawl_warc_check.h"

extern char** environ;

namespace hirewire::fetch {
namespace {

namespace fs = std::filesystem;

std::string Shell(const std::string& cmd, int* rc) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) {
    *rc = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int st = pclose(p);
  *rc = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

void Write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

bool Accepts(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

class TlsCrawl : public ::testing::Test {
 protected:
  void SetUp() override {
    int rc = 0;
    Shell("command -v nghttpd openssl", &rc);
    ASSERT_EQ(rc, 0) << "needs nghttpd (nghttp2-server) and openssl: run scripts/setup.sh";
    dir_ = fs::temp_directory_path() / ("hirewire-tls-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "www");
    Shell(
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=news.test -addext "
        "subjectAltName=DNS:news.test -keyout " +
            (dir_ / "key.pem").string() + " -out " + (dir_ / "cert.pem").string() + " 2>&1",
        &rc);
    ASSERT_EQ(rc, 0) << "openssl could not make a certificate";
    Write(dir_ / "www/robots.txt", "User-agent: *\nDisallow: /private/\n");
    Write(dir_ / "www/index.html",
          "<html><head><title>Front page</title></head><body>"
          "<a href=\"/news/a.html\">A</a> <a href=\"/news/b.html\">B</a> "
          "<a href=\"/private/c.html\">C</a></body></html>");
    auto story = [](const std::string& title, const std::string& body) {
      return "<html><head><title>" + title + "</title><meta charset=\"utf-8\"></head><body><article><h1>" +
             title + "</h1><p>" + body + "</p></article></body></html>";
    };
    Write(dir_ / "www/news/a.html", story("Lab hires researcher",
                                          "Nebula Labs offered the researcher $100 million over four "
                                          "years, according to people familiar with the talks."));
    Write(dir_ / "www/news/b.html",
          story("넥슨, 개발 총괄 영입", "넥슨은 개발 총괄에게 연봉 200만 달러(약 27억원)를 제시했다."));
    Write(dir_ / "www/private/c.html", "secret");
    port_ = FreePort();
    const std::string port = std::to_string(port_);
    const std::string www = (dir_ / "www").string(), key = (dir_ / "key.pem").string(),
                      cert = (dir_ / "cert.pem").string();
    std::vector<std::string> args = {"nghttpd", "-d", www, port, key, cert};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    ASSERT_EQ(posix_spawnp(&server_, "nghttpd", &fa, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&fa);
    for (int i = 0; i < 100 && !Accepts(port_); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ASSERT_TRUE(Accepts(port_)) << "nghttpd did not start";
  }
  void TearDown() override {
    if (server_ > 0) {
      kill(server_, SIGTERM);
      waitpid(server_, nullptr, 0);
    }
    fs::remove_all(dir_);
  }
  // Runs `hirewire crawl` on the site; returns the JSON summary.
  nlohmann::json Crawl(const std::string& out, const std::string& extra, int* rc) {
    const std::string cmd = std::string(HIREWIRE_BINARY) +
                            " crawl --seed https://news.test:" + std::to_string(port_) +
                            "/ --resolve news.test:" + std::to_string(port_) + ":127.0.0.1 --out " +
                            (dir_ / out).string() + " --state " + (dir_ / (out + ".db")).string() +
                            " --follow-links --delay 0 --quiet --timeout 10 " + extra + " 2>/dev/null";
    std::string s = Shell(cmd, rc);
    return nlohmann::json::parse(s, nullptr, false);
  }
  fs::path dir_;
  int port_ = 0;
  pid_t server_ = -1;
};

TEST_F(TlsCrawl, FetchesOverHttp2WithAPrivateCaAndWritesAValidWarc) {
  int rc = 0;
  nlohmann::json sum = Crawl("warc", "--ca-file " + (dir_ / "cert.pem").string(), &rc);
  ASSERT_FALSE(sum.is_discarded());
  EXPECT_EQ(rc, 0) << sum.dump();
  EXPECT_EQ(sum["stored"], 3) << sum.dump();      // front page and two stories
  EXPECT_EQ(sum["disallowed"], 1) << sum.dump();  // /private/ by robots.txt
  EXPECT_EQ(sum["error_count"], 0) << sum.dump();
  ASSERT_EQ(sum["warc_files"].size(), 1u);
  const fs::path warc = dir_ / "warc" / sum["warc_files"][0].get<std::string>();
  testing::WarcCheck check = testing::CheckWarcFile(warc.string());
  for (const std::string& e : check.errors) ADD_FAILURE() << e;
  int responses = 0;
  for (const auto& r : check.records) {
    if (r.type != "response") continue;
    ++responses;
    EXPECT_EQ(r.http_status, 200) << r.uri;
    EXPECT_EQ(r.status_line.rfind("HTTP/2", 0), 0u) << r.uri << ": " << r.status_line;
    EXPECT_EQ(r.uri.rfind("https://news.test:", 0), 0u) << r.uri;
  }
  EXPECT_EQ(responses, 3);

  // The stories come back out of the WARC with their money.
  std::string out = Shell(std::string(HIREWIRE_BINARY) + " extract " + warc.string() + " 2>/dev/null", &rc);
  EXPECT_EQ(rc, 0);
  int stories = 0, with_money = 0;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string::npos) nl = out.size();
    nlohmann::json a = nlohmann::json::parse(out.substr(pos, nl - pos), nullptr, false);
    pos = nl + 1;
    if (a.is_discarded() || a["url"].get<std::string>().find("/news/") == std::string::npos) continue;
    ++stories;
    if (!a["money"].empty()) ++with_money;
  }
  EXPECT_EQ(stories, 2);
  EXPECT_EQ(with_money, 2);
}

TEST_F(TlsCrawl, AnUntrustedCertificateIsATlsErrorAndNothingIsStored) {
  int rc = 0;
  // The system store does not know the test CA. One attempt per URL keeps the test short.
  Write(dir_ / "retry.toml", "[retry]\nmax_attempts = 1\n");
  nlohmann::json sum = Crawl("untrusted", "--config " + (dir_ / "retry.toml").string(), &rc);
  ASSERT_FALSE(sum.is_discarded());
  EXPECT_EQ(sum["stored"], 0) << sum.dump();
  EXPECT_EQ(sum["fetched"], 0) << sum.dump();
  // robots.txt cannot be read over a connection that fails verification: the site is not
  // crawled (nothing fetched without robots) and its seed stays queued for the next run.
  EXPECT_GE(sum["errors"].value("robots_tls", 0), 1) << sum.dump();
  EXPECT_GE(sum["queued_left"].get<int>(), 1) << sum.dump();
}

}  // namespace
}  // namespace hirewire::fetch
