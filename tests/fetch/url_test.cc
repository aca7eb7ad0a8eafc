// Tests for fetch/url.h: parsing, canonicalization, resolution, tracking-parameter removal,
// registrable domains.
#include "fetch/url.h"

#include <gtest/gtest.h>

namespace hirewire::fetch {
namespace {

struct NormCase {
  const char* in;
  const char* out;  // nullptr: must be rejected
};

std::ostream& operator<<(std::ostream& os, const NormCase& c) { return os << c.in; }

class UrlNormalize : public testing::TestWithParam<NormCase> {};

TEST_P(UrlNormalize, ProducesCanonicalForm) {
  const NormCase& c = GetParam();
  Result<std::string> r = NormalizeUrl(c.in);
  if (c.out == nullptr) {
    EXPECT_FALSE(r.ok()) << "accepted as " << (r.ok() ? *r : "");
  } else {
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(*r, c.out);
    // Idempotent.
    Result<std::string> again = NormalizeUrl(*r);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *r);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, UrlNormalize,
    testing::Values(
        // scheme and host case
        NormCase{"HTTP://Example.COM/Path", "http://example.com/Path"},
        NormCase{"HtTpS://WWW.Example.com", "https://www.example.com/"},
        // default ports
        NormCase{"http://example.com:80/a", "http://example.com/a"},
        NormCase{"https://example.com:443/a", "https://example.com/a"},
        NormCase{"http://example.com:443/a", "http://example.com:443/a"},
        NormCase{"https://example.com:8443/a", "https://example.com:8443/a"},
        NormCase{"http://example.com:/a", "http://example.com/a"},
        NormCase{"http://example.com:0080/a", "http://example.com/a"},
        // empty path and dot segments
        NormCase{"http://example.com", "http://example.com/"},
        NormCase{"http://example.com/a/./b/../c", "http://example.com/a/c"},
        NormCase{"http://example.com/../../a", "http://example.com/a"},
        NormCase{"http://example.com/a/b/..", "http://example.com/a/"},
        NormCase{"http://example.com/a/.", "http://example.com/a/"},
        NormCase{"http://example.com/a/%2e%2E/b", "http://example.com/b"},
        NormCase{"http://example.com/a//b", "http://example.com/a//b"},
        // percent-encoding
        NormCase{"http://example.com/%7euser", "http://example.com/~user"},
        NormCase{"http://example.com/%41%42c", "http://example.com/ABc"},
        NormCase{"http://example.com/a%2fb", "http://example.com/a%2Fb"},
        NormCase{"http://example.com/a b", "http://example.com/a%20b"},
        NormCase{"http://example.com/100%", "http://example.com/100%25"},
        NormCase{"http://example.com/%zz", "http://example.com/%25zz"},
        NormCase{"http://example.com/\xED\x95\x9C", "http://example.com/%ED%95%9C"},
        NormCase{"http://example.com/?q=\xED\x95\x9C&x=%3d", "http://example.com/?q=%ED%95%9C&x=%3D"},
        NormCase{"http://example.com/a<b>", "http://example.com/a%3Cb%3E"},
        // fragments removed
        NormCase{"http://example.com/a#section", "http://example.com/a"},
        NormCase{"http://example.com/a?b=1#", "http://example.com/a?b=1"},
        // tracking parameters removed, order kept
        NormCase{"http://example.com/a?utm_source=x&id=5&utm_medium=y", "http://example.com/a?id=5"},
        NormCase{"http://example.com/a?b=2&a=1", "http://example.com/a?b=2&a=1"},
        NormCase{"http://example.com/a?fbclid=abc", "http://example.com/a"},
        NormCase{"http://example.com/a?gclid=1&z=9&UTM_Campaign=q", "http://example.com/a?z=9"},
        NormCase{"http://example.com/a?utm=1", "http://example.com/a?utm=1"},
        NormCase{"http://example.com/a?id=1&&x=2", "http://example.com/a?id=1&x=2"},
        NormCase{"http://example.com/a?", "http://example.com/a"},
        NormCase{"http://example.com/a?x", "http://example.com/a?x"},
        NormCase{"http://example.com/a?a+b=c+d", "http://example.com/a?a+b=c+d"},
        // IDN
        NormCase{"http://\xED\x95\x9C\xEA\xB5\xAD.kr/", "http://xn--3e0b707e.kr/"},
        NormCase{"http://B\xC3\xBC"
                 "cher.example/",
                 "http://xn--bcher-kva.example/"},
        NormCase{"http://XN--BCHER-KVA.example/", "http://xn--bcher-kva.example/"},
        NormCase{"http://%E4%BE%8B.jp/", "http://xn--fsq.jp/"},
        // hosts
        NormCase{"http://example.com./a", "http://example.com/a"},
        NormCase{"http://[::1]:8080/a", "http://[::1]:8080/a"},
        NormCase{"http://127.0.0.1/a", "http://127.0.0.1/a"},
        NormCase{"http://user:pw@example.com/a", "http://user:pw@example.com/a"},
        // leniency
        NormCase{"  http://example.com/a  ", "http://example.com/a"},
        NormCase{"http://exa\nmple.com/a\t", "http://example.com/a"},
        NormCase{"http:\\\\example.com\\a\\b", "http://example.com/a/b"},
        NormCase{"https:///example.com/a", "https://example.com/a"},
        // other schemes are parsed but not http
        NormCase{"mailto:Someone@Example.com", "mailto:Someone@Example.com"},
        // rejected
        NormCase{"/relative/path", nullptr}, NormCase{"example.com/a", nullptr}, NormCase{"http://", nullptr},
        NormCase{"http://exa mple.com/", nullptr}, NormCase{"http://example.com:99999/", nullptr},
        NormCase{"http://example.com:12a/", nullptr}, NormCase{"http://[::1/", nullptr},
        NormCase{"http://a<b.com/", nullptr}, NormCase{"", nullptr}, NormCase{"http://xn--a.com/", nullptr}));

TEST(Url, TooLongIsRejected) {
  std::string u = "http://example.com/" + std::string(kMaxUrlBytes, 'a');
  EXPECT_FALSE(ParseUrl(u).ok());
  // Short input whose escaped form would pass the limit.
  std::string quotes = "http://example.com/" + std::string(kMaxUrlBytes / 2, '"');
  EXPECT_FALSE(ParseUrl(quotes).ok());
}

TEST(Url, Accessors) {
  Result<Url> u = ParseUrl("https://Example.com:8443/p/q?x=1#f");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->scheme, "https");
  EXPECT_EQ(u->host, "example.com");
  EXPECT_EQ(u->port, 8443);
  EXPECT_EQ(u->EffectivePort(), 8443);
  EXPECT_EQ(u->HostPort(), "example.com:8443");
  EXPECT_EQ(u->Origin(), "https://example.com:8443");
  EXPECT_EQ(u->PathAndQuery(), "/p/q?x=1");
  EXPECT_EQ(u->fragment, "f");
  EXPECT_EQ(u->ToString(), "https://example.com:8443/p/q?x=1#f");
  Result<Url> d = ParseUrl("http://example.com");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->port, -1);
  EXPECT_EQ(d->EffectivePort(), 80);
  EXPECT_EQ(d->PathAndQuery(), "/");
}

TEST(Url, OptionsKeepFragmentAndCustomTrackingList) {
  UrlNormalizeOptions o;
  o.remove_fragment = false;
  o.tracking_params = {"ref", "src_*"};
  Result<std::string> r = NormalizeUrl("http://a.com/x?ref=1&src_a=2&k=3&utm_x=4#top", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "http://a.com/x?k=3#top");
  o.use_default_tracking_params = false;
  r = NormalizeUrl("http://a.com/x?ref=1&utm_x=4", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "http://a.com/x?utm_x=4");
  o.remove_tracking_params = false;
  r = NormalizeUrl("http://a.com/x?ref=1&utm_x=4", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "http://a.com/x?ref=1&utm_x=4");
}

struct ResolveCase {
  const char* ref;
  const char* out;
};

std::ostream& operator<<(std::ostream& os, const ResolveCase& c) { return os << c.ref; }

class UrlResolve : public testing::TestWithParam<ResolveCase> {};

// RFC 3986 section 5.4 examples (base http://a/b/c/d;p?q).
TEST_P(UrlResolve, FollowsRfc3986Examples) {
  Result<std::string> r = ResolveUrl("http://a/b/c/d;p?q", GetParam().ref);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, GetParam().out);
}

INSTANTIATE_TEST_SUITE_P(
    Rfc3986, UrlResolve,
    testing::Values(ResolveCase{"g", "http://a/b/c/g"}, ResolveCase{"./g", "http://a/b/c/g"},
                    ResolveCase{"g/", "http://a/b/c/g/"}, ResolveCase{"/g", "http://a/g"},
                    ResolveCase{"//g", "http://g/"}, ResolveCase{"?y", "http://a/b/c/d;p?y"},
                    ResolveCase{"g?y", "http://a/b/c/g?y"}, ResolveCase{"#s", "http://a/b/c/d;p?q#s"},
                    ResolveCase{"g#s", "http://a/b/c/g#s"}, ResolveCase{"g?y#s", "http://a/b/c/g?y#s"},
                    ResolveCase{";x", "http://a/b/c/;x"}, ResolveCase{"g;x", "http://a/b/c/g;x"},
                    ResolveCase{"", "http://a/b/c/d;p?q"}, ResolveCase{".", "http://a/b/c/"},
                    ResolveCase{"./", "http://a/b/c/"}, ResolveCase{"..", "http://a/b/"},
                    ResolveCase{"../", "http://a/b/"}, ResolveCase{"../g", "http://a/b/g"},
                    ResolveCase{"../..", "http://a/"}, ResolveCase{"../../", "http://a/"},
                    ResolveCase{"../../g", "http://a/g"}, ResolveCase{"../../../g", "http://a/g"},
                    ResolveCase{"/./g", "http://a/g"}, ResolveCase{"/../g", "http://a/g"},
                    ResolveCase{"g.", "http://a/b/c/g."}, ResolveCase{".g", "http://a/b/c/.g"},
                    ResolveCase{"g..", "http://a/b/c/g.."}, ResolveCase{"..g", "http://a/b/c/..g"},
                    ResolveCase{"./../g", "http://a/b/g"}, ResolveCase{"./g/.", "http://a/b/c/g/"},
                    ResolveCase{"g/./h", "http://a/b/c/g/h"}, ResolveCase{"g/../h", "http://a/b/c/h"},
                    ResolveCase{"https://Other.example/x", "https://other.example/x"}));

TEST(UrlResolve, HandlesSchemeRelativeAndBadBase) {
  EXPECT_EQ(*ResolveUrl("https://a.com/x", "//b.com/y"), "https://b.com/y");
  EXPECT_EQ(*ResolveUrl("not a url", "http://b.com/"), "http://b.com/");
  EXPECT_FALSE(ResolveUrl("not a url", "/relative").ok());
  EXPECT_FALSE(ResolveUrl("mailto:a@b", "x").ok());
}

TEST(Url, IsHttpUrl) {
  EXPECT_TRUE(IsHttpUrl("http://a.com/"));
  EXPECT_TRUE(IsHttpUrl("HTTPS://a.com"));
  EXPECT_FALSE(IsHttpUrl("ftp://a.com/"));
  EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsHttpUrl("mailto:a@b.com"));
  EXPECT_FALSE(IsHttpUrl("/a"));
}

TEST(Url, RegistrableDomainUsesPublicSuffixList) {
  EXPECT_EQ(RegistrableDomain("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegistrableDomain("www.chosun.com"), "chosun.com");
  EXPECT_EQ(RegistrableDomain("biz.chosun.co.kr"), "chosun.co.kr");
  EXPECT_EQ(RegistrableDomain("www.asahi.com"), "asahi.com");
  EXPECT_EQ(RegistrableDomain("example.com"), "example.com");
  EXPECT_EQ(RegistrableDomain("co.uk"), "co.uk");
  EXPECT_EQ(RegistrableDomain("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(RegistrableDomain("[::1]"), "[::1]");
  EXPECT_TRUE(SameSite("https://www.yna.co.kr/a", "http://m.yna.co.kr/b"));
  EXPECT_FALSE(SameSite("https://www.yna.co.kr/a", "https://www.hani.co.kr/b"));
  EXPECT_FALSE(SameSite("https://a.github.io/", "https://b.github.io/"));
}

TEST(Url, PercentDecode) {
  EXPECT_EQ(PercentDecode("a%20b%zz%4"), "a b%zz%4");
  EXPECT_EQ(PercentDecode("%ED%95%9C"), "\xED\x95\x9C");
}

}  // namespace
}  // namespace hirewire::fetch
