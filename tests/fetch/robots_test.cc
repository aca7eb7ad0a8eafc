// Behavioural table for fetch/robots.h (RFC 9309 and the worked examples of Google's
// robots.txt documentation), plus the status policy, crawl-delay, sitemaps and size limit.
#include "fetch/robots.h"

#include <gtest/gtest.h>

#include <string>

namespace hirewire::fetch {
namespace {

struct Case {
  const char* what;
  const char* robots;
  const char* agent;
  const char* path;
  bool allowed;
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.what << " [" << c.agent << " " << c.path << "]";
}

// Fixtures reused by many rows.
#define FISH "User-agent: *\nDisallow: /fish\n"
#define FISH_STAR "User-agent: *\nDisallow: /fish*\n"
#define FISH_DIR "User-agent: *\nDisallow: /fish/\n"
#define PHP "User-agent: *\nDisallow: /*.php\n"
#define PHP_END "User-agent: *\nDisallow: /*.php$\n"
#define FISH_PHP "User-agent: *\nDisallow: /fish*.php\n"
#define ROOT_END "User-agent: *\nAllow: /$\nDisallow: /\n"
#define GROUPS                                           \
  "User-agent: googlebot-news\nDisallow: /news-only\n\n" \
  "User-agent: *\nDisallow: /private\n\n"                \
  "User-agent: googlebot\nDisallow: /gb-only\n"
#define MULTI_UA "User-agent: a\nUser-agent: b\nDisallow: /x\n\nUser-agent: c\nDisallow: /y\n"
#define MERGED \
  "User-agent: hw\nDisallow: /one\n\nUser-agent: other\nDisallow: /\n\nUser-agent: hw\nDisallow: /two\n"

const Case kCases[] = {
    // --- Google examples: /fish ---
    {"fish root", FISH, "hw", "/fish", false},
    {"fish html", FISH, "hw", "/fish.html", false},
    {"fish subdir", FISH, "hw", "/fish/salmon.html", false},
    {"fishheads", FISH, "hw", "/fishheads", false},
    {"fishheads sub", FISH, "hw", "/fishheads/yummy.html", false},
    {"fish php query", FISH, "hw", "/fish.php?id=anything", false},
    {"Fish case", FISH, "hw", "/Fish.asp", true},
    {"catfish", FISH, "hw", "/catfish", true},
    {"query fish", FISH, "hw", "/?id=fish", true},
    {"desert fish", FISH, "hw", "/desert/fish", true},
    {"root unaffected", FISH, "hw", "/", true},
    // --- /fish* is the same as /fish ---
    {"fish* root", FISH_STAR, "hw", "/fish", false},
    {"fish* html", FISH_STAR, "hw", "/fish.html", false},
    {"fish* subdir", FISH_STAR, "hw", "/fish/salmon.html", false},
    {"fish* heads", FISH_STAR, "hw", "/fishheads", false},
    {"fish* heads sub", FISH_STAR, "hw", "/fishheads/yummy.html", false},
    {"fish* php", FISH_STAR, "hw", "/fish.php?id=anything", false},
    {"fish* Fish", FISH_STAR, "hw", "/Fish.asp", true},
    {"fish* catfish", FISH_STAR, "hw", "/catfish", true},
    {"fish* query", FISH_STAR, "hw", "/?id=fish", true},
    {"fish* desert", FISH_STAR, "hw", "/desert/fish", true},
    // --- /fish/ ---
    {"fish/ dir", FISH_DIR, "hw", "/fish/", false},
    {"fish/ query", FISH_DIR, "hw", "/fish/?id=anything", false},
    {"fish/ salmon", FISH_DIR, "hw", "/fish/salmon.htm", false},
    {"fish/ no slash", FISH_DIR, "hw", "/fish", true},
    {"fish/ html", FISH_DIR, "hw", "/fish.html", true},
    {"fish/ animals", FISH_DIR, "hw", "/animals/fish/", true},
    {"fish/ Fish", FISH_DIR, "hw", "/Fish/Salmon.asp", true},
    // --- /*.php ---
    {"php index", PHP, "hw", "/index.php", false},
    {"php filename", PHP, "hw", "/filename.php", false},
    {"php folder", PHP, "hw", "/folder/filename.php", false},
    {"php params", PHP, "hw", "/folder/filename.php?parameters", false},
    {"php in middle", PHP, "hw", "/folder/any.php.file.html", false},
    {"php trailing slash", PHP, "hw", "/filename.php/", false},
    {"php root", PHP, "hw", "/", true},
    {"php upper", PHP, "hw", "/windows.PHP", true},
    // --- /*.php$ ---
    {"php$ filename", PHP_END, "hw", "/filename.php", false},
    {"php$ folder", PHP_END, "hw", "/folder/filename.php", false},
    {"php$ params", PHP_END, "hw", "/filename.php?parameters", true},
    {"php$ slash", PHP_END, "hw", "/filename.php/", true},
    {"php$ php5", PHP_END, "hw", "/filename.php5", true},
    {"php$ upper", PHP_END, "hw", "/windows.PHP", true},
    {"php$ double", PHP_END, "hw", "/a.php.php", false},
    // --- /fish*.php ---
    {"fish*.php", FISH_PHP, "hw", "/fish.php", false},
    {"fish*.php deep", FISH_PHP, "hw", "/fishheads/catfish.php?parameters", false},
    {"fish*.php upper", FISH_PHP, "hw", "/Fish.PHP", true},
    {"fish*.php no php", FISH_PHP, "hw", "/fish.html", true},
    // --- /$ with Disallow: / ---
    {"root$ root", ROOT_END, "hw", "/", true},
    {"root$ page", ROOT_END, "hw", "/page.htm", false},
    {"root$ query", ROOT_END, "hw", "/?a=b", false},
    // --- precedence (Google examples) ---
    {"allow /p beats disallow /", "User-agent: *\nAllow: /p\nDisallow: /\n", "hw", "/page", true},
    {"allow /p other path", "User-agent: *\nAllow: /p\nDisallow: /\n", "hw", "/other", false},
    {"tie allow wins", "User-agent: *\nAllow: /folder\nDisallow: /folder\n", "hw", "/folder/page", true},
    {"tie allow wins order", "User-agent: *\nDisallow: /folder\nAllow: /folder\n", "hw", "/folder/page",
     true},
    {"longer wildcard wins", "User-agent: *\nAllow: /page\nDisallow: /*.htm\n", "hw", "/page.htm", false},
    {"tie with wildcard allow", "User-agent: *\nAllow: /page\nDisallow: /*.ph\n", "hw", "/page.php", true},
    {"longest disallow wins", "User-agent: *\nAllow: /a\nDisallow: /a/b\n", "hw", "/a/b/c", false},
    {"longest allow wins", "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "hw", "/a/b/c", true},
    {"shorter rule elsewhere", "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "hw", "/a/c", false},
    {"order irrelevant", "User-agent: *\nAllow: /a/b\nDisallow: /a\n", "hw", "/a/b", true},
    {"allow / disallow / tie", "User-agent: *\nAllow: /\nDisallow: /\n", "hw", "/x", true},
    {"allow$ exact", "User-agent: *\nDisallow: /a\nAllow: /a$\n", "hw", "/a", true},
    {"allow$ not prefix", "User-agent: *\nDisallow: /a\nAllow: /a$\n", "hw", "/ab", false},
    // --- empty and trivial files ---
    {"empty file", "", "hw", "/anything", true},
    {"only comments", "# nothing here\n# at all\n", "hw", "/x", true},
    {"empty disallow", "User-agent: *\nDisallow:\n", "hw", "/x", true},
    {"empty disallow spaces", "User-agent: *\nDisallow:   \n", "hw", "/x", true},
    {"empty allow ignored", "User-agent: *\nAllow:\nDisallow: /x\n", "hw", "/x", false},
    {"disallow all", "User-agent: *\nDisallow: /\n", "hw", "/", false},
    {"disallow all deep", "User-agent: *\nDisallow: /\n", "hw", "/a/b/c?d", false},
    {"disallow star", "User-agent: *\nDisallow: /*\n", "hw", "/a", false},
    {"disallow bare star", "User-agent: *\nDisallow: *\n", "hw", "/a", false},
    {"no user agent rules ignored", "Disallow: /\n", "hw", "/a", true},
    {"rules before ua ignored", "Disallow: /a\nUser-agent: *\nDisallow: /b\n", "hw", "/a", true},
    {"rules after ua apply", "Disallow: /a\nUser-agent: *\nDisallow: /b\n", "hw", "/b", false},
    {"garbage file", "<html><body>Not a robots file</body></html>\n", "hw", "/", true},
    {"binary garbage", "\x01\x02\xff\xfe:::\n\n:", "hw", "/", true},
    // --- /robots.txt is always allowed ---
    {"robots.txt allowed", "User-agent: *\nDisallow: /\n", "hw", "/robots.txt", true},
    {"robots.txt explicit disallow", "User-agent: *\nDisallow: /robots.txt\n", "hw", "/robots.txt", true},
    {"robots.txt query", "User-agent: *\nDisallow: /\n", "hw", "/robots.txt?x=1", true},
    {"robots.txt.bak not special", "User-agent: *\nDisallow: /\n", "hw", "/robots.txt.bak", false},
    {"robots.txt in dir not special", "User-agent: *\nDisallow: /\n", "hw", "/a/robots.txt", false},
    // --- path case sensitivity ---
    {"path case upper rule", "User-agent: *\nDisallow: /Fish\n", "hw", "/fish", true},
    {"path case exact", "User-agent: *\nDisallow: /Fish\n", "hw", "/Fish", false},
    {"path case lower rule", "User-agent: *\nDisallow: /fish\n", "hw", "/FISH", true},
    // --- percent-encoding (RFC 9309 2.2.2) ---
    {"pct unreserved in rule", "User-agent: *\nDisallow: /%7Ejoe\n", "hw", "/~joe/a", false},
    {"pct unreserved in path", "User-agent: *\nDisallow: /~joe\n", "hw", "/%7ejoe/a", false},
    {"pct lowercase hex", "User-agent: *\nDisallow: /a%2fb\n", "hw", "/a%2Fb", false},
    {"pct slash not decoded", "User-agent: *\nDisallow: /a%2Fb\n", "hw", "/a/b", true},
    {"pct rfc baz", "User-agent: *\nDisallow: /foo/bar/%62%61%7A\n", "hw", "/foo/bar/baz", false},
    {"pct utf8 rule raw", "User-agent: *\nDisallow: /foo/bar/\xE3\x83\x84\n", "hw", "/foo/bar/%E3%83%84",
     false},
    {"pct utf8 rule encoded", "User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "hw", "/foo/bar/%e3%83%84",
     false},
    {"pct utf8 path raw", "User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "hw", "/foo/bar/\xE3\x83\x84",
     false},
    {"pct umlaut", "User-agent: *\nDisallow: /\xC3\xA4\n", "hw", "/%C3%A4", false},
    {"pct different char", "User-agent: *\nDisallow: /%C3%A4\n", "hw", "/%C3%B6", true},
    {"pct query kept", "User-agent: *\nDisallow: /foo/bar?baz=quz\n", "hw", "/foo/bar?baz=quz", false},
    {"pct encoded star literal", "User-agent: *\nDisallow: /a%2Ab\n", "hw", "/axxb", true},
    {"pct encoded star exact", "User-agent: *\nDisallow: /a%2Ab\n", "hw", "/a%2Ab", false},
    {"pct stray percent", "User-agent: *\nDisallow: /100%\n", "hw", "/100%25", false},
    {"pct space", "User-agent: *\nDisallow: /a%20b\n", "hw", "/a b", false},
    // --- wildcards ---
    {"star query", "User-agent: *\nDisallow: /*?\n", "hw", "/a?b", false},
    {"star query none", "User-agent: *\nDisallow: /*?\n", "hw", "/a", true},
    {"star param", "User-agent: *\nDisallow: /*?s=\n", "hw", "/search?s=x", false},
    {"star param other", "User-agent: *\nDisallow: /*?s=\n", "hw", "/search?q=x", true},
    {"star param later", "User-agent: *\nDisallow: /*&sort=\n", "hw", "/l?a=1&sort=2", false},
    {"multi star", "User-agent: *\nDisallow: /a*b*c\n", "hw", "/axxbyyc", false},
    {"multi star adjacent", "User-agent: *\nDisallow: /a*b*c\n", "hw", "/abc", false},
    {"multi star order", "User-agent: *\nDisallow: /a*b*c\n", "hw", "/acb", true},
    {"star$ anchored", "User-agent: *\nDisallow: /*.pdf$\n", "hw", "/docs/x.pdf", false},
    {"star$ with query", "User-agent: *\nDisallow: /*.pdf$\n", "hw", "/docs/x.pdf?dl=1", true},
    {"star$ backtrack", "User-agent: *\nDisallow: /*a$\n", "hw", "/banana", false},
    {"star$ backtrack no", "User-agent: *\nDisallow: /*a$\n", "hw", "/bananas", true},
    {"double star", "User-agent: *\nDisallow: /**x\n", "hw", "/yyx", false},
    {"star only dollar", "User-agent: *\nDisallow: /*$\n", "hw", "/anything", false},
    {"dollar middle literal", "User-agent: *\nDisallow: /a$b\n", "hw", "/a$b", false},
    {"dollar middle no end", "User-agent: *\nDisallow: /a$b\n", "hw", "/a", true},
    {"exact dollar", "User-agent: *\nDisallow: /exact$\n", "hw", "/exact", false},
    {"exact dollar longer", "User-agent: *\nDisallow: /exact$\n", "hw", "/exact/", true},
    {"star in dir", "User-agent: *\nDisallow: /*/private/\n", "hw", "/u/private/x", false},
    {"star in dir no", "User-agent: *\nDisallow: /*/private/\n", "hw", "/private/x", true},
    // --- user-agent matching ---
    {"ua case insensitive", "User-agent: HireWire\nDisallow: /\n", "hirewire", "/a", false},
    {"ua case insensitive 2", "User-agent: hirewire\nDisallow: /\n", "HIREWIRE", "/a", false},
    {"ua full header", "User-agent: hirewire\nDisallow: /\n", "hirewire/0.1 (+https://x.test/bot)", "/a",
     false},
    {"ua version in file", "User-agent: hirewire/2.0\nDisallow: /\n", "hirewire", "/a", false},
    {"ua other bot", "User-agent: otherbot\nDisallow: /\n", "hirewire", "/a", true},
    {"ua prefix not enough", "User-agent: hire\nDisallow: /\n", "hirewire", "/a", true},
    {"ua longer token no", "User-agent: hirewire-news\nDisallow: /\n", "hirewire", "/a", true},
    {"ua star fallback", "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /s\n", "hirewire",
     "/s", false},
    {"ua star fallback other", "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /s\n",
     "hirewire", "/a", true},
    {"ua specific beats star", "User-agent: *\nDisallow: /\n\nUser-agent: hirewire\nAllow: /\n", "hirewire",
     "/a", true},
    {"ua specific ignores star rules", "User-agent: *\nDisallow: /s\n\nUser-agent: hirewire\nDisallow: /t\n",
     "hirewire", "/s", true},
    {"ua specific own rules", "User-agent: *\nDisallow: /s\n\nUser-agent: hirewire\nDisallow: /t\n",
     "hirewire", "/t", false},
    {"ua specific empty group allows", "User-agent: *\nDisallow: /\n\nUser-agent: hirewire\nDisallow:\n",
     "hirewire", "/a", true},
    {"groups news only", GROUPS, "googlebot-news", "/news-only", false},
    {"groups news not gb", GROUPS, "googlebot-news", "/gb-only", true},
    {"groups news not star", GROUPS, "googlebot-news", "/private", true},
    {"groups gb own", GROUPS, "googlebot", "/gb-only", false},
    {"groups gb not news", GROUPS, "googlebot", "/news-only", true},
    {"groups gb not star", GROUPS, "googlebot", "/private", true},
    {"groups other star", GROUPS, "otherbot", "/private", false},
    {"groups other free", GROUPS, "otherbot", "/gb-only", true},
    {"multi ua a", MULTI_UA, "a", "/x", false},
    {"multi ua b", MULTI_UA, "b", "/x", false},
    {"multi ua b not y", MULTI_UA, "b", "/y", true},
    {"multi ua c", MULTI_UA, "c", "/y", false},
    {"multi ua c not x", MULTI_UA, "c", "/x", true},
    {"multi ua d none", MULTI_UA, "d", "/x", true},
    {"merged first", MERGED, "hw", "/one", false},
    {"merged second", MERGED, "hw", "/two", false},
    {"merged free", MERGED, "hw", "/three", true},
    {"merged other", MERGED, "other", "/three", false},
    {"ua after rules new group", "User-agent: a\nDisallow: /x\nUser-agent: b\nDisallow: /y\n", "a", "/y",
     true},
    {"ua after rules new group b", "User-agent: a\nDisallow: /x\nUser-agent: b\nDisallow: /y\n", "b", "/x",
     true},
    {"ua blank line keeps group", "User-agent: a\n\nDisallow: /x\n", "a", "/x", false},
    {"ua sitemap between", "User-agent: a\nSitemap: https://s.test/sm.xml\nUser-agent: b\nDisallow: /x\n",
     "a", "/x", false},
    {"ua unknown key between", "User-agent: a\nFoo: bar\nUser-agent: b\nDisallow: /x\n", "a", "/x", false},
    {"ua star with spaces", "User-agent:   *   \nDisallow: /x\n", "hw", "/x", false},
    {"ua empty value", "User-agent:\nDisallow: /x\n", "hw", "/x", true},
    {"ua no match no star", "User-agent: a\nDisallow: /\n\nUser-agent: b\nDisallow: /\n", "hw", "/", true},
    {"ua two words", "User-agent: hirewire crawler\nDisallow: /x\n", "hirewire", "/x", false},
    // --- syntax: keys, whitespace, comments, misspellings ---
    {"key case", "USER-AGENT: *\nDISALLOW: /x\n", "hw", "/x", false},
    {"key mixed case", "uSeR-aGeNt: *\ndIsAlLoW: /x\n", "hw", "/x", false},
    {"spaces around colon", "User-agent :  *\nDisallow  :   /x  \n", "hw", "/x", false},
    {"tabs", "User-agent:\t*\nDisallow:\t/x\t\n", "hw", "/x", false},
    {"leading spaces", "   User-agent: *\n   Disallow: /x\n", "hw", "/x", false},
    {"trailing comment", "User-agent: * # all\nDisallow: /x # secret\n", "hw", "/x", false},
    {"trailing comment no space", "User-agent: *\nDisallow: /x#frag\n", "hw", "/x", false},
    {"comment not prefix", "User-agent: *\nDisallow: /x#frag\n", "hw", "/y", true},
    {"commented rule", "User-agent: *\n# Disallow: /x\n", "hw", "/x", true},
    {"commented ua", "# User-agent: *\nUser-agent: a\nDisallow: /x\n", "hw", "/x", true},
    {"misspelled dissallow", "User-agent: *\nDissallow: /x\n", "hw", "/x", false},
    {"misspelled disalow", "User-agent: *\nDisalow: /x\n", "hw", "/x", false},
    {"misspelled useragent", "Useragent: *\nDisallow: /x\n", "hw", "/x", false},
    {"spaced user agent", "User agent: *\nDisallow: /x\n", "hw", "/x", false},
    {"no colon", "User-agent *\nDisallow /x\n", "hw", "/x", false},
    {"unknown key ignored", "User-agent: *\nNoindex: /x\n", "hw", "/x", true},
    {"host line ignored", "User-agent: *\nHost: example.com\nDisallow: /x\n", "hw", "/x", false},
    {"rule without slash", "User-agent: *\nDisallow: fish\n", "hw", "/fish", false},
    {"rule two words first only", "User-agent: *\nDisallow: /a /b\n", "hw", "/b", true},
    {"rule two words first applies", "User-agent: *\nDisallow: /a /b\n", "hw", "/a", false},
    // --- line endings and BOM ---
    {"crlf", "User-agent: *\r\nDisallow: /x\r\n", "hw", "/x", false},
    {"crlf other", "User-agent: *\r\nDisallow: /x\r\n", "hw", "/y", true},
    {"cr only", "User-agent: *\rDisallow: /x\rAllow: /x/y\r", "hw", "/x/y", true},
    {"cr only disallow", "User-agent: *\rDisallow: /x\rAllow: /x/y\r", "hw", "/x/z", false},
    {"mixed endings", "User-agent: a\r\nDisallow: /a\rUser-agent: b\nDisallow: /b\r\n", "b", "/b", false},
    {"mixed endings a", "User-agent: a\r\nDisallow: /a\rUser-agent: b\nDisallow: /b\r\n", "a", "/b", true},
    {"no final newline", "User-agent: *\nDisallow: /x", "hw", "/x", false},
    {"bom", "\xEF\xBB\xBFUser-agent: *\nDisallow: /x\n", "hw", "/x", false},
    {"bom crlf", "\xEF\xBB\xBFUser-agent: hw\r\nDisallow: /\r\n", "hw", "/a", false},
    {"blank lines crlf", "\r\n\r\nUser-agent: *\r\n\r\nDisallow: /x\r\n", "hw", "/x", false},
    // --- full URLs given to IsAllowed ---
    {"full url", FISH, "hw", "https://example.com/fish/a", false},
    {"full url allowed", FISH, "hw", "https://example.com/catfish", true},
    {"full url query", "User-agent: *\nDisallow: /*?q=\n", "hw", "http://example.com/s?q=1", false},
    {"empty path is root", "User-agent: *\nDisallow: /$\n", "hw", "", false},
    {"fragment ignored", FISH, "hw", "/catfish#/fish", true},
};

class RobotsTable : public testing::TestWithParam<Case> {};

TEST_P(RobotsTable, DecidesLikeTheSpec) {
  const Case& c = GetParam();
  RobotsRules rules = RobotsRules::Parse(c.robots);
  EXPECT_EQ(rules.IsAllowed(c.agent, c.path), c.allowed) << c.what;
}

INSTANTIATE_TEST_SUITE_P(Rfc9309, RobotsTable, testing::ValuesIn(kCases));

// Every example of RFC 9309, one row each (section in the name).
#define RFC_5_1                                                                              \
  "User-Agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\n"          \
  "User-Agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n\n" \
  "User-Agent: barbot\nUser-Agent: bazbot\nDisallow: /example/page.html\n\nUser-Agent: quxbot\n"
#define RFC_5_2 "User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n"

const Case kRfcExamples[] = {
    // 2.2.2, the encoding table: rule as written -> URL path it matches.
    {"2.2.2 query", "User-agent: *\nDisallow: /foo/bar?baz=quz\n", "hw", "/foo/bar?baz=quz", false},
    {"2.2.2 url in query", "User-agent: *\nDisallow: /foo/bar?baz=https://foo.bar\n", "hw",
     "/foo/bar?baz=https%3A%2F%2Ffoo.bar", false},
    {"2.2.2 url in query, reverse", "User-agent: *\nDisallow: /foo/bar?baz=https%3A%2F%2Ffoo.bar\n", "hw",
     "/foo/bar?baz=https://foo.bar", false},
    {"2.2.2 url in query, other url", "User-agent: *\nDisallow: /foo/bar?baz=https://foo.bar\n", "hw",
     "/foo/bar?baz=https%3A%2F%2Ffoo.baz", true},
    {"2.2.2 query delimiters stay apart", "User-agent: *\nDisallow: /a?x=1&y=2\n", "hw", "/a?x=1%26y=2",
     true},
    {"2.2.2 raw utf-8", "User-agent: *\nDisallow: /foo/bar/\xE3\x83\x84\n", "hw", "/foo/bar/%E3%83%84",
     false},
    {"2.2.2 encoded utf-8", "User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "hw", "/foo/bar/%E3%83%84",
     false},
    {"2.2.2 unreserved decoded", "User-agent: *\nDisallow: /foo/bar/%62%61%7A\n", "hw", "/foo/bar/baz",
     false},
    // 2.2.2: allow and disallow equivalent -> allow.
    {"2.2.2 equivalent rules allow", "User-agent: *\nDisallow: /x\nAllow: /x\n", "hw", "/x", true},
    // 2.2.3, special characters written percent-encoded match literally.
    {"2.2.3 %2A is a literal star", "User-agent: *\nDisallow: /path/file-with-a-%2A.html\n", "hw",
     "https://www.example.com/path/file-with-a-*.html", false},
    {"2.2.3 %2A is not a wildcard", "User-agent: *\nDisallow: /path/file-with-a-%2A.html\n", "hw",
     "https://www.example.com/path/file-with-a-b.html", true},
    {"2.2.3 %24 is a literal dollar", "User-agent: *\nDisallow: /path/foo-%24\n", "hw",
     "https://www.example.com/path/foo-$", false},
    {"2.2.3 %24 does not anchor", "User-agent: *\nDisallow: /path/foo-%24\n", "hw",
     "https://www.example.com/path/foo-", true},
    {"2.2.3 %24 then more", "User-agent: *\nDisallow: /path/foo-%24\n", "hw",
     "https://www.example.com/path/foo-$x", false},
    {"2.2.3 star wildcard", "User-agent: *\nDisallow: /path/*.html\n", "hw", "/path/a/b.html", false},
    {"2.2.3 dollar anchor", "User-agent: *\nDisallow: /path/foo$\n", "hw", "/path/foo-bar", true},
    {"2.2.3 hash comment", "User-agent: *\nDisallow: /path # comment\n", "hw", "/path/x", false},
    // 2.2.1: the product token, case-insensitive.
    {"2.2.1 product token", "User-agent: ExampleBot\nDisallow: /\n", "ExampleBot/1.0 (+https://x)", "/a",
     false},
    {"2.2.1 other token", "User-agent: ExampleBot\nDisallow: /\n", "hw", "/a", true},
    // 5.1, the simple example.
    {"5.1 foobot page", RFC_5_1, "foobot", "/example/page.html", true},
    {"5.1 foobot gif", RFC_5_1, "foobot", "/example/allowed.gif", true},
    {"5.1 foobot else", RFC_5_1, "foobot", "/publications/", false},
    {"5.1 barbot page", RFC_5_1, "barbot", "/example/page.html", false},
    {"5.1 bazbot page", RFC_5_1, "bazbot", "/example/page.html", false},
    {"5.1 barbot else", RFC_5_1, "barbot", "/example/other.html", true},
    {"5.1 quxbot anything", RFC_5_1, "quxbot", "/example/page.html", true},
    {"5.1 others gif", RFC_5_1, "otherbot", "/images/x.gif", false},
    {"5.1 others example", RFC_5_1, "otherbot", "/example/page.html", false},
    {"5.1 others publications", RFC_5_1, "otherbot", "/publications/", true},
    // 5.2, longest match.
    {"5.2 longest allow", RFC_5_2, "foobot", "/example/page/", true},
    {"5.2 longest disallow", RFC_5_2, "foobot", "/example/page/disallowed.gif", false},
};

class RobotsRfcExamples : public testing::TestWithParam<Case> {};

TEST_P(RobotsRfcExamples, DecideAsTheRfcSays) {
  const Case& c = GetParam();
  RobotsRules rules = RobotsRules::Parse(c.robots);
  EXPECT_EQ(rules.IsAllowed(c.agent, c.path), c.allowed) << c.what;
}

INSTANTIATE_TEST_SUITE_P(Rfc9309, RobotsRfcExamples, testing::ValuesIn(kRfcExamples));

TEST(RobotsTableSize, HasAtLeast150Cases) { EXPECT_GE(sizeof(kCases) / sizeof(kCases[0]), 150u); }

// --- status policy ---
struct StatusCase {
  int status;
  bool network_error;
  bool allowed;        // is "/private" allowed for the body "User-agent: *\nDisallow: /private"
  bool allowed_other;  // is "/public" allowed
  RobotsRules::Source source;
};

class RobotsStatus : public testing::TestWithParam<StatusCase> {};

TEST_P(RobotsStatus, FollowsRfcPolicy) {
  const StatusCase& c = GetParam();
  RobotsRules r = RobotsRules::FromFetch(c.status, "User-agent: *\nDisallow: /private\n", c.network_error);
  EXPECT_EQ(r.IsAllowed("hw", "/private"), c.allowed) << c.status;
  EXPECT_EQ(r.IsAllowed("hw", "/public"), c.allowed_other) << c.status;
  EXPECT_EQ(r.source(), c.source) << c.status;
  EXPECT_TRUE(r.IsAllowed("hw", "/robots.txt"));
}

using S = RobotsRules::Source;
INSTANTIATE_TEST_SUITE_P(Statuses, RobotsStatus,
                         testing::Values(StatusCase{200, false, false, true, S::kParsed},
                                         StatusCase{203, false, false, true, S::kParsed},
                                         StatusCase{206, false, false, true, S::kParsed},
                                         StatusCase{400, false, true, true, S::kAllowAll},
                                         StatusCase{401, false, true, true, S::kAllowAll},
                                         StatusCase{403, false, true, true, S::kAllowAll},
                                         StatusCase{404, false, true, true, S::kAllowAll},
                                         StatusCase{410, false, true, true, S::kAllowAll},
                                         StatusCase{451, false, true, true, S::kAllowAll},
                                         StatusCase{301, false, true, true, S::kAllowAll},
                                         StatusCase{429, false, false, false, S::kUnreachable},
                                         StatusCase{500, false, false, false, S::kUnreachable},
                                         StatusCase{502, false, false, false, S::kUnreachable},
                                         StatusCase{503, false, false, false, S::kUnreachable},
                                         StatusCase{599, false, false, false, S::kUnreachable},
                                         StatusCase{0, false, false, false, S::kUnreachable},
                                         StatusCase{100, false, false, false, S::kUnreachable},
                                         StatusCase{200, true, false, false, S::kUnreachable},
                                         StatusCase{0, true, false, false, S::kUnreachable}));

TEST(RobotsRules, DefaultAndFactories) {
  EXPECT_TRUE(RobotsRules().IsAllowed("hw", "/x"));
  EXPECT_TRUE(RobotsRules::AllowAll().IsAllowed("hw", "/x"));
  EXPECT_FALSE(RobotsRules::DisallowAll().IsAllowed("hw", "/x"));
  EXPECT_TRUE(RobotsRules::DisallowAll().IsAllowed("hw", "/robots.txt"));
  EXPECT_EQ(RobotsRules::DisallowAll().source(), RobotsRules::Source::kDisallowAll);
}

// --- crawl-delay ---
TEST(RobotsCrawlDelay, ReadsGroupValue) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nCrawl-delay: 5\nDisallow: /x\n\n"
      "User-agent: hirewire\nCrawl-delay: 1.5\n\n"
      "User-agent: slowbot\nCrawl-delay: abc\n");
  ASSERT_TRUE(r.CrawlDelay("hirewire").has_value());
  EXPECT_DOUBLE_EQ(*r.CrawlDelay("hirewire"), 1.5);
  EXPECT_DOUBLE_EQ(*r.CrawlDelay("HireWire/1.0"), 1.5);
  ASSERT_TRUE(r.CrawlDelay("other").has_value());
  EXPECT_DOUBLE_EQ(*r.CrawlDelay("other"), 5.0);
  EXPECT_FALSE(r.CrawlDelay("slowbot").has_value());  // own group, invalid value
}

TEST(RobotsCrawlDelay, RejectsNegativeAndMissing) {
  EXPECT_FALSE(RobotsRules::Parse("User-agent: *\nCrawl-delay: -3\n").CrawlDelay("a"));
  EXPECT_FALSE(RobotsRules::Parse("User-agent: *\nDisallow: /\n").CrawlDelay("a"));
  EXPECT_FALSE(RobotsRules::Parse("Crawl-delay: 4\nUser-agent: *\n").CrawlDelay("a"));
  EXPECT_FALSE(RobotsRules::Parse("User-agent: *\nCrawl-delay: 1e9999\n").CrawlDelay("a"));
  auto d = RobotsRules::Parse("User-agent: *\ncrawl-delay:  10 # s\n").CrawlDelay("a");
  ASSERT_TRUE(d);
  EXPECT_DOUBLE_EQ(*d, 10.0);
  auto z = RobotsRules::Parse("User-agent: *\nCrawl-delay: 0\n").CrawlDelay("a");
  ASSERT_TRUE(z);
  EXPECT_DOUBLE_EQ(*z, 0.0);
}

TEST(RobotsCrawlDelay, MergedGroupsKeepFirstValue) {
  RobotsRules r = RobotsRules::Parse("User-agent: a\nCrawl-delay: 2\n\nUser-agent: a\nCrawl-delay: 9\n");
  ASSERT_TRUE(r.CrawlDelay("a"));
  EXPECT_DOUBLE_EQ(*r.CrawlDelay("a"), 2.0);
}

// --- sitemaps ---
TEST(RobotsSitemaps, CollectsAbsoluteUrlsAnywhere) {
  RobotsRules r = RobotsRules::Parse(
      "Sitemap: https://example.com/sitemap.xml\n"
      "User-agent: *\nDisallow: /x\n"
      "SITEMAP: https://example.com/news.xml # news\n"
      "Sitemap: /relative.xml\n"
      "Sitemap: ftp://example.com/a.xml\n"
      "sitemap:https://example.com/sitemap.xml\n"
      "Sitemap: HTTPS://Example.COM:443/idx.xml.gz\n");
  EXPECT_EQ(r.Sitemaps(),
            (std::vector<std::string>{"https://example.com/sitemap.xml", "https://example.com/news.xml",
                                      "https://example.com/idx.xml.gz"}));
  EXPECT_FALSE(r.IsAllowed("hw", "/x"));  // sitemap lines do not disturb groups
}

// --- size limit ---
TEST(RobotsLimit, ParsesAtLeast500KiBAndCutsTheRest) {
  std::string body = "User-agent: *\nDisallow: /early\n";
  while (body.size() < kRobotsMaxBytes - 100) body += "# padding padding padding padding\n";
  body += "Disallow: /late-but-inside\n";
  while (body.size() < kRobotsMaxBytes + 10) body += "# more padding\n";
  body += "Disallow: /beyond\n";
  RobotsRules r = RobotsRules::Parse(body);
  EXPECT_TRUE(r.truncated());
  EXPECT_FALSE(r.IsAllowed("hw", "/early"));
  EXPECT_FALSE(r.IsAllowed("hw", "/late-but-inside"));
  EXPECT_TRUE(r.IsAllowed("hw", "/beyond"));
}

TEST(RobotsLimit, CutLineIsNotHalfParsed) {
  // A rule that straddles the limit must not be read as a shorter (broader) rule.
  std::string body = "User-agent: *\n";
  body += std::string(kRobotsMaxBytes - body.size() - 12, '#') + "\n";
  body += "Disallow: /abcdefghijklmnop\n";
  ASSERT_GT(body.size(), kRobotsMaxBytes);
  RobotsRules r = RobotsRules::Parse(body);
  EXPECT_TRUE(r.IsAllowed("hw", "/a"));
  EXPECT_TRUE(r.IsAllowed("hw", "/abcdefghijklmnop"));
}

TEST(RobotsLimit, ManyRulesStayFast) {
  std::string body = "User-agent: *\n";
  for (int i = 0; i < 20000; ++i) body += "Disallow: /*a*a*a*a*a*a*b" + std::to_string(i) + "\n";
  RobotsRules r = RobotsRules::Parse(body);
  EXPECT_TRUE(r.IsAllowed("hw", "/" + std::string(200, 'a')));
}

// --- helpers ---
TEST(RobotsHelpers, ProductToken) {
  EXPECT_EQ(RobotsRules::ProductToken("HireWire/0.1 (+https://x)"), "hirewire");
  EXPECT_EQ(RobotsRules::ProductToken("  Googlebot-News "), "googlebot-news");
  EXPECT_EQ(RobotsRules::ProductToken("*"), "*");
  EXPECT_EQ(RobotsRules::ProductToken(""), "");
}

TEST(RobotsHelpers, PatternMatcher) {
  EXPECT_TRUE(RobotsPatternMatches("/a*c$", "/abbbc"));
  EXPECT_FALSE(RobotsPatternMatches("/a*c$", "/abbbcd"));
  EXPECT_TRUE(RobotsPatternMatches("*", ""));
  EXPECT_TRUE(RobotsPatternMatches("/", "/x"));
  EXPECT_FALSE(RobotsPatternMatches("/x", "/"));
  EXPECT_TRUE(RobotsPatternMatches("$", ""));
  EXPECT_FALSE(RobotsPatternMatches("$", "/"));
}

TEST(RobotsHelpers, NormalizePath) {
  EXPECT_EQ(RobotsNormalizePath("/%7ejoe/%2f%e3"), "/~joe/%2F%E3");
  EXPECT_EQ(RobotsNormalizePath("/\xC3\xA4 x"), "/%C3%A4%20x");
  EXPECT_EQ(RobotsNormalizePath("/50%"), "/50%25");
  EXPECT_EQ(RobotsNormalizePath("/a*b$"), "/a%2Ab%24");
  EXPECT_EQ(RobotsNormalizePath("/a%2fb?u=http%3a%2f%2fx%26y"), "/a%2Fb?u=http://x%26y");
}

TEST(RobotsHelpers, NormalizePattern) {
  EXPECT_EQ(RobotsNormalizePattern("/a*b$"), "/a*b$");
  EXPECT_EQ(RobotsNormalizePattern("/a$b"), "/a%24b");
  EXPECT_EQ(RobotsNormalizePattern("/a%2ab%24"), "/a%2Ab%24");
  EXPECT_EQ(RobotsNormalizePattern("/*?u=http%3A%2F%2F"), "/*?u=http://");
}

}  // namespace
}  // namespace hirewire::fetch
