#include "app/cli.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "corpus/dates.h"
#include "corpus/input.h"
#include "corpus/utf8.h"
#include "extract/currency_context.h"
#include "extract/dates.h"
#include "extract/decode.h"
#include "normalize/currency.h"

namespace hirewire::app {

// ---------------------------------------------------------------- flags

int UsageError(std::string_view cmd, std::string_view flag, std::string_view why) {
  std::fprintf(stderr, "hirewire %.*s: %.*s: %.*s\n", static_cast<int>(cmd.size()), cmd.data(),
               static_cast<int>(flag.size()), flag.data(), static_cast<int>(why.size()), why.data());
  return kExitUsage;
}

std::string CheckDate(std::string_view d) {
  bool shape = d.size() == 10 && d[4] == '-' && d[7] == '-';
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && i < d.size() && d[i] >= '0' && d[i] <= '9';
  if (!shape) return "'" + std::string(d) + "' is not a date written YYYY-MM-DD";
  std::optional<CivilDate> date = ParseIsoDate(d);
  if (!date || date->year < 1900) return "'" + std::string(d) + "' is not a calendar date";
  return "";
}

CLI::Validator DateFlag() {
  return CLI::Validator([](std::string& v) { return CheckDate(v); }, "YYYY-MM-DD", "date");
}

CLI::Validator RateFlag() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        if (normalize::ValidateRate(v).ok()) return "";
        return "'" + v + "' is not a positive number of KRW per USD (e.g. 1404.8)";
      },
      "KRW_PER_USD", "rate");
}

CLI::Validator NonNegativeFlag() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        char* end = nullptr;
        errno = 0;
        double d = std::strtod(v.c_str(), &end);
        if (v.empty() || *end != '\0' || errno != 0 || !(d >= 0) || d > 1e12)
          return "'" + v + "' is not a number >= 0";
        return "";
      },
      "N>=0", "non-negative");
}

CLI::Validator IntRangeFlag(int lo, int hi) {
  return CLI::Validator(
      [lo, hi](std::string& v) -> std::string {
        char* end = nullptr;
        errno = 0;
        long n = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || errno != 0 || n < lo || n > hi)
          return "'" + v + "' is not a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
        return "";
      },
      std::to_string(lo) + ".." + std::to_string(hi), "int-range");
}

std::string ErrnoText(int err) { return std::strerror(err); }

CLI::Validator CountryFlag() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        std::string cc = extract::NormalizeCountry(v);
        if (cc.empty())
          return "'" + v + "' is not a two-letter country code (ISO 3166-1 alpha-2, e.g. CA, ZA, TW)";
        v = cc;
        return "";
      },
      "CC", "country");
}

CLI::Option* AddCountryOption(CLI::App* cmd, std::string* country) {
  return cmd
      ->add_option(
          "--country", *country,
          "Country the text was published in (ISO 3166-1 alpha-2, e.g. CA, ZA, TW): settles $, ¥, 元, kr, R "
          "and bare amounts")
      ->check(CountryFlag());
}

// ---------------------------------------------------------------- output

OutputFile::~OutputFile() {
  if (file_ && file_ != stdout) {
    std::fclose(file_);
    ::unlink(tmp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  path_ = path;
  if (path.empty() || path == "-") {
    file_ = stdout;
    return Status::Ok();
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) return Status::IoError("cannot write " + path + ": " + ErrnoText(EISDIR));
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return Status::IoError("cannot write " + path + ": " + ErrnoText(errno));
  // Keep the target's permissions when replacing it; new files get the usual 0666 & ~umask.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    ::fchmod(fd, st.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Status::IoError("cannot write " + path + ": " + ErrnoText(err));
  }
  tmp_ = tmpl;
  return Status::Ok();
}

bool OutputFile::Write(std::string_view s) {
  if (write_errno_ != 0 || !file_) return false;
  if (std::fwrite(s.data(), 1, s.size(), file_) != s.size()) {
    write_errno_ = errno != 0 ? errno : EIO;
    return false;
  }
  return true;
}

Status OutputFile::Commit() {
  if (!file_) return Status::IoError("cannot write " + path_ + ": not open");
  const std::string shown = file_ == stdout ? std::string("stdout") : path_;
  int err = write_errno_;
  if (std::fflush(file_) != 0 && err == 0) err = errno;
  if (file_ == stdout) {
    if (err != 0 || std::ferror(stdout))
      return Status::IoError("cannot write stdout: " + ErrnoText(err ? err : EIO));
    return Status::Ok();
  }
  if (err == 0 && ::fsync(::fileno(file_)) != 0) err = errno;
  if (std::fclose(file_) != 0 && err == 0) err = errno;
  file_ = nullptr;
  if (err == 0 && std::rename(tmp_.c_str(), path_.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(tmp_.c_str());
    return Status::IoError("cannot write " + path_ + ": " + ErrnoText(err));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- graceful stop

namespace {
std::atomic<bool> g_stop{false};
extern "C" void OnStopSignal(int) { g_stop.store(true); }
}  // namespace

void InstallStopHandler() {
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  // Blocking reads and writes resume (the flag is checked between records); a second signal
  // gets the default action, so a stuck read (stdin that never ends) can still be stopped.
  sa.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

bool StopRequested() { return g_stop.load(); }
const std::atomic<bool>* StopFlag() { return &g_stop; }

// ---------------------------------------------------------------- input

Result<std::string> ReadTextInput(const std::string& path, size_t max_bytes, std::string* how) {
  const std::string name = path == "-" ? std::string("stdin") : path;
  std::FILE* f = stdin;
  if (path != "-") {
    f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::IoError("cannot read " + path + ": " + ErrnoText(errno));
  }
  std::string data;
  char buf[1 << 16];
  size_t n;
  bool too_big = false;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {
      too_big = true;
      break;
    }
  }
  int err = std::ferror(f) ? errno : 0;
  if (f != stdin) std::fclose(f);
  if (err != 0) return Status::IoError("cannot read " + name + ": " + ErrnoText(err));
  if (too_big)
    return Status::ResourceExhausted(name + ": input larger than " + std::to_string(max_bytes >> 20) +
                                     " MiB");
  std::string via;
  if (IsGzip(data)) {
    auto plain = Gunzip(data, max_bytes);
    if (!plain.ok()) return Status::Corrupt(name + ": " + plain.status().message());
    data = std::move(plain).value();
    via = "gzip, ";
  }
  if (data.empty()) return Status::InvalidArgument(name + ": empty input");
  std::string what;
  if (SniffContent(data, &what) == ContentKind::kBinary)
    return Status::Unsupported(name + ": " + what + ", not text");
  extract::DecodeOptions o;
  o.is_html = false;
  o.max_input_bytes = max_bytes;
  auto decoded = extract::DecodeToUtf8(data, "", o);
  if (!decoded.ok()) return Status::InvalidArgument(name + ": " + decoded.status().message());
  if (how)
    *how = via + decoded->charset + " (" + std::string(extract::CharsetSourceName(decoded->source)) + ")";
  return std::move(decoded->text);
}

// One line per walk: files in folders that are not pages were skipped (never an error).
void ReportSkipped(const char* cmd, const InputStats& st) {
  if (st.skipped == 0) return;
  std::string examples;
  for (const std::string& e : st.skipped_examples) examples += (examples.empty() ? "" : ", ") + e;
  std::fprintf(stderr,
               "hirewire %s: warning: skipped %zu file%s in folders that %s not HTML or text (%s%s)\n", cmd,
               st.skipped, st.skipped == 1 ? "" : "s", st.skipped == 1 ? "is" : "are",
               st.skipped > st.skipped_examples.size() ? "e.g. " : "", examples.c_str());
}

// ---------------------------------------------------------------- tables

size_t TerminalColumns() {
  struct winsize ws {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    long n = std::strtol(c, nullptr, 10);
    if (n > 0) return static_cast<size_t>(n);
  }
  return 0;
}

namespace {

int CodePointWidth(char32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x1160 && cp <= 0x11FF) ||
      (cp >= 0xFE00 && cp <= 0xFE0F))
    return 0;  // combining marks, zero-width spaces, Hangul jungseong/jongseong, variation selectors
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
      (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;  // East Asian Wide and Fullwidth
  return 1;
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) w += static_cast<size_t>(CodePointWidth(DecodeUtf8(s, &i)));
  return w;
}

std::string TruncateToWidth(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  size_t w = 0, i = 0, cut = 0;
  while (i < s.size()) {
    size_t start = i;
    int cw = CodePointWidth(DecodeUtf8(s, &i));
    if (w + static_cast<size_t>(cw) > width - 1) {  // keep one column for "…"
      cut = start;
      break;
    }
    w += static_cast<size_t>(cw);
    cut = i;
  }
  return std::string(s.substr(0, cut)) + "\u2026";
}

std::string FormatTable(const std::vector<std::vector<std::string>>& rows, size_t max_cell,
                        size_t max_total) {
  if (rows.empty()) return "";
  const size_t cols = rows[0].size();
  std::vector<size_t> width(cols, 0);
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size() && i < cols; ++i)
      width[i] = std::max(width[i], std::min(DisplayWidth(r[i]), max_cell));
  if (max_total > 0) {
    auto total = [&] {
      size_t t = 0;
      for (size_t w : width) t += w;
      return t + 2 * (cols - 1);
    };
    const size_t kMinColumn = 6;
    while (total() > max_total) {
      size_t widest = 0;
      for (size_t i = 1; i < cols; ++i)
        if (width[i] > width[widest]) widest = i;
      if (width[widest] <= kMinColumn) break;
      --width[widest];  // one column at a time: the widest columns end up equally narrowed
    }
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < cols; ++i) {
      std::string cell = TruncateToWidth(i < r.size() ? r[i] : "", width[i]);
      line += cell;
      if (i + 1 < cols) line += std::string(width[i] - DisplayWidth(cell) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace hirewire::app
