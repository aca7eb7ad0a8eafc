#include "fetch/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace hirewire::fetch {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("hirewire-config-test-" + std::to_string(::getpid()) + ".toml");
  }
  void TearDown() override { fs::remove(path_); }
  // LoadCrawlConfig + ValidateCrawlConfig on `toml`: "" when fine, else the message.
  std::string Check(const std::string& toml) {
    std::ofstream(path_) << toml;
    auto c = LoadCrawlConfig(path_.string());
    if (!c.ok()) return c.status().message();
    Status v = ValidateCrawlConfig(*c);
    return v.ok() ? "" : v.message();
  }
  fs::path path_;
};

constexpr const char* kSite = "[[sites]]\nseeds = [\"https://news.test/\"]\n";

TEST_F(ConfigTest, TheDocumentedExampleIsValid) {
  auto c = LoadCrawlConfig(std::string(HIREWIRE_SOURCE_DIR) + "/docs/crawl.example.toml");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(ValidateCrawlConfig(*c).ok());
  EXPECT_EQ(c->sites.size(), 2u);
  EXPECT_EQ(c->max_age_days, 7);
}

TEST_F(ConfigTest, MisspelledSectionsAndKeysAreNamedWithTheirLine) {
  EXPECT_EQ(Check(std::string("[politness]\ndelay = 1\n") + kSite),
            path_.string() + ":1: unknown section [politness] (did you mean [politeness]?)");
  EXPECT_EQ(Check(std::string("[politeness]\ndelai = 1\n") + kSite),
            path_.string() + ":2: unknown key 'delai' in [politeness] (did you mean 'delay'?)");
  EXPECT_EQ(Check(std::string("delay = 1\n") + kSite),
            path_.string() + ":1: unknown key 'delay' (it belongs in [politeness])");
  EXPECT_EQ(Check("[[sites]]\nseed = [\"https://news.test/\"]\n"),
            path_.string() + ":2: unknown key 'seed' in [sites] (did you mean 'seeds'?)");
  EXPECT_EQ(Check(std::string("[warc]\nzebra = 1\n") + kSite),
            path_.string() + ":2: unknown key 'zebra' in [warc]");
}

TEST_F(ConfigTest, ValuesOfTheWrongTypeAreErrors) {
  EXPECT_EQ(Check(std::string("[politeness]\ndelay = \"fast\"\n") + kSite),
            path_.string() + ":2: delay must be a number, not a string");
  EXPECT_EQ(Check(std::string("[links]\nfollow = \"yes\"\n") + kSite),
            path_.string() + ":2: follow must be true or false, not a string");
  EXPECT_EQ(Check("[[sites]]\nseeds = [1, 2]\n"),
            path_.string() + ":2: seeds must hold strings, not an integer");
  EXPECT_EQ(Check(std::string("politeness = 3\n") + kSite),
            path_.string() + ":1: politeness must be a section ([politeness]), not an integer");
  // Integers are fine where numbers are wanted.
  EXPECT_EQ(Check(std::string("[politeness]\ndelay = 2\n") + kSite), "");
}

TEST_F(ConfigTest, IntegerSettingsOfEveryWidthAreRead) {
  std::ofstream(path_)
      << "[politeness]\nconcurrency = 3\n[limits]\nmax_body_bytes = 1048576\nlow_speed_bytes = 50\n"
         "max_pages = 9000000000\n[warc]\nmax_file_bytes = 5000000000\ncommit_every = 7\n"
      << kSite << "max_depth = 2\n";
  auto c = LoadCrawlConfig(path_.string());
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->per_host_concurrency, 3);
  EXPECT_EQ(c->max_body_bytes, 1048576u);
  EXPECT_EQ(c->low_speed_bytes, 50);
  EXPECT_EQ(c->max_pages, 9000000000);
  EXPECT_EQ(c->warc_max_file_bytes, 5000000000u);
  EXPECT_EQ(c->commit_every, 7);
  ASSERT_EQ(c->sites.size(), 1u);
  EXPECT_EQ(c->sites[0].max_depth, 2);
  EXPECT_EQ(c->max_in_flight, 64);  // absent: the default stays
  EXPECT_EQ(Check(std::string("[politeness]\nconcurrency = \"two\"\n") + kSite),
            path_.string() + ":2: concurrency must be an integer, not a string");
}

TEST_F(ConfigTest, SeedsMustBeHttpUrls) {
  EXPECT_EQ(Check("[[sites]]\nseeds = [\"127.0.0.1:8765\"]\n"),
            "seed '127.0.0.1:8765' is not an http(s) URL (did you mean 'http://127.0.0.1:8765'?)");
  EXPECT_EQ(Check("[[sites]]\nfeeds = [\"ftp://news.test/rss\"]\n"),
            "seed 'ftp://news.test/rss' is not an http(s) URL");
  EXPECT_EQ(Check("[[sites]]\nseeds = [\"not a url\"]\n"), "seed 'not a url' is not an http(s) URL");
  EXPECT_EQ(Check("[[sites]]\nseeds = [\"http:///path\"]\n"),
            "seed 'http:///path' is not an http(s) URL with a host");
  EXPECT_EQ(Check("[[sites]]\nseeds = [\"HTTPS://News.Test/a\"]\n"), "");
}

TEST_F(ConfigTest, RangesAreChecked) {
  EXPECT_EQ(Check(std::string("[warc]\ngzip_level = 42\n") + kSite), "gzip_level must be 0..9");
  EXPECT_EQ(Check(std::string("[politeness]\ndelay = -1\n") + kSite), "delay must be >= 0");
}

TEST_F(ConfigTest, AnUnreadableFileSaysWhy) {
  auto c = LoadCrawlConfig((fs::temp_directory_path() / "hirewire-no-such-config.toml").string());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("No such file or directory"), std::string::npos);
}

}  // namespace
}  // namespace hirewire::fetch
