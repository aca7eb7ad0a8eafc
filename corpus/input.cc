#include "corpus/input.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "corpus/text.h"
#include "corpus/warc_reader.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

bool LooksLikeHtmlName(std::string_view name) {
  return EndsWithI(name, ".html") || EndsWithI(name, ".htm") || EndsWithI(name, ".xhtml") ||
         EndsWithI(name, ".shtml");
}

// Text files that sit beside saved pages but are not news: notes, tables, logs, configs.
bool IsDocumentationName(std::string_view name) {
  for (std::string_view ext : {".md", ".markdown", ".rst", ".csv", ".tsv", ".log", ".ini", ".cfg", ".conf",
                               ".toml", ".yaml", ".yml"})
    if (EndsWithI(name, ext)) return true;
  return false;
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

// Binary signatures (WHATWG MIME Sniffing, "image", "audio or video", "archive" and others).
const char* BinarySignature(std::string_view b) {
  struct Sig {
    std::string_view magic;
    size_t offset;
    const char* what;
  };
  static const Sig kSigs[] = {
      {"\x89PNG\r\n\x1a\n", 0, "PNG image"},
      {"GIF87a", 0, "GIF image"},
      {"GIF89a", 0, "GIF image"},
      {"\xff\xd8\xff", 0, "JPEG image"},
      {"WEBP", 8, "WebP image"},
      {"BM", 0, nullptr},  // too short to trust alone; the control-byte check decides
      {"%PDF-", 0, "PDF document"},
      {"PK\x03\x04", 0, "ZIP archive"},
      {"\x7f"
       "ELF",
       0, "executable"},
      {"ftyp", 4, "video"},
      {"OggS", 0, "Ogg media"},
      {"ID3", 0, "MP3 audio"},
      {"\x1a\x45\xdf\xa3", 0, "WebM video"},
      {std::string_view("\0asm", 4), 0, "WebAssembly"},
      {"wOFF", 0, "font"},
      {"wOF2", 0, "font"},
      {std::string_view("\0\0\1\0", 4), 0, "icon"},
      {"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"},
      {"Rar!\x1a\x07", 0, "RAR archive"},
      {"BZh", 0, nullptr},
      {"\xfd"
       "7zXZ",
       0, "XZ archive"},
      {"SQLite format 3", 0, "SQLite database"},
  };
  for (const Sig& sig : kSigs)
    if (sig.what && b.size() >= sig.offset + sig.magic.size() &&
        b.substr(sig.offset, sig.magic.size()) == sig.magic)
      return sig.what;
  return nullptr;
}

// WHATWG "HTML" pattern: one of these tags (case-insensitive) followed by a space or '>'.
bool StartsLikeHtml(std::string_view b) {
  static const std::string_view kTags[] = {
      "<!doctype html", "<html", "<head",    "<script",  "<iframe", "<h1",     "<div", "<font",
      "<table",         "<a",    "<style",   "<title",   "<b",      "<body",   "<br",  "<p",
      "<!--",           "<meta", "<article", "<section", "<main",   "<header", "<link"};
  for (std::string_view t : kTags) {
    if (!StartsWithI(b, t)) continue;
    if (t == "<!--") return true;
    if (b.size() > t.size() && (b[t.size()] == ' ' || b[t.size()] == '>' || b[t.size()] == '\t' ||
                                b[t.size()] == '\n' || b[t.size()] == '\r' || b[t.size()] == '/'))
      return true;
  }
  return false;
}

// Line-oriented text that is not prose: most lines are "Key: value" directives (robots.txt,
// HTTP or mail headers) or symbols typical of program text are dense.
ContentKind SniffPlainText(std::string_view head) {
  if (head.substr(0, 2) == "#!") return ContentKind::kCode;  // a script (shebang line)
  size_t lines = 0, directive_lines = 0, code_lines = 0, chars = 0, symbols = 0;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    std::string_view line =
        TrimSpace(head.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? head.size() : nl + 1;
    if (line.empty()) continue;
    ++lines;
    static const std::string_view kCodeStarts[] = {"#include",
                                                   "#pragma",
                                                   "#define",
                                                   "#!",
                                                   "//",
                                                   "/*",
                                                   "import ",
                                                   "package ",
                                                   "def ",
                                                   "function ",
                                                   "namespace ",
                                                   "using ",
                                                   "cmake_minimum_required",
                                                   "@import",
                                                   "<?php"};
    for (std::string_view k : kCodeStarts)
      if (line.substr(0, k.size()) == k) {
        ++code_lines;
        break;
      }
    // Statements: "call(...)" at the start of a line, or a line ending in ; { }.
    size_t ident = 0;
    while (ident < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line[ident])) || line[ident] == '_'))
      ++ident;
    if ((ident > 0 && ident < line.size() && line[ident] == '(') || line.back() == ';' ||
        line.back() == '{' || line.back() == '}')
      ++code_lines;
    if (line[0] == '#') {  // a comment line in a directive file
      ++directive_lines;
      continue;
    }
    size_t colon = line.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon < 32 &&
        (colon + 1 == line.size() || line[colon + 1] == ' ')) {
      bool key = true;
      for (char c : line.substr(0, colon))
        key = key && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_');
      if (key && line.size() < 200) ++directive_lines;
    }
    for (char c : line) {
      if (c == ' ' || c == '\t') continue;
      ++chars;
      if (std::string_view("{}();=<>[]$\\|").find(c) != std::string_view::npos) ++symbols;
    }
  }
  if (lines == 0) return ContentKind::kEmpty;
  if (code_lines * 5 >= lines || (chars >= 40 && symbols * 100 > chars * 6)) return ContentKind::kCode;
  if (lines >= 2 && directive_lines * 10 >= lines * 7) return ContentKind::kDirectives;
  return ContentKind::kText;
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
      // In a folder, only pages: File() sniffs the content and skips the rest.
      File(f.string(), /*in_folder=*/true);
    }
  }

  void Skip(const std::string& path, std::string_view kind) {
    ++stats.skipped;
    if (stats.skipped_examples.size() < 3)
      stats.skipped_examples.push_back(path + " (" + std::string(kind) + ")");
  }

  void File(const std::string& path, bool in_folder = false) {
    if (EndsWithI(path, ".warc") || EndsWithI(path, ".warc.gz")) return Warc(path);
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
          return Bytes(path, EndsWithI(path, ".gz") ? path.substr(0, path.size() - 3) : path,
                       std::move(prefix), true);
        }
        return Error(path, plain.status());
      }
      if (EndsWithI(path, ".gz")) inner_name = path.substr(0, path.size() - 3);
      return Bytes(path, inner_name, std::move(plain).value(), false, in_folder);
    }
    if (LooksLikeWarc(std::string_view(*data).substr(0, 16))) return Warc(path);
    if (EndsWithI(path, ".gz") && !data->empty())
      return Error(path, Status::Corrupt("not gzip data (no gzip header)"));
    Bytes(path, inner_name, std::move(data).value(), truncated, in_folder);
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
      std::string tmp =
          (fs::temp_directory_path() / ("hirewire-stdin-" + std::to_string(::getpid()) + ".warc")).string();
      {
        std::ofstream out(tmp, std::ios::binary);
        out.write(data->data(), static_cast<std::streamsize>(data->size()));
      }
      WarcFile(tmp, "-");
      std::error_code ec;
      fs::remove(tmp, ec);
      return;
    }
    Bytes("-", "-", std::move(data).value(), truncated);  // JSON Lines when opts_.json_lines
  }

  // In a folder, only content that sniffs as HTML or text is a page (JSON Lines too when asked);
  // a file named on the command line is read as asked unless it is binary.
  void Bytes(const std::string& source, const std::string& inner_name, std::string&& body, bool truncated,
             bool in_folder = false) {
    if (body.empty()) return Error(source, Status::InvalidArgument("empty input"));
    std::string what;
    ContentKind kind = SniffContent(body, &what);
    if (kind == ContentKind::kBinary) {
      if (in_folder) return Skip(source, what);
      return Error(source, Status::Unsupported(what + ", not a page"));
    }
    bool json_lines = opts_.json_lines && kind == ContentKind::kJsonLines;
    if (in_folder && !json_lines && kind != ContentKind::kHtml && kind != ContentKind::kText)
      return Skip(source, ContentKindName(kind));
    if (in_folder && kind == ContentKind::kText && IsDocumentationName(inner_name))
      return Skip(source, "documentation or data text");
    if (!in_folder && !json_lines && !opts_.force_text && !EndsWithI(inner_name, ".txt") &&
        (kind == ContentKind::kJsonLines || kind == ContentKind::kJson))
      return Error(source,
                   Status::Unsupported(std::string(ContentKindName(kind)) +
                                       ", not a page (articles written by `hirewire extract` are read by "
                                       "`hirewire events`; --text reads the file as plain text)"));
    Page page;
    page.source = source;
    if (json_lines) page.content_type = std::string(kJsonLinesContentType);
    page.is_text =
        !json_lines && (opts_.force_text || EndsWithI(inner_name, ".txt") || EndsWithI(inner_name, ".text") ||
                        (in_folder && kind == ContentKind::kText && !LooksLikeHtmlName(inner_name)));
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
        if (page.status().code() != StatusCode::kNotFound) Error(name + "#" + rec.RecordId(), page.status());
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

std::string_view ContentKindName(ContentKind kind) {
  switch (kind) {
    case ContentKind::kEmpty: return "empty";
    case ContentKind::kHtml: return "HTML";
    case ContentKind::kText: return "text";
    case ContentKind::kXml: return "XML";
    case ContentKind::kJson: return "JSON";
    case ContentKind::kJsonLines: return "JSON Lines";
    case ContentKind::kCode: return "source code";
    case ContentKind::kDirectives: return "directives";
    case ContentKind::kBinary: return "binary";
  }
  return "unknown";
}

ContentKind SniffContent(std::string_view bytes, std::string* what) {
  std::string_view head = bytes.substr(0, 8192);
  if (const char* sig = BinarySignature(head)) {
    if (what) *what = sig;
    return ContentKind::kBinary;
  }
  if (LooksBinary(head)) {
    if (what) *what = "binary data";
    return ContentKind::kBinary;
  }
  std::string_view t = head;
  if (t.substr(0, 3) == "\xef\xbb\xbf") t.remove_prefix(3);
  t = TrimSpace(t);
  if (t.empty()) return ContentKind::kEmpty;
  if (StartsLikeHtml(t)) return ContentKind::kHtml;
  if (t.substr(0, 5) == "<?xml" || StartsWithI(t, "<svg") || StartsWithI(t, "<rss") ||
      StartsWithI(t, "<feed") || StartsWithI(t, "<urlset") || StartsWithI(t, "<sitemapindex")) {
    // XHTML is HTML; sitemaps, feeds and SVG are not pages.
    std::string lower = AsciiLower(t.substr(0, 2048));
    return lower.find("<html") != std::string::npos ? ContentKind::kHtml : ContentKind::kXml;
  }
  if (t[0] == '{') {
    size_t nl = t.find('\n');
    std::string_view first = TrimSpace(t.substr(0, nl));
    // One object per line (the first line is a whole object), or a single short object line.
    if (first.size() >= 2 && first.back() == '}' &&
        (nl != std::string_view::npos || bytes.size() <= head.size()))
      return ContentKind::kJsonLines;
    if (nl == std::string_view::npos && head.size() == 8192)
      return ContentKind::kJsonLines;  // a long first line
    return ContentKind::kJson;
  }
  if (t[0] == '[') {
    // A JSON array, not a bracketed credit line ("[Reuters] ...", "[제휴] ...").
    std::string_view inner = TrimSpace(t.substr(1));
    if (!inner.empty() && (inner[0] == '{' || inner[0] == '[' || inner[0] == '"' || inner[0] == ']' ||
                           (std::isdigit(static_cast<unsigned char>(inner[0])) && t.back() == ']')))
      return ContentKind::kJson;
  }
  if (t[0] == '<') {
    // Markup that opens with a tag outside the list (<center>, <form>, <%@ page %>) but is a page.
    std::string lower = AsciiLower(t.substr(0, 4096));
    if (lower.find("<html") != std::string::npos || lower.find("<body") != std::string::npos ||
        lower.find("<p>") != std::string::npos)
      return ContentKind::kHtml;
  }
  return SniffPlainText(t);
}

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

InputStats ReadInputs(const std::vector<std::string>& paths, const InputOptions& opts,
                      const PageSink& on_page, const ErrorSink& on_error) {
  Walker w(opts, on_page, on_error);
  for (const auto& p : paths) w.Path(p);
  return w.stats;
}

}  // namespace hirewire
