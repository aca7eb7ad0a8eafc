// Fuzz target for fetch/robots.h and fetch/url.h. Input: a robots.txt body; the first line
// (up to 2 KiB) is also used as a path and as a URL. Inputs above 1 MiB are ignored.
// Invariants: no crash; /robots.txt always allowed; parsing is deterministic; every Sitemap
// URL is an http(s) URL; normalization is idempotent.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fetch/robots.h"
#include "fetch/url.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string_view body(reinterpret_cast<const char*>(data), size);
  using hirewire::fetch::RobotsRules;
  RobotsRules rules = RobotsRules::Parse(body);
  std::string_view first = body.substr(0, body.find('\n'));
  if (first.size() > 2048) first = first.substr(0, 2048);
  for (std::string_view agent : {"hirewire", "*", "googlebot", ""}) {
    bool a = rules.IsAllowed(agent, first);
    bool b = RobotsRules::Parse(body).IsAllowed(agent, first);
    if (a != b) std::abort();
    if (!rules.IsAllowed(agent, "/robots.txt")) std::abort();
    rules.IsAllowed(agent, "/");
    rules.IsAllowed(agent, "/a/b.php?x=1");
    rules.CrawlDelay(agent);
  }
  for (const std::string& s : rules.Sitemaps()) {
    if (!hirewire::fetch::IsHttpUrl(s)) std::abort();
  }
  hirewire::fetch::RobotsPatternMatches(first, first);
  hirewire::Result<std::string> n = hirewire::fetch::NormalizeUrl(first);
  if (n.ok()) {
    hirewire::Result<std::string> again = hirewire::fetch::NormalizeUrl(*n);
    if (!again.ok() || *again != *n) std::abort();
  }
  (void)hirewire::fetch::ResolveUrl("https://example.com/a/b?c", first);
  return 0;
}
