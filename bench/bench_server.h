// The loopback news server of the crawl benchmarks (crawl_bench, frontier_bench): cpp-httplib
// on 127.0.0.1, kHosts virtual hosts, one sitemap per host (/sitemap-H-N.xml lists N pages
// /a/H/i), pages of ~2 KB. Politeness-free crawl settings for it in BenchConfig().
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "fetch/config.h"

namespace hirewire::bench {

namespace fs = std::filesystem;
using fetch::CrawlConfig;
using fetch::SiteConfig;

inline constexpr int kHosts = 50;

class BenchServer {
 public:
  BenchServer() {
    page_ = "<html><head><title>bench</title></head><body>";
    for (int i = 0; i < 30; ++i)
      page_ += "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit " + std::to_string(i) + "</p>";
    page_ += "</body></html>";
    server_.new_task_queue = [] { return new httplib::ThreadPool(512); };
    server_.set_keep_alive_max_count(100000);
    server_.set_keep_alive_timeout(1);
    // Responses go out through a fixed-length content provider: cpp-httplib then sends them as they
    // are. With set_content() it compresses every text body with Brotli (quality 11) because libcurl
    // accepts br, and the server, not the crawler, was what the benchmark measured.
    // Pre-routing: answers without cpp-httplib's std::regex route matching, so the server costs less
    // CPU than the client it measures (both share the 2 cores).
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      const std::string& path = req.path;
      if (path.rfind("/a/", 0) == 0) {
        pages_served_.fetch_add(1, std::memory_order_relaxed);
        std::string body;
        body.reserve(page_.size() + path.size() + 10);
        body += page_;
        body += "<!-- ";
        body += path;
        body += " -->";
        Serve(std::move(body), "text/html; charset=utf-8", res);
        return httplib::Server::HandlerResponse::Handled;
      }
      int host_no = 0, pages = 0;
      if (std::sscanf(path.c_str(), "/sitemap-%d-%d.xml", &host_no, &pages) == 2) {
        std::string host = req.get_header_value("Host");
        std::string s =
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
        for (int i = 0; i < pages; ++i)
          s += "<url><loc>http://" + host + "/a/" + std::to_string(host_no) + "/" + std::to_string(i) +
               "</loc></url>";
        s += "</urlset>";
        Serve(std::move(s), "application/xml", res);
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ~BenchServer() {
    server_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  // Pages (/a/...) answered so far, for progress-driven measures (memory at 10k, 50k, ...).
  int64_t pages_served() const { return pages_served_.load(std::memory_order_relaxed); }

  static void Serve(std::string body, const char* type, httplib::Response& res) {
    auto b = std::make_shared<const std::string>(std::move(body));
    res.set_content_provider(b->size(), type, [b](size_t off, size_t len, httplib::DataSink& sink) {
      if (off < b->size()) sink.write(b->data() + off, std::min(len, b->size() - off));
      return true;
    });
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::string page_;
  std::atomic<int64_t> pages_served_{0};
};

inline BenchServer& Server() {
  static BenchServer* s = new BenchServer();
  return *s;
}

inline std::string Host(int i) { return "h" + std::to_string(i) + ".bench"; }

// Politeness off (delay 0, 4 connections per host, 64 in flight), robots off, gzip level 1.
inline CrawlConfig BenchConfig(const fs::path& dir, int pages) {
  CrawlConfig cfg;
  cfg.out_dir = (dir / "warc").string();
  cfg.state_path = (dir / "state.db").string();
  cfg.delay_s = 0;
  cfg.per_host_concurrency = 4;
  cfg.max_in_flight = 64;
  cfg.obey_robots = false;
  cfg.http2 = false;
  cfg.gzip_level = 1;
  cfg.commit_every = 256;
  cfg.commit_interval_ms = 500;
  int per_host = pages / kHosts;
  SiteConfig site;
  site.name = "bench";
  for (int h = 0; h < kHosts; ++h) {
    cfg.resolve.push_back(Host(h) + ":" + std::to_string(Server().port()) + ":127.0.0.1");
    site.sitemaps.push_back("http://" + Host(h) + ":" + std::to_string(Server().port()) + "/sitemap-" +
                            std::to_string(h) + "-" + std::to_string(per_host) + ".xml");
  }
  cfg.sites.push_back(site);
  return cfg;
}

}  // namespace hirewire::bench
