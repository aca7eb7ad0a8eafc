#include "corpus/input.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>
#include <fstream>
#include <iostream>

#include "corpus/text.h"
#include "corpus/warc_reader.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

bool IsGzip(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b;
}

// Reads a file, at most `limit` bytes (+1 to detect overflow).
Result<std::string> ReadFileLimited(const std::string& path, size_t limit, bool* truncated) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  *truncated = false;
  while (in) {
    in.read(buf, sizeof buf);
    std::streamsize n = in.gcount();
    if (n <= 0) break;
    if (data.size() + static_cast<size_t>(n) > limit) {
      data.append(buf, limit - data.size());
      *truncated = true;
      break;
    }
    data.append(buf, static_cast<size_t>(n));
  }
  if (in.bad()) return Status::IoError(std::string("read failed: ") + std::strerror(errno));
  return data;
}

Result<std::string> ReadStdin(size_t limit, bool* truncated) {
  std::string data;
  char buf[1 << 16];
  *truncated = false;
  while (true) {
    size_t n = std::fread(buf, 1, sizeof buf, stdin);
    if (n == 0) break;
    if (data.size() + n > limit) {
      data.append(buf, limit - data.size());
      *truncated = true;
      break;
    }
    data.append(buf, n);
  }
  if (std::ferror(stdin)) return Status::IoError("read from stdin failed");
  return data;
}

class Walker {
 public:
  Walker(const InputOptions& opts, const PageSink& on_page, const ErrorSink& on_error)
      : opts_(opts), on_page_(on_page), on_error_(on_error) {}

  InputStats stats;
  bool stopped = false;

  void Path(const std::string& p) {
    if (stopped) return;
    if (p == "-") return Stdin();
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return Error(p, Status::NotFound("no such file or directory"));
    if (fs::is_directory(st)) return Folder(p);
    if (!fs::is_regular_file(st)) return Error(p, Status::Unsupported("not a regular file"));
    File(p);
  }

 private:
  void Error(const std::string& source, const Status& s) {
    ++stats.errors;
    if (on_error_) on_error_(source, s);
  }

  void Emit(Page&& page) {
    if (stopped) return;
    ++stats.pages;
    if (!on_page_(std::move(page))) stopped = true;
  }

  void Folder(const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) return Error(dir, Status::IoError(ec.message()));
    for (; it != end; it.increment(ec)) {
      if (ec) {
        Error(dir, Status::IoError(ec.message()));
        break;
      }
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) files.push_back(p);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (stopped) return;
      std::string name = f.string();
      // In a folder, only page-like files: skip JSON, images and the like.
      if (EndsWith(name, ".json") || EndsWith(name, ".jsonl") || EndsWith(name, ".md") || EndsWith(name, ".png") ||
          EndsWith(name, ".jpg") || EndsWith(name, ".gif") || EndsWith(name, ".css") || EndsWith(name, ".js") ||
          EndsWith(name, ".cdxj"))
        continue;
      File(name);
    }
  }

  void File(const std::string& path) {
    if (EndsWith(path, ".warc") || EndsWith(path, ".warc.gz")) return Warc(path);
    bool truncated = false;
    // Read the head first to sniff WARC files with other names.
    auto data = ReadFileLimited(path, opts_.max_page_bytes, &truncated);
    if (!data.ok()) return Error(path, data.status());
    std::string inner_name = path;
    if (IsGzip(*data)) {
      if (LooksLikeWarc(std::string_view(*data).substr(0, 4096))) return Warc(path);
      if (truncated) {
        // The compressed file is over the limit: decode what we have.
        truncated = false;
      }
      auto plain = Gunzip(*data, opts_.max_page_bytes);
      if (!plain.ok()) {
        if (plain.status().code() == StatusCode::kResourceExhausted) {
          std::string prefix = GunzipPrefix(*data, opts_.max_page_bytes);
          return Bytes(path, EndsWith(path, ".gz") ? path.substr(0, path.size() - 3) : path, std::move(prefix),
                       true);
        }
        return Error(path, plain.status());
      }
      if (EndsWith(path, ".gz")) inner_name = path.substr(0, path.size() - 3);
      return Bytes(path, inner_name, std::move(plain).value(), false);
    }
    if (LooksLikeWarc(std::string_view(*data).substr(0, 16))) return Warc(path);
    Bytes(path, inner_name, std::move(data).value(), truncated);
  }

  void Stdin() {
    bool truncated = false;
    auto data = ReadStdin(opts_.max_page_bytes, &truncated);
    if (!data.ok()) return Error("-", data.status());
    if (IsGzip(*data)) {
      auto plain = Gunzip(*data, opts_.max_page_bytes);
      if (!plain.ok()) return Error("-", plain.status());
      data = std::move(plain).value();
    }
    if (LooksLikeWarc(std::string_view(*data).substr(0, 16))) {
      // Spill to a temporary file so the streaming reader can walk it.
      std::string tmp = (fs::temp_directory_path() / ("hirewire-stdin-" + std::to_string(::getpid()) + ".warc")).string();
      {
        std::ofstream out(tmp, std::ios::binary);
        out.write(data->data(), static_cast<std::streamsize>(data->size()));
      }
      WarcFile(tmp, "-");
      std::error_code ec;
      fs::remove(tmp, ec);
      return;
    }
    Bytes("-", "-", std::move(data).value(), truncated);
  }

  void Bytes(const std::string& source, const std::string& inner_name, std::string&& body, bool truncated) {
    if (body.empty()) return Error(source, Status::InvalidArgument("empty input"));
    if (LooksBinary(body)) return Error(source, Status::Unsupported("binary data, not a page"));
    Page page;
    page.source = source;
    page.is_text = opts_.force_text || EndsWith(inner_name, ".txt") || EndsWith(inner_name, ".text");
    if (truncated)
      page.warnings.push_back("input truncated at " + std::to_string(opts_.max_page_bytes) + " bytes");
    page.body = std::move(body);
    Emit(std::move(page));
  }

  void Warc(const std::string& path) { WarcFile(path, path); }

  void WarcFile(const std::string& path, const std::string& name) {
    WarcReaderOptions wo;
    wo.max_record_bytes = opts_.max_page_bytes;
    auto reader = WarcReader::Open(path, wo);
    if (!reader.ok()) return Error(name, reader.status());
    WarcRecord rec;
    while (!stopped) {
      Result<bool> more = (*reader)->Next(&rec);
      if (!more.ok()) return Error(name, more.status());
      if (!*more) return;
      auto page = PageFromWarcRecord(rec, name);
      if (!page.ok()) {
        if (page.status().code() != StatusCode::kNotFound)
          Error(name + "#" + rec.RecordId(), page.status());
        continue;
      }
      if (page->body.empty()) continue;
      if (opts_.force_text) page->is_text = true;
      Emit(std::move(page).value());
    }
  }

  const InputOptions& opts_;
  const PageSink& on_page_;
  const ErrorSink& on_error_;
};

}  // namespace

Result<std::string> Gunzip(std::string_view gz, size_t max_out) {
  std::string out;
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status::Internal("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs.avail_in = static_cast<uInt>(gz.size());
  char buf[1 << 16];
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_out) {
      inflateEnd(&zs);
      return Status::ResourceExhausted("gunzipped data over " + std::to_string(max_out) + " bytes");
    }
    if (rc == Z_STREAM_END) {
      // Another member may follow (multi-member gzip).
      if (zs.avail_in == 0) break;
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        inflateReset(&zs);
        continue;
      }
      break;  // trailing garbage after the last member: ignore
    }
    if (rc != Z_OK) {
      inflateEnd(&zs);
      if (rc == Z_BUF_ERROR) return Status::Corrupt("truncated gzip data");
      return Status::Corrupt(std::string("gzip data damaged: ") + (zs.msg ? zs.msg : "inflate error"));
    }
  }
  inflateEnd(&zs);
  return out;
}

std::string GunzipPrefix(std::string_view gz, size_t n) {
  std::string out;
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  zs.avail_in = static_cast<uInt>(gz.size());
  char buf[1 << 16];
  while (out.size() < n) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (rc != Z_OK) break;
  }
  inflateEnd(&zs);
  if (out.size() > n) out.resize(n);
  return out;
}

InputStats ReadInputs(const std::vector<std::string>& paths, const InputOptions& opts, const PageSink& on_page,
                      const ErrorSink& on_error) {
  Walker w(opts, on_page, on_error);
  for (const auto& p : paths) w.Path(p);
  return w.stats;
}

}  // namespace hirewire
