#include "fetch/crawler.h"

#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "corpus/text.h"
#include "corpus/warc_writer.h"
#include "fetch/feeds.h"
#include "fetch/robots.h"
#include "fetch/scheduler.h"
#include "fetch/sitemaps.h"
#include "fetch/url.h"

namespace hirewire::fetch {
namespace {

namespace fs = std::filesystem;

constexpr size_t kLeaseBatch = 16;
constexpr size_t kRobotsMaxBody = 600 * 1024;
constexpr int kMaxRedirects = 5;
constexpr int64_t kStopGraceMs = 3000;
constexpr int64_t kMaxIdleWaitMs = 120000;  // retries due later than this are left for the next run

using Headers = std::vector<std::pair<std::string, std::string>>;

Headers ParseHead(std::string_view head) {
  Headers h;
  size_t pos = head.find('\n');
  while (pos != std::string_view::npos && pos < head.size()) {
    size_t next = head.find('\n', pos + 1);
    std::string_view line =
        head.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
    pos = next;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    h.emplace_back(std::string(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
  }
  return h;
}

std::string HeaderOf(const Headers& h, std::string_view name) {
  for (const auto& [k, v] : h)
    if (IEquals(k, name)) return v;
  return "";
}

bool IsTransientStatus(int s) { return s == 408 || s == 429 || (s >= 500 && s <= 599); }

bool IsTransientError(TransportError e) {
  return e == TransportError::kTimeout || e == TransportError::kConnect || e == TransportError::kReset ||
         e == TransportError::kPartial;
}

struct CompiledSite {
  std::string name;
  bool follow = false;
  int max_depth = 0;
  std::vector<std::unique_ptr<RE2>> allow;
  std::vector<std::unique_ptr<RE2>> deny;
};

struct HostQ {
  std::string site;
  std::deque<FrontierEntry> queue;
  bool has_more = true;
  int64_t lease_again_at = 0;  // monotonic
  enum class Robots { kUnknown, kFetching, kReady } robots = Robots::kUnknown;
  std::optional<RobotsRules> rules;
  int64_t robots_expires = 0;  // monotonic
  int robots_failures = 0;
  bool dead = false;    // robots.txt never reachable: left for the next run
  bool probed = false;  // has_more was checked against the state DB since the last change
};

struct InFlight {
  FrontierEntry entry;
  bool robots = false;
};

// A site without a name becomes one site per host of its URLs, named after the host, so
// `--seed` URLs of several hosts are counted apart. Named sites are kept as they are.
std::vector<SiteConfig> SplitUnnamedSites(const std::vector<SiteConfig>& in) {
  std::vector<SiteConfig> out;
  std::map<std::string, size_t> by_host;
  for (const SiteConfig& s : in) {
    if (!s.name.empty()) {
      out.push_back(s);
      continue;
    }
    auto add = [&](const std::string& url, std::vector<std::string> SiteConfig::*list) {
      auto p = ParseUrl(url);
      std::string host = p.ok() ? p->host : url;
      auto it = by_host.find(host);
      if (it == by_host.end()) {
        SiteConfig c = s;
        c.name = host;
        c.seeds.clear();
        c.feeds.clear();
        c.sitemaps.clear();
        it = by_host.emplace(host, out.size()).first;
        out.push_back(std::move(c));
      }
      (out[it->second].*list).push_back(url);
    };
    for (const auto& u : s.seeds) add(u, &SiteConfig::seeds);
    for (const auto& u : s.feeds) add(u, &SiteConfig::feeds);
    for (const auto& u : s.sitemaps) add(u, &SiteConfig::sitemaps);
  }
  return out;
}

}  // namespace

int64_t CrawlSummary::ErrorCount() const {
  int64_t n = 0;
  for (const auto& [k, v] : errors) n += v;
  return n;
}

std::string CrawlSummary::ToJson() const {
  nlohmann::ordered_json j;
  j["run"] = run;
  j["fetched"] = fetched;
  j["new"] = new_pages;
  j["unchanged"] = unchanged;
  j["redirected"] = redirected;
  j["stored"] = stored;
  j["retries"] = retries;
  j["disallowed"] = disallowed;
  j["discovered"] = discovered;
  j["robots_fetches"] = robots_fetches;
  j["reconciled"] = reconciled;
  j["errors"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : errors) j["errors"][k] = v;
  j["error_count"] = ErrorCount();
  j["warnings"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : warnings) j["warnings"][k] = v;
  j["failed"] = nlohmann::ordered_json::array();
  for (const auto& f : failed) {
    nlohmann::ordered_json e = {{"url", f.url}, {"error", f.error}};
    if (!f.detail.empty()) e["detail"] = f.detail;
    j["failed"].push_back(std::move(e));
  }
  j["failed_omitted"] = failed_omitted;
  j["bytes"] = bytes;
  j["duration_s"] = static_cast<double>(static_cast<int64_t>(duration_s * 1000)) / 1000.0;
  j["pages_per_s"] =
      duration_s > 0 ? static_cast<double>(static_cast<int64_t>(fetched / duration_s * 10)) / 10.0 : 0.0;
  j["sites"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : sites) {
    j["sites"][k] = {
        {"fetched", v.fetched}, {"new", v.new_pages}, {"unchanged", v.unchanged}, {"errors", v.errors}};
  }
  j["backoff_hosts"] = nlohmann::ordered_json::object();
  for (const auto& [k, v] : backoff_hosts)
    j["backoff_hosts"][k] = {{"backoffs", v.backoffs},
                             {"paused", v.paused},
                             {"longest_wait_s", static_cast<double>(v.longest_wait_ms / 100) / 10.0}};
  j["warc_files"] = warc_files;
  j["queued_left"] = queued_left;
  j["interrupted"] = interrupted;
  j["budget_hit"] = budget_hit;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

CurlTransportOptions TransportOptionsFor(const CrawlConfig& c) {
  CurlTransportOptions o;
  o.user_agent = c.user_agent;
  o.connect_timeout_ms = static_cast<long>(c.connect_timeout_s * 1000);
  o.total_timeout_ms = static_cast<long>(c.total_timeout_s * 1000);
  o.low_speed_bytes = c.low_speed_bytes;
  o.low_speed_seconds = c.low_speed_time_s;
  o.max_redirects = kMaxRedirects;
  o.http2 = c.http2;
  o.ca_file = c.ca_file;
  o.resolve = c.resolve;
  o.max_total_connections = static_cast<size_t>(std::max(16, c.max_in_flight * 2));
  return o;
}

struct Crawler::Impl {
  CrawlConfig cfg;
  Clock* clock = nullptr;
  HttpTransport* transport = nullptr;
  CrawlState* state = nullptr;
  std::unique_ptr<WarcWriter> writer;
  std::unique_ptr<HostScheduler> sched;
  UrlNormalizeOptions norm;
  std::vector<CompiledSite> sites;
  std::unordered_map<std::string, size_t> site_index;
  std::unordered_map<std::string, HostQ> hosts;
  std::unordered_map<uint64_t, InFlight> in_flight;
  uint64_t next_id = 1;
  int64_t run = 0;
  CrawlSummary sum;
  std::vector<Completion> pending;
  std::vector<NewUrl> discovered;
  int64_t last_commit_ms = 0;
  int64_t pages_in_flight = 0;
  std::string robots_agent;
  std::function<void(const CrawlMessage&)> sink;
  std::unordered_set<std::string> configured;                  // normalized seed/feed/sitemap URLs
  std::unordered_map<std::string, int64_t> sitemaps_per_site;  // child sitemaps queued this run

  // ---- reporting ---------------------------------------------------------------------------

  void Fail(const std::string& url, const std::string& kind, std::string detail = "") {
    if (sum.failed.size() < CrawlSummary::kMaxFailedListed) {
      sum.failed.push_back({url, kind, detail});
    } else {
      ++sum.failed_omitted;
    }
    if (sink) sink({CrawlMessage::Level::kError, url, kind, std::move(detail)});
  }

  void Warn(const std::string& url, const std::string& kind, std::string detail = "", int64_t n = 1) {
    sum.warnings[kind] += n;
    if (sink) sink({CrawlMessage::Level::kWarning, url, kind, std::move(detail)});
  }

  // ---- helpers ---------------------------------------------------------------------------

  const CompiledSite* SiteOf(const std::string& name) const {
    auto it = site_index.find(name);
    return it == site_index.end() ? nullptr : &sites[it->second];
  }

  // Normalized URL + origin, or nullopt for non-http(s) / bad URLs.
  std::optional<std::pair<std::string, std::string>> Canon(std::string_view url) const {
    auto n = NormalizeUrl(url, norm);
    if (!n.ok()) return std::nullopt;
    auto p = ParseUrl(*n);
    if (!p.ok() || !IsHttpUrl(*p)) return std::nullopt;
    return std::make_pair(*n, p->Origin());
  }

  bool PatternsAllow(const std::string& site, const std::string& url) const {
    auto check = [&](const std::vector<std::unique_ptr<RE2>>& allow,
                     const std::vector<std::unique_ptr<RE2>>& deny) {
      for (const auto& re : deny)
        if (RE2::PartialMatch(url, *re)) return false;
      if (allow.empty()) return true;
      for (const auto& re : allow)
        if (RE2::PartialMatch(url, *re)) return true;
      return false;
    };
    if (!check(global_allow, global_deny)) return false;
    if (const CompiledSite* s = SiteOf(site)) return check(s->allow, s->deny);
    return true;
  }
  std::vector<std::unique_ptr<RE2>> global_allow, global_deny;

  void Discover(std::string_view url, UrlKind kind, const std::string& site, int depth, int redirects,
                int priority, bool recheck, int64_t lastmod_s = 0) {
    auto c = Canon(url);
    if (!c) return;
    if (kind == UrlKind::kPage && !PatternsAllow(site, c->first)) return;
    NewUrl u;
    u.url = std::move(c->first);
    u.host = std::move(c->second);
    u.site = site;
    u.kind = kind;
    u.depth = depth;
    u.redirects = redirects;
    u.priority = priority;
    u.recheck = recheck;
    u.lastmod_s = lastmod_s;
    discovered.push_back(std::move(u));
    ++sum.discovered;
  }

  bool TooOld(int64_t published_unix) const {
    if (cfg.max_age_days <= 0 || published_unix <= 0) return false;
    int64_t cutoff = clock->WallMs() / 1000 - static_cast<int64_t>(cfg.max_age_days * 86400);
    return published_unix < cutoff;
  }

  // Discovery from a stored 2xx body. Returns the detected kind; sets *canonical.
  UrlKind ProcessBody(const FrontierEntry& e, const Headers& headers, const std::string& body,
                      std::string* canonical) {
    const std::string ct = HeaderOf(headers, "Content-Type");
    ContentKind k = DetectKind(ct, body, e.url);
    switch (k) {
      case ContentKind::kRss:
      case ContentKind::kAtom:
      case ContentKind::kRdf: {
        auto feed = ParseFeed(body, e.url);
        if (feed.ok()) {
          for (const auto& entry : feed->entries) {
            if (TooOld(entry.published_unix)) continue;
            Discover(entry.url, UrlKind::kPage, e.site, e.depth, 0, 0, false);
          }
        }
        return UrlKind::kFeed;
      }
      case ContentKind::kSitemap:
      case ContentKind::kSitemapIndex: {
        auto sm = ParseSitemap(body, e.url);
        if (sm.ok()) DiscoverFromSitemap(e, *sm);
        return UrlKind::kSitemap;
      }
      case ContentKind::kRobots: return UrlKind::kPage;
      case ContentKind::kPage: break;
    }
    std::string lct = AsciiLower(ct);
    bool html = lct.find("html") != std::string::npos ||
                (lct.empty() || lct.find("text/plain") != std::string::npos ||
                 lct.find("octet") != std::string::npos);
    if (!html) return UrlKind::kPage;
    PageLinks links = ExtractLinks(body, e.url);
    *canonical = links.canonical;
    if (e.recheck) {  // seed pages: announce their feeds
      for (const auto& f : links.feeds) Discover(f, UrlKind::kFeed, e.site, 0, 0, 2, true);
    }
    const CompiledSite* s = SiteOf(e.site);
    bool follow = s ? s->follow : cfg.follow_links;
    int max_depth = s ? s->max_depth : cfg.max_depth;
    if (follow && e.depth < max_depth) {
      for (const auto& l : links.links)
        if (SameSite(l, e.url)) Discover(l, UrlKind::kPage, e.site, e.depth + 1, 0, 0, false);
    }
    return UrlKind::kPage;
  }

  // Pages and child sitemaps of a sitemap. A child sitemap is one level deeper than its index
  // (FrontierEntry::depth counts index levels for sitemaps); children deeper than
  // max_sitemap_depth, and more than max_sitemaps per site in one run, are skipped and reported.
  void DiscoverFromSitemap(const FrontierEntry& e, const Sitemap& sm) {
    int64_t too_deep = 0, over_limit = 0;
    for (const auto& entry : sm.entries) {
      if (!entry.is_sitemap) {
        if (TooOld(entry.published_unix ? entry.published_unix : entry.lastmod_unix)) continue;
        Discover(entry.url, UrlKind::kPage, e.site, 0, 0, 0, false, entry.lastmod_unix);
        continue;
      }
      if (e.depth + 1 > cfg.max_sitemap_depth) {
        ++too_deep;
      } else if (++sitemaps_per_site[e.site] > cfg.max_sitemaps) {
        ++over_limit;
      } else {
        Discover(entry.url, UrlKind::kSitemap, e.site, e.depth + 1, 0, 2, true);
      }
    }
    if (too_deep)
      Warn(e.url, "sitemap_too_deep",
           std::to_string(too_deep) + " child sitemaps skipped: index nesting is capped at " +
               std::to_string(cfg.max_sitemap_depth) + " levels",
           too_deep);
    if (over_limit)
      Warn(e.url, "sitemap_limit",
           std::to_string(over_limit) + " child sitemaps skipped: at most " +
               std::to_string(cfg.max_sitemaps) + " per site and run",
           over_limit);
  }

  // Redirect target from a 3xx answer.
  void FollowRedirect(const FrontierEntry& e, const Headers& headers, Completion* c) {
    std::string loc = HeaderOf(headers, "Location");
    if (loc.empty()) return;
    auto target = ResolveUrl(e.url, loc);
    if (!target.ok() || !IsHttpUrl(*target)) {
      ++sum.errors["bad_redirect_scheme"];
      c->outcome = "error:bad_redirect";
      Fail(e.url, "bad_redirect_scheme", "Location: " + loc);
      return;
    }
    if (e.redirects + 1 > kMaxRedirects) {
      ++sum.errors["too_many_redirects"];
      c->outcome = "error:too_many_redirects";
      Fail(e.url, "too_many_redirects", "more than " + std::to_string(kMaxRedirects) + " hops");
      return;
    }
    // A configured feed or sitemap that moved is still configured (its 4xx stays an error).
    if (configured.count(e.url)) {
      if (auto c = Canon(*target)) configured.insert(c->first);
    }
    Discover(*target, e.kind, e.site, e.depth, e.redirects + 1, 1, e.recheck);
  }

  HostQ& Host(const std::string& host, const std::string& site) {
    auto it = hosts.find(host);
    if (it == hosts.end()) {
      it = hosts.emplace(host, HostQ()).first;
      it->second.site = site;
    } else if (it->second.site.empty()) {
      it->second.site = site;
    }
    return it->second;
  }

  // ---- commits ----------------------------------------------------------------------------

  Status Commit(bool force) {
    int64_t now = clock->MonotonicMs();
    if (pending.empty() && discovered.empty()) return Status::Ok();
    if (!force && static_cast<int>(pending.size()) < cfg.commit_every &&
        now - last_commit_ms < cfg.commit_interval_ms)
      return Status::Ok();
    if (writer) HW_RETURN_IF_ERROR(writer->Sync());
    HW_RETURN_IF_ERROR(state->Commit(pending, discovered, writer ? writer->current_file() : std::string(),
                                     writer ? writer->current_size() : 0));
    for (const auto& u : discovered) {
      HostQ& h = Host(u.host, u.site);
      h.has_more = true;
      h.probed = false;
      h.lease_again_at = 0;
    }
    pending.clear();
    discovered.clear();
    last_commit_ms = now;
    return Status::Ok();
  }

  // ---- recovery ---------------------------------------------------------------------------

  // Whether a capture of `url` found in a WARC tail may be committed (CrawlState::
  // KeepsRecoveredCaptures of its host, asked once per host): committing one whose host another
  // worker took over while this one was down would store the page twice. When the state cannot
  // tell, the capture is kept and *error set: recovery then stops before committing anything.
  bool KeepsRecovered(const std::string& url, Status* error) {
    auto c = Canon(url);
    const std::string host = c ? c->second : url;
    auto it = recovered_hosts.find(host);
    if (it == recovered_hosts.end()) {
      auto keep = state->KeepsRecoveredCaptures(host);
      if (!keep.ok()) {
        *error = keep.status();
        return true;
      }
      it = recovered_hosts.emplace(host, *keep).first;
    }
    return it->second;
  }
  std::unordered_map<std::string, bool> recovered_hosts;

  Status Recover() {
    auto files = state->WarcFiles();
    if (!files.ok()) return files.status();
    for (size_t i = 0; i < files->size(); ++i) {
      const WarcFileState& f = (*files)[i];
      fs::path path = fs::path(cfg.out_dir) / f.name;
      std::error_code ec;
      if (!fs::exists(path, ec)) continue;
      uint64_t size = fs::file_size(path, ec);
      bool last = i + 1 == files->size();
      if (size == f.committed_bytes && !last) continue;
      std::vector<Completion> found;
      uint64_t cut = 0;
      std::string lost_host;  // the first capture whose host's captures may no longer be committed
      Status keep_error;
      Status st = RecoverWarcFile(
          path.string(), f.committed_bytes, true,
          [&](const WarcMemberInfo& m) {
            if (m.type != "response" && m.type != "revisit") return true;
            if (!KeepsRecovered(m.target_uri, &keep_error)) {
              lost_host = m.target_uri;
              return false;  // cut here: this capture and the rest of the tail go
            }
            Headers h = ParseHead(m.http_head);
            Completion c;
            c.action = Completion::Action::kDone;
            c.url = m.target_uri;
            c.at_ms = clock->WallMs();
            c.http_status = m.http_status;
            c.outcome = m.type == "revisit" ? "unchanged" : "new";
            c.warc_file = f.name;
            c.warc_offset = m.offset;
            if (m.type == "response") {
              c.etag = HeaderOf(h, "ETag");
              c.last_modified = HeaderOf(h, "Last-Modified");
              c.digest = m.payload_digest;
              c.warc_date = m.warc_date;
              c.record_id = m.record_id;
              c.bytes = static_cast<int64_t>(m.http_payload.size());
              FrontierEntry e;
              e.url = m.target_uri;
              e.kind = UrlKind::kUnknown;
              if (m.http_status >= 300 && m.http_status < 400) {
                FollowRedirect(e, h, &c);
              } else if (m.http_status >= 200 && m.http_status < 300) {
                c.kind = ProcessBody(e, h, m.http_payload, &c.canonical);
              }
            }
            found.push_back(std::move(c));
            return true;
          },
          &cut);
      if (!st.ok()) return st;
      if (!keep_error.ok()) return keep_error;
      sum.reconciled += static_cast<int64_t>(found.size());
      if (!lost_host.empty()) {
        Warn(path.string(), "warc_tail_dropped",
             "captures from " + lost_host +
                 " on were never committed and their host went to another worker "
                 "while this one was down: cut off (" +
                 std::to_string(cut) + " bytes), their URLs are fetched again");
      } else if (cut) {
        Warn(path.string(), "warc_torn_tail_cut",
             "a torn last record was cut off; nothing committed was lost");
      }
      uint64_t new_size = fs::file_size(path, ec);
      if (new_size == 0) {  // killed while the warcinfo record was being written
        fs::remove(path, ec);
        std::string cdxj = path.string();
        fs::remove(cdxj.substr(0, cdxj.size() - std::string(".warc.gz").size()) + ".cdxj", ec);
      }
      HW_RETURN_IF_ERROR(state->Commit(found, discovered, f.name, new_size));
      discovered.clear();
    }
    return Status::Ok();
  }

  // ---- starting requests ------------------------------------------------------------------

  void StartRobots(const std::string& host, HostQ& h, int64_t now) {
    HttpRequest req;
    req.id = next_id++;
    req.url = host + "/robots.txt";
    req.follow_redirects = true;
    req.max_body_bytes = kRobotsMaxBody;
    InFlight f;
    f.robots = true;
    f.entry.host = host;
    f.entry.url = req.url;
    in_flight.emplace(req.id, std::move(f));
    sched->OnStart(host, now);
    h.robots = HostQ::Robots::kFetching;
    transport->Start(std::move(req));
  }

  void ApplyRobots(const std::string& host, HostQ& h, const RobotsRules& rules, int64_t now) {
    h.rules = rules;
    h.robots = HostQ::Robots::kReady;
    h.robots_expires = now + static_cast<int64_t>(cfg.robots_cache_hours * 3600 * 1000);
    if (cfg.obey_crawl_delay) {
      if (auto cd = rules.CrawlDelay(robots_agent)) {
        double d = std::min(*cd, cfg.max_crawl_delay_s);
        int64_t ms = std::max(static_cast<int64_t>(d * 1000), static_cast<int64_t>(cfg.delay_s * 1000));
        sched->SetDelay(host, ms);
      }
    }
    for (const auto& sm : rules.Sitemaps()) Discover(sm, UrlKind::kSitemap, h.site, 0, 0, 2, true);
  }

  // Loads robots rules from the cache when fresh; returns true when the host is ready.
  bool RobotsFromCache(const std::string& host, HostQ& h, int64_t now) {
    auto cached = state->GetRobots(host);
    if (!cached.ok() || !cached->has_value()) return false;
    const RobotsCacheEntry& e = **cached;
    int64_t age = clock->WallMs() - e.fetched_ms;
    if (age < 0 || age > static_cast<int64_t>(cfg.robots_cache_hours * 3600 * 1000)) return false;
    RobotsRules rules = RobotsRules::FromFetch(e.http_status, e.body, e.network_error);
    if (rules.source() == RobotsRules::Source::kUnreachable) return false;
    ApplyRobots(host, h, rules, now);
    return true;
  }

  void StartPage(const std::string& host, FrontierEntry e, int64_t now) {
    HttpRequest req;
    req.id = next_id++;
    req.url = e.url;
    req.max_body_bytes = cfg.max_body_bytes;
    if (!e.etag.empty()) req.headers.push_back("If-None-Match: " + e.etag);
    if (!e.last_modified.empty()) req.headers.push_back("If-Modified-Since: " + e.last_modified);
    sched->OnStart(host, now);
    InFlight f;
    f.entry = std::move(e);
    in_flight.emplace(req.id, std::move(f));
    ++pages_in_flight;
    transport->Start(std::move(req));
  }

  // A shared frontier gives each host to one worker at a time (CrawlState::ClaimHost); when
  // another holds it, look again when the frontier says.
  bool ClaimHost(const std::string& host, HostQ& h, int64_t now) {
    auto held = state->ClaimHost(host);
    if (held.ok() && *held) return true;
    auto due = state->NextDue(host);
    if (!due.ok() || !due->has_value()) {
      h.has_more = false;
    } else {
      h.lease_again_at = now + std::max<int64_t>(50, **due - clock->WallMs());
    }
    return false;
  }

  bool BudgetLeft() const {
    if (cfg.max_pages > 0 && sum.stored + pages_in_flight >= cfg.max_pages) return false;
    return true;
  }

  void StartWork(int64_t now) {
    for (auto& [host, h] : hosts) {
      if (static_cast<int>(in_flight.size()) >= cfg.max_in_flight) return;
      if (h.dead || sched->Paused(host, now)) continue;
      if (cfg.obey_robots) {
        if (h.robots == HostQ::Robots::kReady && now > h.robots_expires) h.robots = HostQ::Robots::kUnknown;
        if (h.robots == HostQ::Robots::kFetching) continue;
        if (h.robots == HostQ::Robots::kUnknown) {
          if (!h.has_more && h.queue.empty()) continue;
          if (!RobotsFromCache(host, h, now)) {
            if (sched->CanStart(host, now) && now >= h.lease_again_at && ClaimHost(host, h, now))
              StartRobots(host, h, now);
            continue;
          }
        }
      }
      while (sched->CanStart(host, now) && static_cast<int>(in_flight.size()) < cfg.max_in_flight) {
        if (!BudgetLeft()) {
          sum.budget_hit = true;
          return;
        }
        if (h.queue.empty()) {
          if (!h.has_more || now < h.lease_again_at) break;
          auto leased = state->Lease(host, clock->WallMs(), kLeaseBatch);
          if (!leased.ok() || leased->empty()) {
            auto due = state->NextDue(host);
            if (!due.ok() || !due->has_value()) {
              if (!pending.empty()) {
                // Completions not yet committed may hold this host's retries: look again after
                // the next commit instead of concluding the host is done.
                h.lease_again_at = now + 50;
                break;
              }
              h.has_more = false;
            } else {
              h.lease_again_at = now + std::max<int64_t>(50, **due - clock->WallMs());
            }
            break;
          }
          for (auto& e : *leased) h.queue.push_back(std::move(e));
        }
        FrontierEntry e = std::move(h.queue.front());
        h.queue.pop_front();
        if (cfg.obey_robots && h.rules && !h.rules->IsAllowed(robots_agent, e.url)) {
          Completion c;
          c.action = Completion::Action::kDone;
          c.id = e.id;
          c.url = e.url;
          c.at_ms = clock->WallMs();
          c.outcome = "robots";
          c.kind = e.kind;
          pending.push_back(std::move(c));
          ++sum.disallowed;
          continue;
        }
        StartPage(host, std::move(e), now);
      }
    }
  }

  // True when nothing is left to do now or within kMaxIdleWaitMs.
  bool Idle(int64_t now) {
    if (!in_flight.empty() || !pending.empty() || !discovered.empty()) return false;
    for (auto& [host, h] : hosts) {
      if (h.dead) continue;
      if (!h.queue.empty()) return false;
      if (h.has_more && !h.probed && sched->InFlight(host) == 0) ProbeHost(host, h, now);
      if (h.has_more && h.lease_again_at <= now + kMaxIdleWaitMs) {
        if (sched->Paused(host, now) && sched->ReadyAt(host, now) > now + kMaxIdleWaitMs) continue;
        return false;
      }
    }
    return true;
  }

  // Before concluding there is nothing left: hosts with work this crawler does not know. A
  // shared frontier gains them from other workers -- seeded by a worker that started later, found
  // by one, or left behind by one that died holding them (its leases run out and the frontier
  // queues its URLs again). True when there are some (they are probed like any host).
  bool FindNewHosts() {
    auto hs = state->HostsWithWork(1u << 20);
    if (!hs.ok()) return false;
    bool found = false;
    for (const auto& host : *hs)
      if (hosts.find(host) == hosts.end()) {
        Host(host, "");
        found = true;
      }
    return found;
  }

  // Everything is committed: asks the state DB whether the host has queued URLs and when the
  // first is due, so a host whose last URL failed for good is not waited for.
  void ProbeHost(const std::string& host, HostQ& h, int64_t now) {
    auto due = state->NextDue(host);
    if (!due.ok()) return;
    h.probed = true;
    if (!due->has_value()) {
      h.has_more = false;
      return;
    }
    h.lease_again_at = std::max(h.lease_again_at, now + std::max<int64_t>(0, **due - clock->WallMs()));
  }

  // When to look for new work. Slots that only a completion can free (all max_in_flight used, or a host
  // at its connection limit) do not count: Poll wakes on socket activity anyway, and counting them made
  // the loop spin with Poll(0) whenever the crawl was saturated.
  int64_t NextWake(int64_t now) {
    int64_t wake = now + 100;
    if (static_cast<int>(in_flight.size()) >= cfg.max_in_flight) return wake;
    for (auto& [host, h] : hosts) {
      if (h.dead) continue;
      if (h.queue.empty() && !h.has_more) continue;
      if (sched->InFlight(host) >= cfg.per_host_concurrency) continue;
      int64_t t = sched->ReadyAt(host, now);
      if (h.queue.empty()) t = std::max(t, h.lease_again_at);
      wake = std::min(wake, t);
    }
    return std::max(wake, now);
  }

  // ---- handling responses -----------------------------------------------------------------

  void HandleRobots(InFlight& f, HttpResponse& r, int64_t now) {
    const std::string& host = f.entry.host;
    HostQ& h = Host(host, "");
    sum.bytes += r.downloaded_bytes;
    if (r.status > 0) sum.robots_fetches += 1 + r.redirects;
    int status = r.status;
    bool net_err = r.error != TransportError::kNone && !r.truncated;
    if (r.error == TransportError::kTooManyRedirects) {
      // RFC 9309 section 2.3.1.2: more than 5 redirects may be read as "unavailable", like a
      // 4xx: everything allowed. Cached like any answer, so the next run does not re-ask.
      net_err = false;
      if (status < 300 || status > 399) status = 399;
      Warn(f.entry.url, "robots_redirect_loop",
           "more than " + std::to_string(kMaxRedirects) + " redirects: read as unavailable (allow all)");
    }
    RobotsCacheEntry ce;
    ce.host = host;
    ce.fetched_ms = clock->WallMs();
    ce.http_status = status;
    ce.network_error = net_err;
    ce.body = r.body;
    RobotsRules rules = RobotsRules::FromFetch(net_err ? 0 : status, r.body, net_err);
    if (rules.source() == RobotsRules::Source::kUnreachable) {
      RobotsUnreachable(f, r, h, net_err, now);
      return;
    }
    (void)state->PutRobots(ce);
    sched->OnSuccess(host, now);
    h.robots_failures = 0;
    ApplyRobots(host, h, rules, now);
  }

  // robots.txt gave 5xx/429 or no answer: nothing of the host is fetched; robots.txt is retried
  // with back-off, and after max_attempts (at once for a name that does not resolve) the host's
  // URLs wait for the next run.
  void RobotsUnreachable(const InFlight& f, const HttpResponse& r, HostQ& h, bool net_err, int64_t now) {
    const std::string& host = f.entry.host;
    const bool dns = net_err && r.error == TransportError::kDns;
    std::string kind = dns       ? std::string("dns")
                       : net_err ? std::string("robots_") + TransportErrorName(r.error)
                                 : "robots_http_" + std::to_string(r.status);
    ++sum.errors[kind];
    int64_t ra = ParseRetryAfterMs(r.Header("Retry-After"), clock->WallMs());
    sched->OnTransientFailure(host, now, ra);
    h.robots = HostQ::Robots::kUnknown;
    if (++h.robots_failures < cfg.max_attempts && !dns) return;
    h.dead = true;  // URLs stay queued for the next run
    for (auto& e : h.queue) ReleaseEntry(e);
    h.queue.clear();
    std::string detail = net_err && !r.error_message.empty() ? r.error_message + "; " : std::string();
    Fail(f.entry.url, kind, detail + "nothing fetched from " + host + ", its URLs wait for the next run");
  }

  void ReleaseEntry(const FrontierEntry& e) {
    Completion c;
    c.action = Completion::Action::kRelease;
    c.id = e.id;
    c.url = e.url;
    pending.push_back(std::move(c));
  }

  void Transient(const FrontierEntry& e, const std::string& kind, int status, int64_t retry_after_ms,
                 int64_t now) {
    ++sum.errors[kind];
    int64_t wait = sched->OnTransientFailure(e.host, now, retry_after_ms);
    Completion c;
    c.id = e.id;
    c.url = e.url;
    c.at_ms = clock->WallMs();
    c.http_status = status;
    c.outcome = "error:" + kind;
    c.kind = e.kind;
    if (retry_after_ms > static_cast<int64_t>(cfg.max_retry_after_s * 1000)) wait = retry_after_ms;
    CrawlSummary::HostBackoff& hb = sum.backoff_hosts[e.host];
    ++hb.backoffs;
    hb.longest_wait_ms = std::max(hb.longest_wait_ms, wait);
    HostQ& h = Host(e.host, e.site);
    h.has_more = true;
    h.probed = false;
    if (e.attempts + 1 >= cfg.max_attempts) {
      c.action = Completion::Action::kFailed;
      ++sum.sites[e.site].errors;
      Fail(e.url, kind, "gave up after " + std::to_string(e.attempts + 1) + " attempts");
      // No lease_again_at: the host's back-off delays its next request, not the end of the crawl
      // (Idle() asks the state DB whether anything is left).
    } else {
      c.action = Completion::Action::kRetry;
      c.next_at_ms = c.at_ms + wait;
      ++sum.retries;
      h.lease_again_at = std::min<int64_t>(h.lease_again_at == 0 ? now + wait : h.lease_again_at, now + wait);
    }
    pending.push_back(std::move(c));
    if (sched->Paused(e.host, now)) {
      // Do not hammer: what is leased goes back to the queue.
      for (auto& q : h.queue) ReleaseEntry(q);
      h.queue.clear();
      ++sum.errors["host_paused"];
      ++hb.paused;
    }
  }

  Status HandlePage(InFlight& f, HttpResponse& r, int64_t now) {
    FrontierEntry& e = f.entry;
    --pages_in_flight;
    SiteCounts& site = sum.sites[e.site];
    if (r.error != TransportError::kNone && !r.truncated) {
      if (IsTransientError(r.error)) {
        Transient(e, TransportErrorName(r.error), 0, -1, now);
        return Status::Ok();
      }
      sched->OnSuccess(e.host, now);
      ++sum.errors[TransportErrorName(r.error)];
      ++site.errors;
      Fail(e.url, TransportErrorName(r.error), r.error_message);
      Completion c;
      c.id = e.id;
      c.url = e.url;
      c.at_ms = clock->WallMs();
      c.outcome = std::string("error:") + TransportErrorName(r.error);
      c.kind = e.kind;
      pending.push_back(std::move(c));
      return Status::Ok();
    }
    ++sum.fetched;
    ++site.fetched;
    sum.bytes += r.downloaded_bytes;
    const int status = r.status;
    if (IsTransientStatus(status)) {
      Transient(e, "http_" + std::to_string(status), status,
                ParseRetryAfterMs(r.Header("Retry-After"), clock->WallMs()), now);
      return Status::Ok();
    }
    sched->OnSuccess(e.host, now);
    const Headers& headers = r.headers;
    WarcCapture cap;
    cap.target_uri = e.url;
    cap.ip_address = r.ip;
    cap.capture_start_ms = r.started_wall_ms;
    cap.request_head = std::move(r.request_head);
    cap.response_head = std::move(r.response_head);
    if (r.truncated) {
      cap.truncated = "length";
      ++sum.errors["truncated"];
      Fail(e.url, "truncated", "body cut at " + std::to_string(cfg.max_body_bytes) + " bytes (stored)");
    }
    Completion c;
    c.action = Completion::Action::kDone;
    c.id = e.id;
    c.url = e.url;
    c.at_ms = clock->WallMs();
    c.http_status = status;
    c.kind = e.kind;
    c.bytes = static_cast<int64_t>(r.body.size());
    std::string digest;
    bool discover = false;
    // A revisit record refers to the capture stored last time; the page counts as unchanged.
    auto revisit = [&](WarcCapture::Kind kind) {
      cap.kind = kind;
      cap.refers_to_date = e.last_warc_date;
      cap.refers_to_record_id = e.last_record_id;
      cap.refers_to_digest = e.digest;
      c.outcome = "unchanged";
      ++sum.unchanged;
      ++site.unchanged;
    };
    if (status == 304) {
      revisit(WarcCapture::Kind::kRevisitNotModified);
    } else if (status >= 200 && status < 300) {
      digest = WarcSha1Digest(r.body);
      cap.body_digest = digest;
      if (!e.digest.empty() && digest == e.digest) {
        cap.body = std::move(r.body);
        revisit(WarcCapture::Kind::kRevisitIdenticalDigest);
      } else {
        cap.body = std::move(r.body);  // ProcessBody reads cap.body below
        c.outcome = "new";
        ++sum.new_pages;
        ++site.new_pages;
        discover = true;
      }
    } else if (status >= 300 && status < 400) {
      cap.body = std::move(r.body);
      c.outcome = "redirect";
      ++sum.redirected;
      FollowRedirect(e, headers, &c);
    } else {
      cap.body = std::move(r.body);
      c.outcome = "http_" + std::to_string(status);
      const bool discovered_list = (e.kind == UrlKind::kFeed || e.kind == UrlKind::kSitemap) &&
                                   status < 500 && !configured.count(e.url);
      if (discovered_list) {
        // A feed announced by a page or a sitemap named by robots.txt or an index: the site's
        // mistake, nothing of ours is lost.
        Warn(e.url, std::string(e.kind == UrlKind::kFeed ? "feed_" : "sitemap_") + c.outcome,
             "discovered, not configured");
      } else {
        ++sum.errors[c.outcome];
        ++site.errors;
        Fail(e.url, c.outcome);
      }
    }
    // Rotation happens inside Write: commit what belongs to the old file first.
    HW_RETURN_IF_ERROR(OpenWriter());
    if (writer->current_size() >= cfg.warc_max_file_bytes) HW_RETURN_IF_ERROR(Commit(true));
    auto w = writer->Write(cap);
    if (!w.ok()) return w.status();
    if (sum.warc_files.empty() || sum.warc_files.back() != w->file) sum.warc_files.push_back(w->file);
    ++sum.stored;
    c.warc_file = w->file;
    c.warc_offset = w->offset;
    if (c.outcome != "unchanged") {
      c.etag = r.Header("ETag");
      c.last_modified = r.Header("Last-Modified");
      c.digest = w->payload_digest;
      c.warc_date = w->warc_date;
      c.record_id = w->record_id;
    }
    if (discover) c.kind = ProcessBody(e, headers, cap.body, &c.canonical);
    pending.push_back(std::move(c));
    return Status::Ok();
  }

  // ---- the loop ---------------------------------------------------------------------------

  // The WARC folder must be writable before anything is fetched (the file itself comes later).
  Status CheckOutDir() {
    std::error_code ec;
    fs::create_directories(cfg.out_dir, ec);
    if (ec) return Status::IoError("cannot create " + cfg.out_dir + ": " + ec.message());
    if (::access(cfg.out_dir.c_str(), W_OK | X_OK) != 0)
      return Status::IoError("cannot write to " + cfg.out_dir + ": " + std::strerror(errno));
    return Status::Ok();
  }

  // The WARC file is created with the first capture: a run that stores nothing leaves no file.
  Status OpenWriter() {
    if (writer) return Status::Ok();
    WarcWriterOptions wo;
    wo.dir = cfg.out_dir;
    wo.prefix = cfg.warc_prefix;
    wo.max_file_bytes = cfg.warc_max_file_bytes;
    wo.gzip_level = cfg.gzip_level;
    wo.user_agent = cfg.user_agent;
    wo.operator_contact = cfg.operator_contact;
    wo.robots_policy = cfg.obey_robots ? "obey" : "ignore";
    wo.on_new_file = [this](const std::string& f) { return state->RegisterWarcFile(f); };
    auto w = WarcWriter::Create(wo, 0, clock->WallMs());
    if (!w.ok()) return w.status();
    writer = std::move(*w);
    return Status::Ok();
  }

  Status AddSeeds() {
    for (const auto& s : cfg.sites) {
      for (const auto& u : s.seeds) Discover(u, UrlKind::kUnknown, s.name, 0, 0, 2, true);
      for (const auto& u : s.feeds) Discover(u, UrlKind::kFeed, s.name, 0, 0, 2, true);
      for (const auto& u : s.sitemaps) Discover(u, UrlKind::kSitemap, s.name, 0, 0, 2, true);
    }
    sum.discovered = 0;
    for (const auto& u : discovered) {
      Host(u.host, u.site);
      configured.insert(u.url);
    }
    auto n = state->AddUrls(discovered);
    if (!n.ok()) return n.status();
    discovered.clear();
    auto hs = state->HostsWithWork(1u << 20);
    if (!hs.ok()) return hs.status();
    for (const auto& host : *hs) Host(host, "");
    return Status::Ok();
  }

  Result<CrawlSummary> Run(const std::atomic<bool>* stop,
                           const std::function<void(const CrawlProgress&)>& progress) {
    const int64_t t0 = clock->MonotonicMs();
    auto r = state->BeginRun(clock->WallMs());
    if (!r.ok()) return r.status();
    run = *r;
    sum.run = run;
    HW_RETURN_IF_ERROR(Recover());
    HW_RETURN_IF_ERROR(state->CloseWarcFiles());  // this process writes new files only
    HW_RETURN_IF_ERROR(AddSeeds());
    HW_RETURN_IF_ERROR(CheckOutDir());

    bool stopping = false;
    int64_t stop_deadline = 0;
    int64_t last_progress = t0;
    bool finished = false;
    while (true) {
      int64_t now = clock->MonotonicMs();
      if (!stopping && stop && stop->load()) {
        stopping = true;
        sum.interrupted = true;
        stop_deadline = now + kStopGraceMs;
      }
      if (!stopping && cfg.max_time_s > 0 && now - t0 >= static_cast<int64_t>(cfg.max_time_s * 1000)) {
        stopping = true;
        sum.budget_hit = true;
        stop_deadline = now + kStopGraceMs;
      }
      if (!stopping && !sum.budget_hit) StartWork(now);
      if (sum.budget_hit && !stopping) {
        stopping = true;
        stop_deadline =
            now + std::max<int64_t>(kStopGraceMs, static_cast<int64_t>(cfg.total_timeout_s * 1000));
      }
      if (stopping && (in_flight.empty() || now >= stop_deadline)) break;
      if (!stopping && Idle(now)) {
        if (FindNewHosts()) continue;
        finished = true;
        break;
      }
      int64_t wake = NextWake(now);
      auto done = transport->Poll(static_cast<int>(std::clamp<int64_t>(wake - now, 0, 100)));
      now = clock->MonotonicMs();
      for (auto& resp : done) {
        auto it = in_flight.find(resp.id);
        if (it == in_flight.end()) continue;
        InFlight f = std::move(it->second);
        in_flight.erase(it);
        if (f.robots) {
          HandleRobots(f, resp, now);
        } else {
          HW_RETURN_IF_ERROR(HandlePage(f, resp, now));
        }
      }
      HW_RETURN_IF_ERROR(Commit(false));
      HW_RETURN_IF_ERROR(state->KeepAlive());
      if (progress && now - last_progress >= 1000) {
        last_progress = now;
        CrawlProgress p;
        p.done = sum.stored;
        p.in_flight = static_cast<int64_t>(in_flight.size());
        p.errors = sum.ErrorCount();
        p.pages_per_s =
            static_cast<double>(sum.fetched) * 1000.0 / static_cast<double>(std::max<int64_t>(1, now - t0));
        p.queued_hosts = static_cast<int64_t>(hosts.size());
        progress(p);
      }
      // Forget idle hosts so memory follows the hosts with work, not every host ever seen.
      if (hosts.size() > 1024) {
        for (auto it = hosts.begin(); it != hosts.end();) {
          if (it->second.queue.empty() && !it->second.has_more && sched->InFlight(it->first) == 0 &&
              it->second.robots != HostQ::Robots::kFetching) {
            sched->Forget(it->first, now);
            it = hosts.erase(it);
          } else {
            ++it;
          }
        }
      }
    }
    // Whatever is leased but not fetched goes back to the queue.
    for (auto& [id, f] : in_flight)
      if (!f.robots) ReleaseEntry(f.entry);
    in_flight.clear();
    for (auto& [host, h] : hosts) {
      for (auto& e : h.queue) ReleaseEntry(e);
      h.queue.clear();
    }
    HW_RETURN_IF_ERROR(Commit(true));
    if (writer) HW_RETURN_IF_ERROR(writer->Close());
    HW_RETURN_IF_ERROR(state->CloseWarcFiles());
    if (finished || sum.budget_hit) HW_RETURN_IF_ERROR(state->FinishRun(run, clock->WallMs()));
    auto counts = state->Counts();
    if (counts.ok()) sum.queued_left = counts->queued;
    sum.duration_s = static_cast<double>(clock->MonotonicMs() - t0) / 1000.0;
    return sum;
  }
};

Crawler::Crawler() : impl_(std::make_unique<Impl>()) {}

Result<int64_t> Crawler::Seed() {
  Impl& m = *impl_;
  auto r = m.state->BeginRun(m.clock->WallMs());
  if (!r.ok()) return r.status();
  m.run = *r;
  HW_RETURN_IF_ERROR(m.AddSeeds());
  return m.run;
}
Crawler::~Crawler() = default;

Result<std::unique_ptr<Crawler>> Crawler::Create(const CrawlConfig& config, Clock* clock,
                                                 HttpTransport* transport, CrawlState* state) {
  HW_RETURN_IF_ERROR(ValidateCrawlConfig(config));
  std::unique_ptr<Crawler> c(new Crawler());
  Impl& m = *c->impl_;
  m.cfg = config;
  m.clock = clock;
  m.transport = transport;
  m.state = state;
  m.robots_agent = RobotsRules::ProductToken(config.user_agent);
  SchedulerOptions so;
  so.delay_ms = static_cast<int64_t>(config.delay_s * 1000);
  so.max_conns = config.per_host_concurrency;
  so.backoff_base_ms = static_cast<int64_t>(config.backoff_base_s * 1000);
  so.backoff_max_ms = static_cast<int64_t>(config.backoff_max_s * 1000);
  so.pause_after = config.pause_after_failures;
  so.pause_ms = static_cast<int64_t>(config.pause_s * 1000);
  so.seed = static_cast<uint64_t>(clock->WallMs());
  m.sched = std::make_unique<HostScheduler>(so);
  m.norm.tracking_params = config.strip_params;
  m.cfg.sites = SplitUnnamedSites(config.sites);
  auto compile = [](const std::vector<std::string>& pats, std::vector<std::unique_ptr<RE2>>* out) {
    for (const auto& p : pats) out->push_back(std::make_unique<RE2>(p, RE2::Quiet));
  };
  compile(config.allow, &m.global_allow);
  compile(config.deny, &m.global_deny);
  for (size_t i = 0; i < m.cfg.sites.size(); ++i) {
    SiteConfig& s = m.cfg.sites[i];
    CompiledSite cs;
    cs.name = s.name;
    cs.follow = s.follow_links < 0 ? config.follow_links : s.follow_links == 1;
    cs.max_depth = s.max_depth < 0 ? config.max_depth : s.max_depth;
    compile(s.allow, &cs.allow);
    compile(s.deny, &cs.deny);
    m.site_index.emplace(s.name, m.sites.size());
    m.sites.push_back(std::move(cs));
  }
  return c;
}

void Crawler::SetMessageSink(std::function<void(const CrawlMessage&)> sink) { impl_->sink = std::move(sink); }

Result<CrawlSummary> Crawler::Run(const std::atomic<bool>* stop,
                                  const std::function<void(const CrawlProgress&)>& progress) {
  return impl_->Run(stop, progress);
}

}  // namespace hirewire::fetch
