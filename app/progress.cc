#include "app/progress.h"

#include <filesystem>
#include <system_error>

namespace hirewire::app {

Progress::Progress(const char* label, bool enabled)
    : label_(label), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

Progress::~Progress() { Done(); }

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Add(uint64_t bytes) {
  ++items_;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw();
}

void Progress::Draw() {
  double s = Seconds();
  double mb = static_cast<double>(bytes_) / 1e6;
  double rate = s > 0 ? mb / s : 0;
  std::fprintf(stderr, "\r\033[K%s: %llu items, %.1f MB, %.1f MB/s", label_,
               static_cast<unsigned long long>(items_), mb, rate);
  double left_s = -1;
  if (total_items_ > items_ && items_ > 0) {
    left_s = s / static_cast<double>(items_) * static_cast<double>(total_items_ - items_);
  } else if (total_bytes_ > bytes_ && rate > 0) {
    left_s = static_cast<double>(total_bytes_ - bytes_) / 1e6 / rate;
  }
  if (left_s >= 0) {
    long eta = static_cast<long>(left_s);
    std::fprintf(stderr, ", ETA %ld:%02ld", eta / 60, eta % 60);
  }
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Done() {
  if (drawn_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
  drawn_ = false;
  enabled_ = false;
}

std::string WarningKind(const std::string& w) {
  size_t end = w.find_first_of(": ");
  std::string k = w.substr(0, end == std::string::npos ? w.size() : end);
  if (k.empty() || k.size() > 24) return "other";
  return k;
}

std::string WarningsLine(const std::map<std::string, int64_t>& by_kind) {
  std::string out = "warnings:";
  if (by_kind.empty()) return out + " none";
  bool first = true;
  for (const auto& [k, n] : by_kind) {
    out += (first ? " " : ", ") + k + " " + std::to_string(n);
    first = false;
  }
  return out;
}

void RunTally::AddArticle(const std::vector<std::string>& ws, size_t n_events) {
  ++articles;
  events += static_cast<int64_t>(n_events);
  for (const std::string& w : ws) ++warnings[WarningKind(w)];
}

std::string SummaryLine(const char* label, const RunTally& t, double seconds) {
  char buf[256];
  double mb = static_cast<double>(t.bytes) / 1e6;
  std::snprintf(buf, sizeof buf,
                "%s: %lld pages, %lld articles, %lld events, %.1f MB in %.1f s (%.1f MB/s), ", label,
                static_cast<long long>(t.pages), static_cast<long long>(t.articles),
                static_cast<long long>(t.events), mb, seconds, seconds > 0 ? mb / seconds : 0.0);
  return buf + WarningsLine(t.warnings) + ", " + std::to_string(t.errors) + " errors";
}

InputTotals CountInputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  auto ends = [](const std::string& n, std::string_view x) {
    return n.size() >= x.size() && std::string_view(n).substr(n.size() - x.size()) == x;
  };
  uint64_t files = 0, bytes = 0;
  bool warc = false, compressed = false;
  std::error_code ec;
  auto add = [&](const fs::path& p, uint64_t size) {
    std::string n = p.filename().string();
    warc = warc || ends(n, ".warc") || ends(n, ".warc.gz");
    compressed = compressed || ends(n, ".gz");
    ++files;
    bytes += size;
  };
  for (const std::string& path : paths) {
    if (path == "-") return {};
    fs::path p(path);
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) add(it->path(), static_cast<uint64_t>(it->file_size(ec)));
    } else {
      add(p, static_cast<uint64_t>(fs::file_size(p, ec)));
    }
  }
  InputTotals t;
  if (!warc) t.items = files;
  if (!warc && !compressed) t.bytes = bytes;
  return t;
}

}  // namespace hirewire::app
