#include "fetch/config.h"

#include <re2/re2.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <type_traits>

#include "corpus/text.h"

namespace hirewire::fetch {
namespace {

// Keys each table may hold (docs/crawl.example.toml); anything else is a mistake to report.
struct Section {
  std::string_view name;  // "" = the top level
  std::vector<std::string_view> keys;
};

const std::vector<Section>& Schema() {
  static const std::vector<Section> kSchema = {
      {"",
       {"user_agent", "out", "state", "operator", "ca_file", "resolve", "politeness", "limits", "retry",
        "links", "warc", "sites"}},
      {"politeness",
       {"delay", "concurrency", "obey_robots", "obey_crawl_delay", "max_crawl_delay", "robots_cache_hours",
        "max_in_flight"}},
      {"limits",
       {"max_pages", "max_time", "max_age_days", "max_body_bytes", "connect_timeout", "total_timeout",
        "low_speed_bytes", "low_speed_time", "http2", "max_sitemap_depth", "max_sitemaps"}},
      {"retry",
       {"max_attempts", "pause_after_failures", "backoff_base", "backoff_max", "max_retry_after", "pause"}},
      {"links", {"follow", "max_depth", "allow", "deny", "strip_params"}},
      {"warc", {"max_file_bytes", "prefix", "gzip_level", "commit_every", "commit_interval_ms"}},
      {"sites", {"name", "seeds", "feeds", "sitemaps", "follow_links", "max_depth", "allow", "deny"}},
  };
  return kSchema;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// " (did you mean 'x'?)" for the closest known name within a few edits, else "".
std::string DidYouMean(std::string_view key, const std::vector<std::string_view>& known, bool section) {
  std::string_view best;
  size_t best_d = std::max<size_t>(2, key.size() / 3) + 1;
  for (std::string_view k : known) {
    size_t d = EditDistance(key, k);
    if (d < best_d) {
      best_d = d;
      best = k;
    }
  }
  if (best.empty()) return "";
  return section ? " (did you mean [" + std::string(best) + "]?)"
                 : " (did you mean '" + std::string(best) + "'?)";
}

std::string Where(const std::string& path, const toml::node& node) {
  const auto& src = node.source();
  return src.begin ? path + ":" + std::to_string(src.begin.line) : path;
}

// Every key of `t` must be in `section`'s list; tables of the top level must be sections.
Status CheckKeys(const std::string& path, const toml::table& t, const Section& section) {
  std::vector<std::string_view> sections;
  for (const Section& s : Schema())
    if (!s.name.empty()) sections.push_back(s.name);
  for (const auto& [k, node] : t) {
    std::string_view key = k.str();
    bool known = false;
    for (std::string_view name : section.keys) known = known || name == key;
    if (known) continue;
    bool is_table = node.is_table() || node.is_array_of_tables();
    std::string where = Where(path, node);
    if (section.name.empty() && is_table)
      return Status::InvalidArgument(where + ": unknown section [" + std::string(key) + "]" +
                                     DidYouMean(key, sections, true));
    std::string in = section.name.empty() ? "" : " in [" + std::string(section.name) + "]";
    std::string hint = DidYouMean(key, section.keys, false);
    if (hint.empty() && section.name.empty())
      for (const Section& s : Schema())
        for (std::string_view name : s.keys)
          if (name == key && !s.name.empty()) hint = " (it belongs in [" + std::string(s.name) + "])";
    return Status::InvalidArgument(where + ": unknown key '" + std::string(key) + "'" + in + hint);
  }
  return Status::Ok();
}

std::string_view TypeName(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "a date/time";
  }
}

template <typename T>
std::string_view Wanted() {
  if constexpr (std::is_same_v<T, bool>)
    return "true or false";
  else if constexpr (std::is_same_v<T, std::string>)
    return "a string";
  else if constexpr (std::is_floating_point_v<T>)
    return "a number";
  else
    return "an integer";
}

// Reads t[key] into *out when present; a value of the wrong type is an error naming the line.
// Integer settings of another width than TOML's int64 (int, size_t, uint64_t) are read as int64
// and cast.
class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}
  template <typename T>
  void Get(const toml::table& t, std::string_view key, T* out) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, int64_t>) {
      int64_t v = static_cast<int64_t>(*out);
      Get(t, key, &v);
      *out = static_cast<T>(v);
    } else {
      const toml::node* n = t.get(key);
      if (!n || !status_.ok()) return;
      if (auto v = n->value<T>()) {
        *out = *v;
        return;
      }
      status_ = Status::InvalidArgument(Where(path_, *n) + ": " + std::string(key) + " must be " +
                                        std::string(Wanted<T>()) + ", not " + std::string(TypeName(*n)));
    }
  }
  void GetStrings(const toml::table& t, std::string_view key, std::vector<std::string>* out) {
    const toml::node* n = t.get(key);
    if (!n || !status_.ok()) return;
    if (const toml::array* a = n->as_array()) {
      for (const auto& e : *a) {
        if (auto s = e.value<std::string>()) {
          out->push_back(*s);
        } else {
          status_ = Status::InvalidArgument(Where(path_, e) + ": " + std::string(key) +
                                            " must hold strings, not " + std::string(TypeName(e)));
          return;
        }
      }
    } else if (auto s = n->value<std::string>()) {
      out->push_back(*s);
    } else {
      status_ = Status::InvalidArgument(Where(path_, *n) + ": " + std::string(key) +
                                        " must be a string or an array of strings, not " +
                                        std::string(TypeName(*n)));
    }
  }
  Status status() const { return status_; }

 private:
  std::string path_;
  Status status_;
};

// "not a url" -> why it cannot be a seed; "" for an http(s) URL with a host.
std::string CheckHttpUrl(std::string_view url) {
  std::string lower = AsciiLower(url.substr(0, 8));
  size_t host_at = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
  if (host_at == 0) {
    std::string why = "'" + std::string(url) + "' is not an http(s) URL";
    if (url.find("://") == std::string_view::npos && url.find(' ') == std::string_view::npos && !url.empty())
      why += " (did you mean 'http://" + std::string(url) + "'?)";
    return why;
  }
  std::string_view rest = url.substr(host_at);
  if (rest.empty() || rest[0] == '/' || rest[0] == ':' ||
      url.find_first_of(" \t\r\n") != std::string_view::npos)
    return "'" + std::string(url) + "' is not an http(s) URL with a host";
  return "";
}

}  // namespace

Result<CrawlConfig> LoadCrawlConfig(const std::string& path) { return LoadCrawlConfig(path, {}); }

Result<CrawlConfig> LoadCrawlConfig(const std::string& path, const std::vector<std::string>& other_sections) {
  if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    return Status::InvalidArgument("cannot read " + path + ": " + std::strerror(errno));
  }
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
  for (const std::string& name : other_sections) root.erase(name);
  // Unknown keys and sections first: a misspelled name must not silently mean "default".
  for (const Section& sec : Schema()) {
    if (sec.name.empty()) {
      HW_RETURN_IF_ERROR(CheckKeys(path, root, sec));
    } else if (const toml::table* t = root[sec.name].as_table()) {
      HW_RETURN_IF_ERROR(CheckKeys(path, *t, sec));
    } else if (const toml::array* arr = root[sec.name].as_array()) {
      for (const auto& node : *arr)
        if (const toml::table* t = node.as_table()) HW_RETURN_IF_ERROR(CheckKeys(path, *t, sec));
    } else if (root.get(sec.name)) {
      return Status::InvalidArgument(Where(path, *root.get(sec.name)) + ": " + std::string(sec.name) +
                                     " must be a section ([" + std::string(sec.name) + "]), not " +
                                     std::string(TypeName(*root.get(sec.name))));
    }
  }
  Reader rd(path);
  CrawlConfig c;
  rd.Get(root, "user_agent", &c.user_agent);
  rd.Get(root, "out", &c.out_dir);
  rd.Get(root, "state", &c.state_path);
  rd.Get(root, "operator", &c.operator_contact);
  rd.Get(root, "ca_file", &c.ca_file);
  if (const toml::table* p = root["politeness"].as_table()) {
    rd.Get(*p, "delay", &c.delay_s);
    rd.Get(*p, "concurrency", &c.per_host_concurrency);
    rd.Get(*p, "obey_robots", &c.obey_robots);
    rd.Get(*p, "obey_crawl_delay", &c.obey_crawl_delay);
    rd.Get(*p, "max_crawl_delay", &c.max_crawl_delay_s);
    rd.Get(*p, "robots_cache_hours", &c.robots_cache_hours);
    rd.Get(*p, "max_in_flight", &c.max_in_flight);
  }
  if (const toml::table* l = root["limits"].as_table()) {
    rd.Get(*l, "max_pages", &c.max_pages);
    rd.Get(*l, "max_time", &c.max_time_s);
    rd.Get(*l, "max_age_days", &c.max_age_days);
    rd.Get(*l, "max_sitemap_depth", &c.max_sitemap_depth);
    rd.Get(*l, "max_sitemaps", &c.max_sitemaps);
    rd.Get(*l, "max_body_bytes", &c.max_body_bytes);
    rd.Get(*l, "connect_timeout", &c.connect_timeout_s);
    rd.Get(*l, "total_timeout", &c.total_timeout_s);
    rd.Get(*l, "low_speed_bytes", &c.low_speed_bytes);
    rd.Get(*l, "low_speed_time", &c.low_speed_time_s);
    rd.Get(*l, "http2", &c.http2);
  }
  if (const toml::table* r = root["retry"].as_table()) {
    rd.Get(*r, "max_attempts", &c.max_attempts);
    rd.Get(*r, "pause_after_failures", &c.pause_after_failures);
    rd.Get(*r, "backoff_base", &c.backoff_base_s);
    rd.Get(*r, "backoff_max", &c.backoff_max_s);
    rd.Get(*r, "max_retry_after", &c.max_retry_after_s);
    rd.Get(*r, "pause", &c.pause_s);
  }
  if (const toml::table* l = root["links"].as_table()) {
    rd.Get(*l, "follow", &c.follow_links);
    rd.Get(*l, "max_depth", &c.max_depth);
    rd.GetStrings(*l, "allow", &c.allow);
    rd.GetStrings(*l, "deny", &c.deny);
    rd.GetStrings(*l, "strip_params", &c.strip_params);
  }
  if (const toml::table* w = root["warc"].as_table()) {
    rd.Get(*w, "max_file_bytes", &c.warc_max_file_bytes);
    rd.Get(*w, "prefix", &c.warc_prefix);
    rd.Get(*w, "gzip_level", &c.gzip_level);
    rd.Get(*w, "commit_every", &c.commit_every);
    rd.Get(*w, "commit_interval_ms", &c.commit_interval_ms);
  }
  rd.GetStrings(root, "resolve", &c.resolve);
  if (const toml::array* sites = root["sites"].as_array()) {
    for (const auto& node : *sites) {
      const toml::table* t = node.as_table();
      if (!t) return Status::InvalidArgument(path + ": [[sites]] entries must be tables");
      SiteConfig s;
      rd.Get(*t, "name", &s.name);
      rd.GetStrings(*t, "seeds", &s.seeds);
      rd.GetStrings(*t, "feeds", &s.feeds);
      rd.GetStrings(*t, "sitemaps", &s.sitemaps);
      if ((*t).get("follow_links")) {
        bool follow = false;
        rd.Get(*t, "follow_links", &follow);
        s.follow_links = follow ? 1 : 0;
      }
      rd.Get(*t, "max_depth", &s.max_depth);
      rd.GetStrings(*t, "allow", &s.allow);
      rd.GetStrings(*t, "deny", &s.deny);
      c.sites.push_back(std::move(s));
    }
  }
  HW_RETURN_IF_ERROR(rd.status());
  return c;
}

Status ValidateCrawlConfig(const CrawlConfig& c) {
  size_t seeds = 0;
  for (const auto& s : c.sites) seeds += s.seeds.size() + s.feeds.size() + s.sitemaps.size();
  if (seeds == 0) return Status::InvalidArgument("no seed URLs (give --seed URL or [[sites]] in the config)");
  for (const auto& s : c.sites)
    for (const auto* list : {&s.seeds, &s.feeds, &s.sitemaps})
      for (const std::string& u : *list)
        if (std::string why = CheckHttpUrl(u); !why.empty()) return Status::InvalidArgument("seed " + why);
  if (!(c.delay_s >= 0)) return Status::InvalidArgument("delay must be >= 0");
  if (c.gzip_level < 0 || c.gzip_level > 9) return Status::InvalidArgument("gzip_level must be 0..9");
  if (c.max_pages < 0 || !(c.max_time_s >= 0) || !(c.max_age_days >= 0))
    return Status::InvalidArgument("max_pages, max_time and max_age_days must be >= 0");
  if (c.per_host_concurrency < 1 || c.per_host_concurrency > 64)
    return Status::InvalidArgument("concurrency must be 1..64");
  if (c.max_in_flight < 1 || c.max_in_flight > 4096)
    return Status::InvalidArgument("max_in_flight must be 1..4096");
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
