// [nightly] section of the crawl config (docs/nightly.md).
#include <toml++/toml.h>

#include "app/nightly.h"
#include "corpus/pg.h"

namespace hirewire::app {

Status CheckCoordinator(const NightlyConfig& c) {
  if (c.frontier.empty()) {
    if (!c.worker.empty())
      return Status::InvalidArgument("a worker name needs a frontier (postgresql://...)");
    return Status::Ok();
  }
  if (!pg::IsPostgresUrl(c.frontier)) return Status::InvalidArgument("must be a postgresql:// URL");
  if (!pg::IsPostgresUrl(c.db))
    return Status::InvalidArgument(
        "needs db = \"postgresql://...\" too (the workers write the shared store)");
  return Status::Ok();
}

Result<NightlyConfig> LoadNightlyConfig(const std::string& path) {
  auto crawl = fetch::LoadCrawlConfig(path, {"nightly"});
  if (!crawl.ok()) return crawl.status();
  NightlyConfig c;
  c.crawl = std::move(crawl).value();
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(path + ": " + e.what());
  }
  const toml::table* n = root["nightly"].as_table();
  if (!n) return Status::InvalidArgument(path + ": no [nightly] section (it needs at least data_dir)");
  auto bad = [&](const char* key, const char* why) {
    return Status::InvalidArgument(path + ": [nightly] " + key + ": " + why);
  };
  if (auto v = (*n)["data_dir"].value<std::string>()) c.data_dir = *v;
  if (c.data_dir.empty()) return bad("data_dir", "missing (the folder for WARC, logs and reports)");
  while (c.data_dir.size() > 1 && c.data_dir.back() == '/') c.data_dir.pop_back();
  if (auto v = (*n)["db"].value<std::string>()) c.db = *v;
  if (c.db.empty()) c.db = c.data_dir + "/hirewire.db";
  if (auto v = (*n)["max_error_rate"].value<double>()) c.max_error_rate = *v;
  if (c.max_error_rate < 0 || c.max_error_rate > 1) return bad("max_error_rate", "must be within 0..1");
  if (auto v = (*n)["min_pages"].value<int64_t>()) c.min_pages = *v;
  if (auto v = (*n)["min_articles"].value<int64_t>()) c.min_articles = *v;
  if (c.min_pages < 0 || c.min_articles < 0) return bad("min_pages/min_articles", "must be >= 0");
  if (auto v = (*n)["notify_cmd"].value<std::string>()) c.notify_cmd = *v;
  if (auto v = (*n)["report_days"].value<int64_t>()) c.report_days = static_cast<int>(*v);
  if (c.report_days < 1 || c.report_days > 3660) return bad("report_days", "must be within 1..3660");
  if (auto v = (*n)["jobs"].value<int64_t>()) c.jobs = static_cast<int>(*v);
  if (auto v = (*n)["frontier"].value<std::string>()) c.frontier = *v;
  if (auto v = (*n)["worker"].value<std::string>()) c.worker = *v;
  if (auto v = (*n)["worker_wait_s"].value<double>()) c.worker_wait_s = *v;
  if (c.worker_wait_s <= 0) return bad("worker_wait_s", "must be > 0");
  if (Status s = CheckCoordinator(c); !s.ok()) return bad("frontier", s.message().c_str());
  for (const auto& [key, _] : *n) {
    static const char* kKnown[] = {"data_dir",     "db",         "max_error_rate", "min_pages",
                                   "min_articles", "notify_cmd", "report_days",    "jobs",
                                   "frontier",     "worker",     "worker_wait_s"};
    bool known = false;
    for (const char* k : kKnown) known = known || key.str() == k;
    if (!known) return bad(std::string(key.str()).c_str(), "unknown key");
  }
  c.crawl.out_dir = c.data_dir + "/warc";
  c.crawl.state_path = c.data_dir + "/crawl-state.db";
  if (Status s = fetch::ValidateCrawlConfig(c.crawl); !s.ok())
    return Status::InvalidArgument(path + ": " + s.message());
  return c;
}

}  // namespace hirewire::app
