#include "fetch/config.h"

#include <re2/re2.h>

#include <toml++/toml.h>

namespace hirewire::fetch {
namespace {

template <typename T>
void Get(const toml::table& t, std::string_view key, T* out) {
  if (auto v = t[key].value<T>()) *out = *v;
}

void GetStrings(const toml::table& t, std::string_view key, std::vector<std::string>* out) {
  if (const toml::array* a = t[key].as_array()) {
    for (const auto& e : *a)
      if (auto s = e.value<std::string>()) out->push_back(*s);
  } else if (auto s = t[key].value<std::string>()) {
    out->push_back(*s);
  }
}

}  // namespace

Result<CrawlConfig> LoadCrawlConfig(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::string m = std::string(e.description());
    if (e.source().begin) m += " (line " + std::to_string(e.source().begin.line) + ")";
    return Status::InvalidArgument(path + ": " + m);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(path + ": " + e.what());
  }
  CrawlConfig c;
  Get(root, "user_agent", &c.user_agent);
  Get(root, "out", &c.out_dir);
  Get(root, "state", &c.state_path);
  Get(root, "operator", &c.operator_contact);
  Get(root, "ca_file", &c.ca_file);
  if (const toml::table* p = root["politeness"].as_table()) {
    Get(*p, "delay", &c.delay_s);
    int64_t conc = c.per_host_concurrency;
    Get(*p, "concurrency", &conc);
    c.per_host_concurrency = static_cast<int>(conc);
    Get(*p, "obey_robots", &c.obey_robots);
    Get(*p, "obey_crawl_delay", &c.obey_crawl_delay);
    Get(*p, "max_crawl_delay", &c.max_crawl_delay_s);
    Get(*p, "robots_cache_hours", &c.robots_cache_hours);
    int64_t inflight = c.max_in_flight;
    Get(*p, "max_in_flight", &inflight);
    c.max_in_flight = static_cast<int>(inflight);
  }
  if (const toml::table* l = root["limits"].as_table()) {
    Get(*l, "max_pages", &c.max_pages);
    Get(*l, "max_time", &c.max_time_s);
    Get(*l, "max_age_days", &c.max_age_days);
    int64_t smd = c.max_sitemap_depth;
    Get(*l, "max_sitemap_depth", &smd);
    c.max_sitemap_depth = static_cast<int>(smd);
    Get(*l, "max_sitemaps", &c.max_sitemaps);
    int64_t body = static_cast<int64_t>(c.max_body_bytes);
    Get(*l, "max_body_bytes", &body);
    c.max_body_bytes = static_cast<size_t>(body);
    Get(*l, "connect_timeout", &c.connect_timeout_s);
    Get(*l, "total_timeout", &c.total_timeout_s);
    int64_t lsb = c.low_speed_bytes, lst = c.low_speed_time_s;
    Get(*l, "low_speed_bytes", &lsb);
    Get(*l, "low_speed_time", &lst);
    c.low_speed_bytes = static_cast<long>(lsb);
    c.low_speed_time_s = static_cast<long>(lst);
    Get(*l, "http2", &c.http2);
  }
  if (const toml::table* r = root["retry"].as_table()) {
    int64_t a = c.max_attempts, p = c.pause_after_failures;
    Get(*r, "max_attempts", &a);
    Get(*r, "pause_after_failures", &p);
    c.max_attempts = static_cast<int>(a);
    c.pause_after_failures = static_cast<int>(p);
    Get(*r, "backoff_base", &c.backoff_base_s);
    Get(*r, "backoff_max", &c.backoff_max_s);
    Get(*r, "max_retry_after", &c.max_retry_after_s);
    Get(*r, "pause", &c.pause_s);
  }
  if (const toml::table* l = root["links"].as_table()) {
    Get(*l, "follow", &c.follow_links);
    int64_t d = c.max_depth;
    Get(*l, "max_depth", &d);
    c.max_depth = static_cast<int>(d);
    GetStrings(*l, "allow", &c.allow);
    GetStrings(*l, "deny", &c.deny);
    GetStrings(*l, "strip_params", &c.strip_params);
  }
  if (const toml::table* w = root["warc"].as_table()) {
    int64_t m = static_cast<int64_t>(c.warc_max_file_bytes);
    Get(*w, "max_file_bytes", &m);
    c.warc_max_file_bytes = static_cast<uint64_t>(m);
    Get(*w, "prefix", &c.warc_prefix);
    int64_t g = c.gzip_level;
    Get(*w, "gzip_level", &g);
    c.gzip_level = static_cast<int>(g);
    int64_t ce = c.commit_every, ci = c.commit_interval_ms;
    Get(*w, "commit_every", &ce);
    Get(*w, "commit_interval_ms", &ci);
    c.commit_every = static_cast<int>(ce);
    c.commit_interval_ms = static_cast<int>(ci);
  }
  GetStrings(root, "resolve", &c.resolve);
  if (const toml::array* sites = root["sites"].as_array()) {
    for (const auto& node : *sites) {
      const toml::table* t = node.as_table();
      if (!t) return Status::InvalidArgument(path + ": [[sites]] entries must be tables");
      SiteConfig s;
      Get(*t, "name", &s.name);
      GetStrings(*t, "seeds", &s.seeds);
      GetStrings(*t, "feeds", &s.feeds);
      GetStrings(*t, "sitemaps", &s.sitemaps);
      if (auto f = (*t)["follow_links"].value<bool>()) s.follow_links = *f ? 1 : 0;
      int64_t d = s.max_depth;
      Get(*t, "max_depth", &d);
      s.max_depth = static_cast<int>(d);
      GetStrings(*t, "allow", &s.allow);
      GetStrings(*t, "deny", &s.deny);
      c.sites.push_back(std::move(s));
    }
  }
  return c;
}

Status ValidateCrawlConfig(const CrawlConfig& c) {
  size_t seeds = 0;
  for (const auto& s : c.sites) seeds += s.seeds.size() + s.feeds.size() + s.sitemaps.size();
  if (seeds == 0) return Status::InvalidArgument("no seed URLs (give --seed URL or [[sites]] in the config)");
  if (c.delay_s < 0) return Status::InvalidArgument("delay must be >= 0");
  if (c.per_host_concurrency < 1 || c.per_host_concurrency > 64)
    return Status::InvalidArgument("concurrency must be 1..64");
  if (c.max_in_flight < 1 || c.max_in_flight > 4096) return Status::InvalidArgument("max_in_flight must be 1..4096");
  if (c.max_body_bytes < 1024) return Status::InvalidArgument("max_body_bytes must be >= 1024");
  if (c.max_attempts < 1) return Status::InvalidArgument("max_attempts must be >= 1");
  if (c.max_sitemap_depth < 0) return Status::InvalidArgument("max_sitemap_depth must be >= 0");
  if (c.max_sitemaps < 0) return Status::InvalidArgument("max_sitemaps must be >= 0");
  if (c.user_agent.empty()) return Status::InvalidArgument("user_agent must not be empty");
  if (c.warc_max_file_bytes < 4096) return Status::InvalidArgument("warc max_file_bytes must be >= 4096");
  auto check = [](const std::vector<std::string>& pats) -> Status {
    for (const auto& p : pats) {
      RE2 re(p, RE2::Quiet);
      if (!re.ok()) return Status::InvalidArgument("bad URL pattern '" + p + "': " + re.error());
    }
    return Status::Ok();
  };
  HW_RETURN_IF_ERROR(check(c.allow));
  HW_RETURN_IF_ERROR(check(c.deny));
  for (const auto& s : c.sites) {
    HW_RETURN_IF_ERROR(check(s.allow));
    HW_RETURN_IF_ERROR(check(s.deny));
  }
  return Status::Ok();
}

}  // namespace hirewire::fetch
