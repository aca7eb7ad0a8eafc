#include "corpus/warc_writer.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "corpus/dates.h"
#include "corpus/text.h"
#include "corpus/warc_reader.h"

namespace hirewire {
namespace {

namespace fs = std::filesystem;

std::string Base32(const unsigned char* p, size_t n) {
  static const char kAlpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out;
  uint64_t buf = 0;
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    buf = (buf << 8) | p[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlpha[(buf >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlpha[(buf << (5 - bits)) & 31]);
  while (out.size() % 8) out.push_back('=');
  return out;
}

std::string NewUuidUrn() {
  unsigned char b[16];
  if (RAND_bytes(b, sizeof b) != 1) {
    for (auto& c : b) c = static_cast<unsigned char>(std::rand());
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  char s[64];
  std::snprintf(s, sizeof s, "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                b[15]);
  return s;
}

std::string Timestamp14(int64_t unix_ms) { return FormatUtc(unix_ms / 1000, "%Y%m%d%H%M%S"); }

std::string Timestamp14FromWarcDate(std::string_view d) {
  std::string out;
  for (char c : d) {
    if (c == '.') break;
    if (std::isdigit(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out.substr(0, 14);
}

// Normalizes an HTTP head to CRLF lines without the final blank line.
std::vector<std::string> HeadLines(std::string_view head) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    std::string_view line =
        head.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl == std::string_view::npos ? head.size() : nl + 1;
    if (line.empty()) {
      if (lines.empty()) continue;  // leading blank lines
      break;
    }
    lines.emplace_back(line);
  }
  return lines;
}

// The stored HTTP head for a decoded body: coding headers renamed, a true Content-Length added.
std::string StoredResponseHead(std::string_view head, size_t body_size, bool add_length) {
  std::vector<std::string> lines = HeadLines(head);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (i > 0) {
      size_t colon = l.find(':');
      if (colon != std::string::npos) {
        std::string_view name = Trim(std::string_view(l).substr(0, colon));
        if (IEquals(name, "Content-Encoding") || IEquals(name, "Transfer-Encoding") ||
            IEquals(name, "Content-Length")) {
          out += "X-Crawler-";
        }
      }
    }
    out += l;
    out += "\r\n";
  }
  if (add_length) out += "Content-Length: " + std::to_string(body_size) + "\r\n";
  out += "\r\n";
  return out;
}

int StatusFromHead(std::string_view head) {
  size_t eol = head.find('\n');
  std::string_view line = Trim(head.substr(0, eol));
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos || line.substr(0, 5) != "HTTP/") return 0;
  std::string_view code = line.substr(sp + 1, 3);
  int v = 0;
  for (char c : code) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string HeadHeader(std::string_view head, std::string_view name) {
  for (const std::string& l : HeadLines(head)) {
    size_t colon = l.find(':');
    if (colon == std::string::npos) continue;
    if (IEquals(Trim(std::string_view(l).substr(0, colon)), name))
      return std::string(Trim(std::string_view(l).substr(colon + 1)));
  }
  return "";
}

Result<std::string> GzipMember(std::string_view data, int level) {
  z_stream zs{};
  if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return Status::Internal("deflateInit2 failed");
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 64);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  size_t n = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return Status::Internal("deflate did not finish");
  out.resize(n);
  return out;
}

// Sha1 over several pieces, as "sha1:BASE32".
std::string Sha1Of(std::initializer_list<std::string_view> parts) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha1(), nullptr);
  for (std::string_view p : parts) EVP_DigestUpdate(ctx, p.data(), p.size());
  EVP_DigestFinal_ex(ctx, md, &n);
  EVP_MD_CTX_free(ctx);
  return "sha1:" + Base32(md, n);
}

// One deflate state reused for every member (deflateReset instead of init/end per record). Most
// records are a few KiB: for those a small window and hash table compress as well and make each
// reset (which clears the hash table) four times cheaper.
class Deflater {
 public:
  Deflater(int window_bits, int mem_level) : window_bits_(window_bits), mem_level_(mem_level) {}
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
  ~Deflater() {
    if (ready_) deflateEnd(&zs_);
  }
  // Appends one complete gzip member holding the concatenation of parts to *out.
  Status Member(std::initializer_list<std::string_view> parts, int level, std::string* out) {
    if (!ready_ || level != level_) {
      if (ready_) deflateEnd(&zs_);
      zs_ = z_stream{};
      ready_ = false;
      if (deflateInit2(&zs_, level, Z_DEFLATED, window_bits_ + 16, mem_level_, Z_DEFAULT_STRATEGY) != Z_OK)
        return Status::Internal("deflateInit2 failed");
      ready_ = true;
      level_ = level;
    } else if (deflateReset(&zs_) != Z_OK) {
      return Status::Internal("deflateReset failed");
    }
    size_t total = 0;
    for (std::string_view p : parts) total += p.size();
    size_t used = out->size();
    out->resize(used + deflateBound(&zs_, static_cast<uLong>(total)) + 64);
    size_t i = 0;
    for (std::string_view p : parts) {
      const int flush = ++i == parts.size() ? Z_FINISH : Z_NO_FLUSH;
      zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(p.data()));
      zs_.avail_in = static_cast<uInt>(p.size());
      while (true) {
        if (used == out->size()) out->resize(out->size() * 2 + 4096);
        zs_.next_out = reinterpret_cast<Bytef*>(out->data() + used);
        zs_.avail_out = static_cast<uInt>(out->size() - used);
        const uInt before = zs_.avail_out;
        int rc = deflate(&zs_, flush);
        used += before - zs_.avail_out;
        if (rc == Z_STREAM_END) break;
        if (rc != Z_OK && rc != Z_BUF_ERROR) return Status::Internal("deflate failed");
        if (flush == Z_NO_FLUSH && zs_.avail_in == 0) break;
      }
    }
    out->resize(used);
    return Status::Ok();
  }

 private:
  const int window_bits_;
  const int mem_level_;
  z_stream zs_{};
  bool ready_ = false;
  int level_ = -1;
};

// A small-record deflater and a full-size one; the choice depends only on the input size.
class Deflaters {
 public:
  Status Member(std::initializer_list<std::string_view> parts, int level, std::string* out) {
    size_t total = 0;
    for (std::string_view p : parts) total += p.size();
    return (total <= kSmall ? small_ : big_).Member(parts, level, out);
  }

 private:
  static constexpr size_t kSmall = 16 * 1024;
  Deflater small_{14, 6};
  Deflater big_{15, 8};
};

std::string CdxjLine(const std::string& url, const std::string& warc_date, const std::string& mime,
                     int status, const std::string& digest, uint64_t offset, uint64_t length,
                     const std::string& file, bool revisit) {
  nlohmann::json j;
  j["url"] = url;
  j["mime"] = revisit ? "warc/revisit" : mime;
  if (status) j["status"] = std::to_string(status);
  std::string d = digest;
  if (d.rfind("sha1:", 0) == 0) d = d.substr(5);
  if (!d.empty()) j["digest"] = d;
  j["length"] = std::to_string(length);
  j["offset"] = std::to_string(offset);
  j["filename"] = file;
  return SurtKey(url) + " " + Timestamp14FromWarcDate(warc_date) + " " +
         j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Status WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(std::string("write: ") + std::strerror(errno));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status SortCdxj(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Ok();
  std::vector<std::string> lines;
  std::string l;
  while (std::getline(in, l))
    if (!l.empty()) lines.push_back(l);
  in.close();
  std::sort(lines.begin(), lines.end());
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    for (const auto& x : lines) out << x << '\n';
    if (!out) return Status::IoError("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IoError("cannot rename " + tmp);
  return Status::Ok();
}

std::string CdxjPathFor(const std::string& warc_path) {
  std::string p = warc_path;
  for (std::string_view ext : {".warc.gz", ".warc"}) {
    if (p.size() > ext.size() && p.compare(p.size() - ext.size(), ext.size(), ext) == 0) {
      return p.substr(0, p.size() - ext.size()) + ".cdxj";
    }
  }
  return p + ".cdxj";
}

}  // namespace

std::string WarcSha1Digest(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(data.data(), data.size(), md, &n, EVP_sha1(), nullptr);
  return "sha1:" + Base32(md, n);
}

std::string WarcDate(int64_t unix_ms) { return FormatUtc(unix_ms / 1000, "%Y-%m-%dT%H:%M:%SZ"); }

std::string SurtKey(std::string_view url) {
  std::string u(url);
  size_t scheme_end = u.find("://");
  std::string rest = scheme_end == std::string::npos ? u : u.substr(scheme_end + 3);
  size_t path_start = rest.find_first_of("/?#");
  std::string host = rest.substr(0, path_start);
  std::string path = path_start == std::string::npos ? "/" : rest.substr(path_start);
  if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  host = AsciiLower(host);
  std::string port;
  if (size_t colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos) {
    port = host.substr(colon);
    host = host.substr(0, colon);
    if (port == ":80" || port == ":443") port.clear();
  }
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  std::vector<std::string> labels;
  size_t p = 0;
  while (true) {
    size_t dot = host.find('.', p);
    labels.push_back(host.substr(p, dot == std::string::npos ? std::string::npos : dot - p));
    if (dot == std::string::npos) break;
    p = dot + 1;
  }
  std::string key;
  for (size_t i = labels.size(); i-- > 0;) {
    key += labels[i];
    if (i) key += ',';
  }
  if (size_t hash = path.find('#'); hash != std::string::npos) path = path.substr(0, hash);
  path = AsciiLower(path);
  return key + port + ")" + path;
}

struct WarcWriter::Impl {
  WarcWriterOptions opts;
  int fd = -1;
  FILE* cdxj = nullptr;
  std::string file;  // name only
  std::string path;
  std::string cdxj_path;
  uint64_t size = 0;
  int seq = 0;
  std::function<Status(const std::string&)> on_new_file;
  Deflaters deflater;

  Status OpenFile(int64_t now_ms) {
    std::error_code ec;
    fs::create_directories(opts.dir, ec);
    if (ec) return Status::IoError("cannot create " + opts.dir + ": " + ec.message());
    // Pick a name that does not exist yet.
    for (int tries = 0; tries < 100000; ++tries) {
      char name[512];
      std::snprintf(name, sizeof name, "%s-%s-%05d.warc.gz", opts.prefix.c_str(), Timestamp14(now_ms).c_str(),
                    seq);
      std::string candidate = (fs::path(opts.dir) / name).string();
      int f = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (f < 0) {
        if (errno == EEXIST) {
          ++seq;
          continue;
        }
        return Status::IoError("cannot create " + candidate + ": " + std::strerror(errno));
      }
      fd = f;
      file = name;
      path = candidate;
      break;
    }
    if (fd < 0) return Status::IoError("no free WARC file name in " + opts.dir);
    cdxj_path = CdxjPathFor(path);
    cdxj = std::fopen(cdxj_path.c_str(), "w");
    if (!cdxj) return Status::IoError("cannot create " + cdxj_path);
    size = 0;
    if (on_new_file) HW_RETURN_IF_ERROR(on_new_file(file));
    // warcinfo
    std::string fields;
    fields += "software: " + opts.software + "\r\n";
    fields += "format: WARC File Format 1.1\r\n";
    fields +=
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n";
    if (!opts.operator_contact.empty()) fields += "operator: " + opts.operator_contact + "\r\n";
    if (!opts.user_agent.empty()) fields += "http-header-user-agent: " + opts.user_agent + "\r\n";
    fields += "robots: " + opts.robots_policy + "\r\n";
    fields +=
        "payload-storage: decoded (content coding and transfer coding removed by the client; stored HTTP "
        "headers Content-Encoding, Transfer-Encoding and Content-Length renamed X-Crawler-*, a Content-Length "
        "for the stored body added)\r\n";
    std::string rec = "WARC/1.1\r\n";
    rec += "WARC-Type: warcinfo\r\n";
    rec += "WARC-Record-ID: <" + NewUuidUrn() + ">\r\n";
    rec += "WARC-Date: " + WarcDate(now_ms) + "\r\n";
    rec += "WARC-Filename: " + file + "\r\n";
    rec += "Content-Type: application/warc-fields\r\n";
    rec += "Content-Length: " + std::to_string(fields.size()) + "\r\n\r\n";
    rec += fields;
    rec += "\r\n\r\n";
    auto gz = GzipMember(rec, opts.gzip_level);
    if (!gz.ok()) return gz.status();
    HW_RETURN_IF_ERROR(WriteAll(fd, *gz));
    size += gz->size();
    return Sync();
  }

  Status Sync() {
    if (fd >= 0 && ::fsync(fd) != 0) return Status::IoError(std::string("fsync: ") + std::strerror(errno));
    if (cdxj) {
      if (std::fflush(cdxj) != 0) return Status::IoError("cannot flush " + cdxj_path);
      ::fsync(fileno(cdxj));
    }
    return Status::Ok();
  }

  Status CloseFile() {
    Status st = Sync();
    if (fd >= 0) ::close(fd);
    fd = -1;
    if (cdxj) std::fclose(cdxj);
    cdxj = nullptr;
    if (!path.empty()) {
      Status s2 = SortCdxj(cdxj_path);
      if (st.ok()) st = s2;
    }
    return st;
  }
};

WarcWriter::WarcWriter() : impl_(std::make_unique<Impl>()) {}
WarcWriter::~WarcWriter() { (void)Close(); }

Result<std::unique_ptr<WarcWriter>> WarcWriter::Create(const WarcWriterOptions& opts, int first_sequence,
                                                       int64_t now_ms) {
  std::unique_ptr<WarcWriter> w(new WarcWriter());
  w->impl_->opts = opts;
  w->impl_->on_new_file = opts.on_new_file;
  w->impl_->seq = first_sequence;
  HW_RETURN_IF_ERROR(w->impl_->OpenFile(now_ms));
  return w;
}

void WarcWriter::SetOnNewFile(std::function<Status(const std::string&)> cb) {
  impl_->on_new_file = std::move(cb);
}
const std::string& WarcWriter::current_file() const { return impl_->file; }
uint64_t WarcWriter::current_size() const { return impl_->size; }
int WarcWriter::sequence() const { return impl_->seq; }
Status WarcWriter::Sync() { return impl_->Sync(); }
Status WarcWriter::Close() { return impl_->CloseFile(); }

Result<WarcWriteResult> WarcWriter::Write(const WarcCapture& cap) {
  Impl& s = *impl_;
  if (s.fd < 0) return Status::Internal("WARC writer is closed");
  if (s.size >= s.opts.max_file_bytes) {
    HW_RETURN_IF_ERROR(s.CloseFile());
    ++s.seq;
    HW_RETURN_IF_ERROR(s.OpenFile(cap.capture_start_ms));
  }
  const std::string date = WarcDate(cap.capture_start_ms);
  const std::string resp_id = NewUuidUrn();
  const std::string req_id = cap.request_head.empty() ? "" : NewUuidUrn();
  const bool revisit = cap.kind != WarcCapture::Kind::kResponse;

  // The block is stored head + body; it is hashed and compressed in pieces (no joined copy of the body).
  std::string block_head;
  std::string_view block_body;
  std::string payload_digest;
  auto body_digest = [&cap] { return cap.body_digest.empty() ? WarcSha1Digest(cap.body) : cap.body_digest; };
  if (cap.kind == WarcCapture::Kind::kResponse) {
    block_head = StoredResponseHead(cap.response_head, cap.body.size(), true);
    block_body = cap.body;
    payload_digest = body_digest();
  } else if (cap.kind == WarcCapture::Kind::kRevisitNotModified) {
    block_head = StoredResponseHead(cap.response_head, 0, false);
    payload_digest = cap.refers_to_digest;
  } else {
    // Identical payload: keep only the HTTP head (WARC 1.1 section 6.7.2).
    block_head = StoredResponseHead(cap.response_head, cap.body.size(), true);
    payload_digest = body_digest();
  }
  const size_t block_size = block_head.size() + block_body.size();
  std::string h = "WARC/1.1\r\n";
  h += std::string("WARC-Type: ") + (revisit ? "revisit" : "response") + "\r\n";
  h += "WARC-Record-ID: <" + resp_id + ">\r\n";
  h += "WARC-Date: " + date + "\r\n";
  h += "WARC-Target-URI: " + cap.target_uri + "\r\n";
  if (!cap.ip_address.empty()) h += "WARC-IP-Address: " + cap.ip_address + "\r\n";
  if (!req_id.empty()) h += "WARC-Concurrent-To: <" + req_id + ">\r\n";
  if (revisit) {
    h += std::string("WARC-Profile: ") +
         (cap.kind == WarcCapture::Kind::kRevisitNotModified
              ? "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
              : "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest") +
         "\r\n";
    if (!cap.refers_to_record_id.empty()) h += "WARC-Refers-To: <" + cap.refers_to_record_id + ">\r\n";
    h += "WARC-Refers-To-Target-URI: " + (cap.refers_to_uri.empty() ? cap.target_uri : cap.refers_to_uri) +
         "\r\n";
    if (!cap.refers_to_date.empty()) h += "WARC-Refers-To-Date: " + cap.refers_to_date + "\r\n";
  } else if (!cap.truncated.empty()) {
    h += "WARC-Truncated: " + cap.truncated + "\r\n";
  }
  h += "WARC-Block-Digest: " + Sha1Of({block_head, block_body}) + "\r\n";
  if (!payload_digest.empty()) h += "WARC-Payload-Digest: " + payload_digest + "\r\n";
  h += "Content-Type: application/http; msgtype=response\r\n";
  h += "Content-Length: " + std::to_string(block_size) + "\r\n\r\n";
  std::string out;
  out.reserve(block_size / 2 + 4096);
  HW_RETURN_IF_ERROR(s.deflater.Member({h, block_head, block_body, "\r\n\r\n"}, s.opts.gzip_level, &out));
  const size_t response_member_size = out.size();
  if (!req_id.empty()) {
    std::string rblock = StoredResponseHead(cap.request_head, 0, false);
    std::string r = "WARC/1.1\r\n";
    r += "WARC-Type: request\r\n";
    r += "WARC-Record-ID: <" + req_id + ">\r\n";
    r += "WARC-Date: " + date + "\r\n";
    r += "WARC-Target-URI: " + cap.target_uri + "\r\n";
    if (!cap.ip_address.empty()) r += "WARC-IP-Address: " + cap.ip_address + "\r\n";
    r += "WARC-Concurrent-To: <" + resp_id + ">\r\n";
    r += "WARC-Block-Digest: " + WarcSha1Digest(rblock) + "\r\n";
    r += "Content-Type: application/http; msgtype=request\r\n";
    r += "Content-Length: " + std::to_string(rblock.size()) + "\r\n\r\n";
    HW_RETURN_IF_ERROR(s.deflater.Member({r, rblock, "\r\n\r\n"}, s.opts.gzip_level, &out));
  }
  WarcWriteResult res;
  res.file = s.file;
  res.offset = s.size;
  res.length = response_member_size;
  res.record_id = resp_id;
  res.warc_date = date;
  res.payload_digest = payload_digest;
  res.http_status = StatusFromHead(cap.response_head);
  // One write() for the whole capture; a crash can still tear it (recovery cuts it off).
  HW_RETURN_IF_ERROR(WriteAll(s.fd, out));
  s.size += out.size();
  res.end_offset = s.size;
  std::string mime = HeadHeader(cap.response_head, "Content-Type");
  if (size_t semi = mime.find(';'); semi != std::string::npos) mime = std::string(Trim(mime.substr(0, semi)));
  std::string line = CdxjLine(cap.target_uri, date, mime, res.http_status, payload_digest, res.offset,
                              res.length, s.file, revisit);
  if (std::fwrite(line.data(), 1, line.size(), s.cdxj) != line.size())
    return Status::IoError("cannot write " + s.cdxj_path);
  return res;
}

namespace {

// Parses one decompressed record into *info (headers only; block for HTTP head).
void ParseMember(std::string_view rec, WarcMemberInfo* info) {
  size_t end = rec.find("\r\n\r\n");
  if (end == std::string_view::npos) return;
  std::string_view head = rec.substr(0, end);
  std::string_view block = rec.substr(end + 4);
  size_t clen = std::string::npos;
  for (const std::string& l : HeadLines(head)) {
    size_t colon = l.find(':');
    if (colon == std::string::npos) continue;
    std::string_view name = Trim(std::string_view(l).substr(0, colon));
    std::string value(Trim(std::string_view(l).substr(colon + 1)));
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>')
      value = value.substr(1, value.size() - 2);
    if (IEquals(name, "WARC-Type"))
      info->type = value;
    else if (IEquals(name, "WARC-Record-ID"))
      info->record_id = value;
    else if (IEquals(name, "WARC-Target-URI"))
      info->target_uri = value;
    else if (IEquals(name, "WARC-Date"))
      info->warc_date = value;
    else if (IEquals(name, "WARC-Payload-Digest"))
      info->payload_digest = value;
    else if (IEquals(name, "Content-Length"))
      clen = std::strtoull(value.c_str(), nullptr, 10);
  }
  if (clen != std::string::npos && clen <= block.size()) block = block.substr(0, clen);
  if (info->type == "response" || info->type == "revisit") {
    size_t hend = block.find("\r\n\r\n");
    std::string_view hh = block.substr(0, hend);
    if (hh.substr(0, 5) == "HTTP/") {
      info->http_head = std::string(hh);
      info->http_status = StatusFromHead(hh);
      std::string ct = HeadHeader(hh, "Content-Type");
      if (size_t semi = ct.find(';'); semi != std::string::npos) ct = std::string(Trim(ct.substr(0, semi)));
      info->content_type = ct;
      if (hend != std::string_view::npos) info->http_payload = std::string(block.substr(hend + 4));
    }
  }
}

}  // namespace

Status RecoverWarcFile(const std::string& path, uint64_t from_offset, bool rewrite_cdxj,
                       const std::function<bool(const WarcMemberInfo&)>& on_member, uint64_t* cut_bytes) {
  if (cut_bytes) *cut_bytes = 0;
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  struct stat st {};
  ::fstat(fd, &st);
  const uint64_t file_size = static_cast<uint64_t>(st.st_size);
  std::string cdxj;
  const std::string file_name = fs::path(path).filename().string();

  z_stream zs{};
  inflateInit2(&zs, 15 + 16);
  std::vector<char> in(1 << 16);
  std::string member;  // decompressed bytes of the current member
  uint64_t member_start = 0;
  uint64_t consumed = 0;  // compressed bytes fed to zlib and used
  uint64_t good_end = 0;
  bool damaged = false, refused = false;
  char out[1 << 16];
  uint64_t read_pos = 0;
  size_t in_len = 0, in_off = 0;
  const size_t kMaxMember = 1u << 30;
  while (true) {
    if (in_off == in_len) {
      ssize_t n = ::pread(fd, in.data(), in.size(), static_cast<off_t>(read_pos));
      if (n <= 0) break;
      read_pos += static_cast<uint64_t>(n);
      in_len = static_cast<size_t>(n);
      in_off = 0;
    }
    zs.next_in = reinterpret_cast<Bytef*>(in.data() + in_off);
    zs.avail_in = static_cast<uInt>(in_len - in_off);
    zs.next_out = reinterpret_cast<Bytef*>(out);
    zs.avail_out = sizeof out;
    int rc = inflate(&zs, Z_NO_FLUSH);
    size_t used = (in_len - in_off) - zs.avail_in;
    in_off += used;
    consumed += used;
    if (member_start >= from_offset || rewrite_cdxj) member.append(out, sizeof out - zs.avail_out);
    if (member.size() > kMaxMember) {
      damaged = true;
      break;
    }
    if (rc == Z_STREAM_END) {
      WarcMemberInfo info;
      info.offset = member_start;
      info.length = consumed - member_start;
      if (!member.empty()) ParseMember(member, &info);
      if (member_start >= from_offset && on_member && !on_member(info)) {
        refused = true;  // cut here: good_end is this member's start
        break;
      }
      if (rewrite_cdxj && (info.type == "response" || info.type == "revisit")) {
        cdxj += CdxjLine(info.target_uri, info.warc_date, info.content_type, info.http_status,
                         info.payload_digest, info.offset, info.length, file_name, info.type == "revisit");
      }
      good_end = consumed;
      member_start = consumed;
      member.clear();
      inflateReset(&zs);
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      damaged = true;
      break;
    }
  }
  inflateEnd(&zs);
  if (damaged || refused || good_end < file_size) {
    if (::ftruncate(fd, static_cast<off_t>(good_end)) != 0) {
      ::close(fd);
      return Status::IoError("cannot truncate " + path + ": " + std::strerror(errno));
    }
    ::fsync(fd);
    if (cut_bytes) *cut_bytes = file_size - good_end;
  }
  ::close(fd);
  if (rewrite_cdxj) {
    std::string cpath = CdxjPathFor(path);
    {
      std::ofstream o(cpath, std::ios::trunc);
      o << cdxj;
      if (!o) return Status::IoError("cannot write " + cpath);
    }
    HW_RETURN_IF_ERROR(SortCdxj(cpath));
  }
  // The lead's reader must now read the file cleanly to the end.
  auto reader = WarcReader::Open(path);
  if (!reader.ok()) return reader.status();
  WarcRecord rec;
  while (true) {
    auto more = (*reader)->Next(&rec);
    if (!more.ok())
      return Status::Corrupt("after recovery " + path + " still unreadable: " + more.status().message());
    if (!*more) break;
  }
  return Status::Ok();
}

}  // namespace hirewire
