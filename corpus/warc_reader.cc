#include "corpus/warc_reader.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "corpus/input.h"
#include "corpus/text.h"

namespace hirewire {
namespace {

std::string StripAngles(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// Undoes chunked transfer coding. Corrupt when the chunk framing is broken.
Result<std::string> Dechunk(std::string_view in) {
  std::string out;
  size_t pos = 0;
  while (pos < in.size()) {
    size_t eol = in.find("\r\n", pos);
    if (eol == std::string_view::npos) return Status::Corrupt("chunked body: missing chunk size line");
    std::string_view line = in.substr(pos, eol - pos);
    size_t semi = line.find(';');
    if (semi != std::string_view::npos) line = line.substr(0, semi);
    line = Trim(line);
    if (line.empty()) return Status::Corrupt("chunked body: empty chunk size");
    size_t n = 0;
    for (char c : line) {
      int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
              : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                          : -1;
      if (d < 0 || n > (SIZE_MAX >> 4)) return Status::Corrupt("chunked body: bad chunk size");
      n = n * 16 + static_cast<size_t>(d);
    }
    pos = eol + 2;
    if (n == 0) return out;
    if (n > in.size() - pos) {
      out.append(in.substr(pos));
      return Status::Corrupt("chunked body: truncated chunk");
    }
    out.append(in.substr(pos, n));
    pos += n + 2;
  }
  return out;
}

// Inflates zlib or raw deflate ("deflate" content coding is used both ways in the wild).
Result<std::string> Inflate(std::string_view in, size_t max_out) {
  for (int wbits : {15, -15}) {
    z_stream zs{};
    if (inflateInit2(&zs, wbits) != Z_OK) return Status::Internal("inflateInit2");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    std::string out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      rc = inflate(&zs, Z_NO_FLUSH);
      out.append(buf, sizeof buf - zs.avail_out);
      if (out.size() > max_out) {
        inflateEnd(&zs);
        return Status::ResourceExhausted("inflated body over the size limit");
      }
      if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
    }
    inflateEnd(&zs);
    if (rc == Z_STREAM_END) return out;
  }
  return Status::Corrupt("deflate body could not be decoded");
}

}  // namespace

std::string_view WarcRecord::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (IEquals(k, name)) return v;
  return {};
}

std::string WarcRecord::RecordId() const { return StripAngles(Header("WARC-Record-ID")); }
std::string WarcRecord::TargetUri() const { return StripAngles(Header("WARC-Target-URI")); }

struct WarcReader::Impl {
  gzFile gz = nullptr;
  std::string path;
  WarcReaderOptions opts;
  bool failed = false;
  // Small read-ahead buffer for line reading.
  std::string buf;
  size_t pos = 0;
  bool eof = false;
  // OpenRange: gzip members inflated from fd, at most `left` compressed bytes.
  int fd = -1;
  uint64_t left = 0;
  z_stream zs{};
  std::string in;  // compressed input not yet inflated
  std::string range_error;

  ~Impl() {
    if (gz) gzclose(gz);
    if (fd >= 0) {
      inflateEnd(&zs);
      ::close(fd);
    }
  }

  // Range mode: the next decompressed bytes of the members in [from, to).
  int ReadRange(char* out, size_t cap) {
    char chunk[65536];
    while (true) {
      if (zs.avail_in == 0) {
        if (left == 0) return 0;
        ssize_t n = ::read(fd, chunk, static_cast<size_t>(std::min<uint64_t>(sizeof chunk, left)));
        if (n <= 0) {
          range_error = n < 0 ? std::strerror(errno) : "file ends before the range does";
          return -1;
        }
        left -= static_cast<uint64_t>(n);
        in.assign(chunk, static_cast<size_t>(n));
        zs.next_in = reinterpret_cast<Bytef*>(in.data());
        zs.avail_in = static_cast<uInt>(in.size());
      }
      zs.next_out = reinterpret_cast<Bytef*>(out);
      zs.avail_out = static_cast<uInt>(cap);
      int rc = inflate(&zs, Z_NO_FLUSH);
      const int got = static_cast<int>(cap - zs.avail_out);
      if (rc == Z_STREAM_END) {
        inflateReset(&zs);  // the next gzip member (one per record)
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        range_error = zs.msg ? zs.msg : "gzip error";
        return -1;
      }
      if (got > 0) return got;
    }
  }

  bool Fill() {
    if (eof) return false;
    if (pos > 0) {
      buf.erase(0, pos);
      pos = 0;
    }
    char tmp[65536];
    int n = fd >= 0 ? ReadRange(tmp, sizeof tmp) : gzread(gz, tmp, sizeof tmp);
    if (n <= 0) {
      eof = true;
      return false;
    }
    buf.append(tmp, static_cast<size_t>(n));
    return true;
  }

  // Reads one line including its LF; false at EOF with no bytes.
  bool ReadLine(std::string* line) {
    line->clear();
    while (true) {
      size_t nl = buf.find('\n', pos);
      if (nl != std::string::npos) {
        line->assign(buf, pos, nl + 1 - pos);
        pos = nl + 1;
        return true;
      }
      if (buf.size() - pos > 1 << 20) {  // a 1 MiB header line is garbage
        line->assign(buf, pos, std::string::npos);
        pos = buf.size();
        return true;
      }
      if (!Fill()) {
        line->assign(buf, pos, std::string::npos);
        pos = buf.size();
        return !line->empty();
      }
    }
  }

  // Appends up to n bytes to *out (keeping at most `keep` of them); returns bytes consumed.
  size_t ReadBytes(size_t n, std::string* out, size_t keep) {
    size_t got = 0;
    while (got < n) {
      if (pos >= buf.size() && !Fill()) break;
      size_t take = std::min(n - got, buf.size() - pos);
      if (out->size() < keep) out->append(buf, pos, std::min(take, keep - out->size()));
      pos += take;
      got += take;
    }
    return got;
  }

  bool GzError(std::string* msg) {
    if (fd >= 0) {
      *msg = range_error;
      return !range_error.empty();
    }
    int err = 0;
    const char* m = gzerror(gz, &err);
    if (err != Z_OK && err != Z_STREAM_END) {
      *msg = m ? m : "gzip error";
      return true;
    }
    return false;
  }
};

WarcReader::WarcReader() : impl_(std::make_unique<Impl>()) {}
WarcReader::~WarcReader() = default;

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path, const WarcReaderOptions& opts) {
  std::unique_ptr<WarcReader> r(new WarcReader());
  r->impl_->path = path;
  r->impl_->opts = opts;
  r->impl_->gz = gzopen(path.c_str(), "rb");
  if (!r->impl_->gz) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  gzbuffer(r->impl_->gz, 1 << 16);
  return r;
}

Result<std::unique_ptr<WarcReader>> WarcReader::OpenRange(const std::string& path, uint64_t from, uint64_t to,
                                                          const WarcReaderOptions& opts) {
  std::unique_ptr<WarcReader> r(new WarcReader());
  Impl& s = *r->impl_;
  s.path = path;
  s.opts = opts;
  s.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (s.fd < 0) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  if (inflateInit2(&s.zs, 15 + 16) != Z_OK) {
    ::close(s.fd);
    s.fd = -1;
    return Status::Internal("zlib: inflateInit2 failed");
  }
  if (to < from || ::lseek(s.fd, static_cast<off_t>(from), SEEK_SET) < 0)
    return Status::InvalidArgument(path + ": bad byte range " + std::to_string(from) + ".." +
                                   std::to_string(to));
  s.left = to - from;
  return r;
}

Result<bool> WarcReader::Next(WarcRecord* rec) {
  Impl& s = *impl_;
  if (s.failed) return Status::Corrupt("reader stopped after an earlier error");
  *rec = WarcRecord();
  std::string line;
  // Skip blank lines between records.
  do {
    if (!s.ReadLine(&line)) {
      std::string msg;
      if (s.GzError(&msg)) {
        s.failed = true;
        return Status::Corrupt("gzip stream damaged at end of file: " + msg);
      }
      return false;
    }
  } while (Trim(line).empty());
  std::string_view v = Trim(line);
  if (v.substr(0, 5) != "WARC/") {
    s.failed = true;
    return Status::Corrupt("expected a WARC/ version line, found garbage");
  }
  rec->version = std::string(v);
  bool have_len = false;
  size_t len = 0;
  while (true) {
    if (!s.ReadLine(&line)) {
      s.failed = true;
      return Status::Corrupt("torn record: file ends inside the WARC headers");
    }
    std::string_view h = Trim(line);
    if (h.empty()) break;
    size_t colon = h.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name(Trim(h.substr(0, colon)));
    std::string value(Trim(h.substr(colon + 1)));
    if (IEquals(name, "Content-Length")) {
      char* endp = nullptr;
      unsigned long long n = std::strtoull(value.c_str(), &endp, 10);
      if (endp == value.c_str()) {
        s.failed = true;
        return Status::Corrupt("bad Content-Length: " + value);
      }
      len = static_cast<size_t>(n);
      have_len = true;
    }
    rec->headers.emplace_back(std::move(name), std::move(value));
  }
  if (!have_len) {
    s.failed = true;
    return Status::Corrupt("record without Content-Length");
  }
  size_t keep = std::min(len, s.opts.max_record_bytes);
  rec->block.reserve(keep);
  size_t got = s.ReadBytes(len, &rec->block, keep);
  if (got < len) {
    s.failed = true;
    std::string msg;
    s.GzError(&msg);
    return Status::Corrupt("torn record " + rec->RecordId() + ": block has " + std::to_string(got) + " of " +
                           std::to_string(len) + " bytes" + (msg.empty() ? "" : " (" + msg + ")"));
  }
  rec->truncated = len > keep;
  return true;
}

bool IsArticleContentType(std::string_view content_type) {
  std::string ct = AsciiLower(content_type);
  if (ct.find("xhtml") != std::string::npos) return true;
  return ct.find("xml") == std::string::npos && ct.find("json") == std::string::npos &&
         ct.find("rss") == std::string::npos && ct.find("atom") == std::string::npos;
}

bool LooksLikeWarc(std::string_view head) {
  if (IsGzip(head)) {
    return GunzipPrefix(head, 16).rfind("WARC/", 0) == 0;
  }
  return head.rfind("WARC/", 0) == 0;
}

Result<Page> PageFromWarcRecord(const WarcRecord& rec, const std::string& warc_file) {
  std::string_view type = rec.Type();
  Page page;
  page.warc_file = warc_file;
  page.warc_record_id = rec.RecordId();
  page.url = rec.TargetUri();
  page.fetched_at = std::string(rec.Header("WARC-Date"));
  page.source = warc_file + "#" + page.warc_record_id;
  if (rec.truncated) page.warnings.push_back("WARC record truncated at the size limit");
  if (!rec.Header("WARC-Truncated").empty())
    page.warnings.push_back("WARC-Truncated: " + std::string(rec.Header("WARC-Truncated")));
  if (type == "resource") {
    page.content_type = std::string(rec.Header("Content-Type"));
    page.body = rec.block;
    return page;
  }
  if (type != "response") return Status::NotFound("record type " + std::string(type) + " carries no page");
  std::string_view ct = rec.Header("Content-Type");
  if (ct.find("application/http") == std::string_view::npos)
    return Status::NotFound("response record is not HTTP (" + std::string(ct) + ")");
  std::string_view block = rec.block;
  size_t hdr_end = block.find("\r\n\r\n");
  size_t sep = 4;
  if (hdr_end == std::string_view::npos) {
    hdr_end = block.find("\n\n");
    sep = 2;
  }
  if (hdr_end == std::string_view::npos) return Status::Corrupt("HTTP response without a header end");
  std::string_view head = block.substr(0, hdr_end);
  std::string_view body = block.substr(hdr_end + sep);
  // Status line.
  size_t eol = head.find('\n');
  std::string_view status_line = Trim(head.substr(0, eol));
  int code = 0;
  if (size_t sp = status_line.find(' '); sp != std::string_view::npos)
    code = std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
  if (code < 200 || code >= 300) return Status::NotFound("HTTP status " + std::to_string(code));
  std::string te, ce;
  while (eol != std::string_view::npos) {
    size_t next = head.find('\n', eol + 1);
    std::string_view h =
        Trim(head.substr(eol + 1, next == std::string_view::npos ? std::string_view::npos : next - eol - 1));
    eol = next;
    size_t colon = h.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = Trim(h.substr(0, colon));
    std::string_view value = Trim(h.substr(colon + 1));
    if (IEquals(name, "Content-Type")) page.content_type = std::string(value);
    if (IEquals(name, "Transfer-Encoding")) te = std::string(value);
    if (IEquals(name, "Content-Encoding")) ce = std::string(value);
  }
  std::string decoded(body);
  if (AsciiLower(te).find("chunked") != std::string::npos) {
    auto d = Dechunk(decoded);
    if (d.ok()) {
      decoded = std::move(d).value();
    } else {
      page.warnings.push_back("chunked body could not be decoded; used as stored");
    }
  }
  std::string cel = AsciiLower(ce);
  if (cel == "gzip" || cel == "x-gzip") {
    auto d = Gunzip(decoded, 256u << 20);
    if (d.ok()) {
      decoded = std::move(d).value();
    } else {
      page.warnings.push_back("gzip content coding could not be decoded: " + d.status().message());
    }
  } else if (cel == "deflate") {
    auto d = Inflate(decoded, 256u << 20);
    if (d.ok())
      decoded = std::move(d).value();
    else
      page.warnings.push_back("deflate content coding could not be decoded");
  } else if (!cel.empty() && cel != "identity") {
    page.warnings.push_back("unsupported content coding " + ce + "; body used as stored");
  }
  page.body = std::move(decoded);
  return page;
}

}  // namespace hirewire
