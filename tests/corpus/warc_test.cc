// WARC writer: every record's lengths and digests are recomputed by an independent checker,
// CDXJ offsets point at the right gzip members, torn tails are cut off, and the lead's reader
// (what `hirewire extract` uses) turns our responses back into the original bodies.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "corpus/warc_reader.h"
#include "corpus/warc_writer.h"
#include "tests/fetch/crawl_warc_check.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

class WarcWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hw_warc_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> WarcFiles() const {
    std::vector<std::string> v;
    for (const auto& e : fs::directory_iterator(dir_))
      if (e.path().string().ends_with(".warc.gz")) v.push_back(e.path().string());
    std::sort(v.begin(), v.end());
    return v;
  }

  fs::path dir_;
};

WarcCapture Capture(const std::string& url, const std::string& body, const std::string& extra_headers = "") {
  WarcCapture c;
  c.target_uri = url;
  c.ip_address = "127.0.0.1";
  c.capture_start_ms = 1764306340123;
  c.request_head = "GET /x HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test\r\n\r\n";
  c.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra_headers + "\r\n";
  c.body = body;
  return c;
}

TEST(WarcDigest, MatchesKnownSha1Base32) {
  // sha1("") = da39a3ee5e6b4b0d3255bfef95601890afd80709
  EXPECT_EQ(WarcSha1Digest(""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  EXPECT_EQ(WarcSha1Digest("abc"), "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

TEST(WarcDate, FormatsUtcSeconds) { EXPECT_EQ(WarcDate(1764306340123), "2025-11-28T05:05:40Z"); }

TEST(SurtKey, ReversesHostAndDropsWww) {
  EXPECT_EQ(SurtKey("https://www.Example.com/A?b=1#frag"), "com,example)/a?b=1");
  EXPECT_EQ(SurtKey("http://news.example.co.kr:8080/"), "kr,co,example,news:8080)/");
}

TEST_F(WarcWriterTest, WritesValidRecordsAndCdxj) {
  WarcWriterOptions o;
  o.dir = dir_.string();
  o.user_agent = "hirewire-test (+https://example.com/bot)";
  auto w = WarcWriter::Create(o, 0, 1764306340000);
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  std::string big(300000, 'x');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>('a' + (i * 7919) % 26);
  auto r1 = (*w)->Write(Capture("https://example.com/a", "<html>hello</html>"));
  ASSERT_TRUE(r1.ok());
  // Headers that would lie about the decoded body are renamed.
  auto r2 = (*w)->Write(
      Capture("https://example.com/b", big,
              "Content-Encoding: gzip\r\nContent-Length: 1234\r\nTransfer-Encoding: chunked\r\n"));
  ASSERT_TRUE(r2.ok());
  WarcCapture trunc = Capture("https://example.com/c", std::string(1000, 'z'));
  trunc.truncated = "length";
  ASSERT_TRUE((*w)->Write(trunc).ok());
  WarcCapture rv = Capture("https://example.com/a", "");
  rv.kind = WarcCapture::Kind::kRevisitNotModified;
  rv.response_head = "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n";
  rv.refers_to_date = r1->warc_date;
  rv.refers_to_record_id = r1->record_id;
  rv.refers_to_digest = r1->payload_digest;
  ASSERT_TRUE((*w)->Write(rv).ok());
  ASSERT_TRUE((*w)->Close().ok());

  auto files = WarcFiles();
  ASSERT_EQ(files.size(), 1u);
  auto check = testing::CheckWarcFile(files[0]);
  EXPECT_TRUE(check.errors.empty()) << check.errors[0];
  ASSERT_EQ(check.records.size(), 9u);  // warcinfo + 4 x (response|revisit, request)
  EXPECT_EQ(check.records[1].type, "response");
  EXPECT_EQ(check.records[2].type, "request");
  EXPECT_EQ(check.records[2].concurrent, check.records[1].id);
  EXPECT_EQ(check.records[5].truncated, "length");
  EXPECT_EQ(check.records[7].type, "revisit");
  EXPECT_EQ(check.records[7].http_status, 304);
  EXPECT_EQ(check.records[3].payload, big);

  // The reader used by `hirewire extract` returns the bodies, and skips the revisit.
  auto reader = WarcReader::Open(files[0]);
  ASSERT_TRUE(reader.ok());
  WarcRecord rec;
  std::vector<std::string> bodies;
  while (true) {
    auto more = (*reader)->Next(&rec);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    if (!*more) break;
    auto page = PageFromWarcRecord(rec, files[0]);
    if (page.ok()) bodies.push_back(page->body);
  }
  ASSERT_EQ(bodies.size(), 3u);
  EXPECT_EQ(bodies[0], "<html>hello</html>");
  EXPECT_EQ(bodies[1], big);
}

TEST_F(WarcWriterTest, RotatesAtTheSizeLimit) {
  WarcWriterOptions o;
  o.dir = dir_.string();
  o.max_file_bytes = 4000;
  o.gzip_level = 0;  // stored: sizes are predictable
  auto w = WarcWriter::Create(o, 0, 1764306340000);
  ASSERT_TRUE(w.ok());
  std::vector<std::string> opened;
  (*w)->SetOnNewFile([&](const std::string& f) {
    opened.push_back(f);
    return Status::Ok();
  });
  for (int i = 0; i < 10; ++i)
    ASSERT_TRUE(
        (*w)->Write(Capture("https://example.com/" + std::to_string(i), std::string(1500, 'q'))).ok());
  ASSERT_TRUE((*w)->Close().ok());
  auto files = WarcFiles();
  EXPECT_GE(files.size(), 4u);
  EXPECT_EQ(opened.size() + 1, files.size());
  size_t responses = 0;
  for (const auto& f : files) {
    auto check = testing::CheckWarcFile(f);
    EXPECT_TRUE(check.errors.empty()) << f << ": " << check.errors[0];
    for (const auto& r : check.records) responses += r.type == "response";
  }
  EXPECT_EQ(responses, 10u);
}

TEST_F(WarcWriterTest, RecoveryCutsATornTailAtEveryByte) {
  WarcWriterOptions o;
  o.dir = dir_.string();
  auto w = WarcWriter::Create(o, 0, 1764306340000);
  ASSERT_TRUE(w.ok());
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(
        (*w)->Write(Capture("https://example.com/" + std::to_string(i), "body " + std::to_string(i))).ok());
  ASSERT_TRUE((*w)->Close().ok());
  std::string path = WarcFiles()[0];
  std::ifstream f(path, std::ios::binary);
  std::string full((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  auto check = testing::CheckWarcFile(path);
  ASSERT_EQ(check.records.size(), 7u);
  std::mt19937 rng(42);
  for (int trial = 0; trial < 60; ++trial) {
    size_t cut = std::uniform_int_distribution<size_t>(check.records[1].offset, full.size() - 1)(rng);
    {
      std::ofstream o2(path, std::ios::binary | std::ios::trunc);
      o2.write(full.data(), static_cast<std::streamsize>(cut));
      o2 << "garbage";  // a torn write may also leave junk
    }
    std::vector<WarcMemberInfo> members;
    uint64_t removed = 0;
    Status st = RecoverWarcFile(
        path, 0, true,
        [&](const WarcMemberInfo& m) {
          members.push_back(m);
          return true;
        },
        &removed);
    ASSERT_TRUE(st.ok()) << st.ToString();
    // Exactly the members that were complete before the cut survive.
    size_t expect = 0;
    for (const auto& r : check.records)
      if (r.offset + r.length <= cut) ++expect;
    EXPECT_EQ(members.size(), expect) << "cut at " << cut;
    EXPECT_EQ(fs::file_size(path), members.empty() ? 0 : members.back().offset + members.back().length);
    auto again = testing::CheckWarcFile(path);
    for (const auto& e : again.errors) EXPECT_EQ(e.find("torn"), std::string::npos) << e;
  }
}

// A crawler may refuse captures it can no longer commit (their host went to another worker while
// it was down): the file is cut right before the first refused record, the rest goes with it,
// and the file and its CDXJ index hold only what came before.
TEST_F(WarcWriterTest, RecoveryCutsBeforeARefusedRecord) {
  WarcWriterOptions o;
  o.dir = dir_.string();
  auto w = WarcWriter::Create(o, 0, 1764306340000);
  ASSERT_TRUE(w.ok());
  for (int i = 0; i < 4; ++i)
    ASSERT_TRUE(
        (*w)->Write(Capture("https://example.com/" + std::to_string(i), "body " + std::to_string(i))).ok());
  ASSERT_TRUE((*w)->Close().ok());
  const std::string path = WarcFiles()[0];
  std::vector<std::string> seen;
  uint64_t refused_at = 0, removed = 0;
  Status st = RecoverWarcFile(
      path, 0, true,
      [&](const WarcMemberInfo& m) {
        if (m.type != "response") return true;
        seen.push_back(m.target_uri);
        if (m.target_uri != "https://example.com/2") return true;
        refused_at = m.offset;
        return false;
      },
      &removed);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(seen, (std::vector<std::string>{"https://example.com/0", "https://example.com/1",
                                            "https://example.com/2"}));
  ASSERT_GT(refused_at, 0u);
  EXPECT_EQ(fs::file_size(path), refused_at);
  EXPECT_GT(removed, 0u);
  auto check = testing::CheckWarcFile(path);
  EXPECT_TRUE(check.errors.empty()) << check.errors[0];
  size_t responses = 0;
  for (const auto& r : check.records) responses += r.type == "response";
  EXPECT_EQ(responses, 2u);
  std::ifstream cdxj(path.substr(0, path.size() - std::string(".warc.gz").size()) + ".cdxj");
  std::string index((std::istreambuf_iterator<char>(cdxj)), std::istreambuf_iterator<char>());
  EXPECT_NE(index.find("example.com/1"), std::string::npos);
  EXPECT_EQ(index.find("example.com/2"), std::string::npos);
  EXPECT_EQ(index.find("example.com/3"), std::string::npos);
}

}  // namespace
TEST_F(WarcWriterTest, OpenRangeReadsOnlyTheMembersInTheRange) {
  WarcWriterOptions o;
  o.dir = dir_.string();
  auto w = WarcWriter::Create(o, 0, 1764306340000);
  ASSERT_TRUE(w.ok());
  std::vector<WarcWriteResult> written;
  for (int i = 0; i < 4; ++i) {
    auto r = (*w)->Write(Capture("https://example.com/" + std::to_string(i), "body " + std::to_string(i)));
    ASSERT_TRUE(r.ok());
    written.push_back(*r);
  }
  // A record being written past the range (a torn tail) is never read.
  ASSERT_TRUE((*w)->Close().ok());
  std::string path = WarcFiles()[0];
  { std::ofstream(path, std::ios::binary | std::ios::app) << "\x1f\x8b torn"; }
  auto urls = [&](uint64_t from, uint64_t to) {
    std::vector<std::string> got;
    auto r = WarcReader::OpenRange(path, from, to);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok()) return got;
    WarcRecord rec;
    while (true) {
      auto more = (*r)->Next(&rec);
      EXPECT_TRUE(more.ok()) << more.status().ToString();
      if (!more.ok() || !*more) break;
      if (rec.Type() == "response") got.push_back(rec.TargetUri());
    }
    return got;
  };
  // Captures 1 and 2: from the first member of capture 1 to the end of capture 2's records.
  EXPECT_EQ(urls(written[1].offset, written[2].end_offset),
            (std::vector<std::string>{"https://example.com/1", "https://example.com/2"}));
  EXPECT_EQ(urls(0, written[3].end_offset).size(), 4u);
  EXPECT_TRUE(urls(written[3].end_offset, written[3].end_offset).empty());
  // A range that ends inside a member is a torn record, reported as such.
  auto torn = WarcReader::OpenRange(path, written[1].offset, written[1].offset + 20);
  ASSERT_TRUE(torn.ok());
  WarcRecord rec;
  auto more = (*torn)->Next(&rec);
  EXPECT_FALSE(more.ok() && *more);
  EXPECT_FALSE(WarcReader::OpenRange(path + ".missing", 0, 10).ok());
}

}  // namespace hirewire
