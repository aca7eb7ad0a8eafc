#include "fetch/transport.h"

#include <curl/curl.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <unordered_map>

#include "corpus/text.h"

namespace hirewire::fetch {
namespace {

class RealClock : public Clock {
 public:
  int64_t MonotonicMs() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  int64_t WallMs() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

struct Transfer {
  HttpRequest req;
  HttpResponse resp;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  bool headers_too_large = false;
  char error[CURL_ERROR_SIZE] = {0};
  ~Transfer() {
    if (easy) curl_easy_cleanup(easy);
    if (headers) curl_slist_free_all(headers);
  }
};

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  std::string_view line(data, len);
  if (line.substr(0, 5) == "HTTP/") {  // a new response (redirect hop, 100 Continue)
    t->resp.response_head.clear();
    t->resp.headers.clear();
  }
  if (t->resp.response_head.size() + len > (1u << 20)) {  // 1 MiB of headers is an attack
    t->headers_too_large = true;
    return 0;
  }
  t->resp.response_head.append(line);
  size_t colon = line.find(':');
  if (colon != std::string_view::npos && line.substr(0, 5) != "HTTP/") {
    t->resp.headers.emplace_back(std::string(Trim(line.substr(0, colon))),
                                 std::string(Trim(line.substr(colon + 1))));
  }
  return len;
}

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  size_t room = t->req.max_body_bytes - std::min(t->req.max_body_bytes, t->resp.body.size());
  if (len > room) {
    t->resp.body.append(data, room);
    t->resp.truncated = true;
    return 0;  // abort the transfer: the cap is hit
  }
  t->resp.body.append(data, len);
  return len;
}

int OnDebug(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  if (type != CURLINFO_HEADER_OUT) return 0;
  auto* t = static_cast<Transfer*>(user);
  if (size < (1u << 20)) t->resp.request_head.assign(data, size);
  return 0;
}

bool Contains(std::string_view text, std::string_view word) {
  return AsciiLower(text).find(word) != std::string::npos;
}

// `detail` is libcurl's error buffer: a receive error is a malformed answer when it names the
// part of the message that was wrong, else the connection broke.
TransportError MapError(CURLcode rc, std::string_view detail) {
  switch (rc) {
    case CURLE_OK: return TransportError::kNone;
    case CURLE_OPERATION_TIMEDOUT: return TransportError::kTimeout;
    case CURLE_COULDNT_CONNECT: return TransportError::kConnect;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return TransportError::kDns;
    case CURLE_RECV_ERROR:
      if (Contains(detail, "chunk") || Contains(detail, "header") || Contains(detail, "content-length"))
        return TransportError::kProtocol;
      return TransportError::kReset;
    case CURLE_WEIRD_SERVER_REPLY:                               // bad status line, invalid Content-Length
    case CURLE_OUT_OF_MEMORY: return TransportError::kProtocol;  // libcurl: one header line over its limit
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM: return TransportError::kReset;
    case CURLE_PARTIAL_FILE: return TransportError::kPartial;
    case CURLE_TOO_MANY_REDIRECTS: return TransportError::kTooManyRedirects;
    case CURLE_UNSUPPORTED_PROTOCOL: return TransportError::kBadScheme;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE: return TransportError::kTls;
    case CURLE_BAD_CONTENT_ENCODING: return TransportError::kDecode;
    default: return TransportError::kOther;
  }
}

class CurlTransport : public HttpTransport {
 public:
  CurlTransport(const CurlTransportOptions& opts, Clock* clock) : opts_(opts), clock_(clock) {
    static CurlGlobal global;
    multi_ = curl_multi_init();
    curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(opts_.max_total_connections));
    curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(opts_.max_total_connections));
    curl_multi_setopt(multi_, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    for (const auto& r : opts_.resolve) resolve_ = curl_slist_append(resolve_, r.c_str());
  }
  ~CurlTransport() override {
    for (auto& [easy, t] : active_) curl_multi_remove_handle(multi_, easy);
    active_.clear();
    curl_multi_cleanup(multi_);
    if (resolve_) curl_slist_free_all(resolve_);
  }

  void Start(HttpRequest req) override {
    auto t = std::make_unique<Transfer>();
    t->req = std::move(req);
    t->resp.id = t->req.id;
    t->resp.url = t->req.url;
    t->resp.started_wall_ms = clock_->WallMs();
    CURL* e = curl_easy_init();
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, t->req.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every coding libcurl was built with
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, opts_.http2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    if (!opts_.ca_file.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, opts_.ca_file.c_str());
    curl_easy_setopt(e, CURLOPT_USERAGENT, opts_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, opts_.connect_timeout_ms);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, opts_.total_timeout_ms);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, opts_.low_speed_bytes);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, opts_.low_speed_seconds);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, t->req.follow_redirects ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, static_cast<long>(opts_.max_redirects));
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    if (opts_.verbose_request_head) {
      curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, OnDebug);
      curl_easy_setopt(e, CURLOPT_DEBUGDATA, t.get());
      curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    }
    if (resolve_) curl_easy_setopt(e, CURLOPT_RESOLVE, resolve_);
    for (const auto& h : t->req.headers) t->headers = curl_slist_append(t->headers, h.c_str());
    if (t->headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_multi_add_handle(multi_, e);
    active_.emplace(e, std::move(t));
  }

  std::vector<HttpResponse> Poll(int timeout_ms) override {
    std::vector<HttpResponse> done;
    int running = 0;
    curl_multi_perform(multi_, &running);
    Collect(&done);
    if (done.empty()) {
      curl_multi_poll(multi_, nullptr, 0, std::max(0, timeout_ms), nullptr);
      curl_multi_perform(multi_, &running);
      Collect(&done);
    }
    return done;
  }

  size_t InFlight() const override { return active_.size(); }
  void Wakeup() override { curl_multi_wakeup(multi_); }

 private:
  void Collect(std::vector<HttpResponse>* done) {
    int left = 0;
    while (CURLMsg* m = curl_multi_info_read(multi_, &left)) {
      if (m->msg != CURLMSG_DONE) continue;
      CURL* e = m->easy_handle;
      CURLcode rc = m->data.result;
      auto it = active_.find(e);
      if (it == active_.end()) continue;
      Transfer& t = *it->second;
      long code = 0;
      curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
      t.resp.status = static_cast<int>(code);
      char* ip = nullptr;
      if (curl_easy_getinfo(e, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip) t.resp.ip = ip;
      char* eff = nullptr;
      if (curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff) t.resp.url = eff;
      long ver = 0;
      curl_easy_getinfo(e, CURLINFO_HTTP_VERSION, &ver);
      t.resp.http_version = ver == CURL_HTTP_VERSION_2_0 ? "2" : ver == CURL_HTTP_VERSION_1_0 ? "1.0" : "1.1";
      curl_off_t dl = 0;
      curl_easy_getinfo(e, CURLINFO_SIZE_DOWNLOAD_T, &dl);
      t.resp.downloaded_bytes = static_cast<int64_t>(dl);
      long hops = 0;
      curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &hops);
      t.resp.redirects = static_cast<int>(hops);
      if (rc == CURLE_WRITE_ERROR && t.resp.truncated) rc = CURLE_OK;
      if (rc != CURLE_OK) t.resp.error_message = t.error[0] ? t.error : curl_easy_strerror(rc);
      t.resp.error = t.headers_too_large ? TransportError::kProtocol : MapError(rc, t.resp.error_message);
      if (t.headers_too_large) t.resp.error_message = "response headers over 1 MiB";
      curl_multi_remove_handle(multi_, e);
      done->push_back(std::move(t.resp));
      active_.erase(it);
    }
  }

  CurlTransportOptions opts_;
  Clock* clock_;
  CURLM* multi_ = nullptr;
  curl_slist* resolve_ = nullptr;
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> active_;
};

}  // namespace

Clock* SystemClock() {
  static RealClock clock;
  return &clock;
}

const char* TransportErrorName(TransportError e) {
  switch (e) {
    case TransportError::kNone: return "none";
    case TransportError::kTimeout: return "timeout";
    case TransportError::kConnect: return "connect";
    case TransportError::kDns: return "dns";
    case TransportError::kReset: return "reset";
    case TransportError::kProtocol: return "protocol";
    case TransportError::kPartial: return "partial";
    case TransportError::kTooManyRedirects: return "too_many_redirects";
    case TransportError::kBadScheme: return "bad_scheme";
    case TransportError::kTls: return "tls";
    case TransportError::kDecode: return "decode";
    case TransportError::kOther: return "other";
  }
  return "other";
}

std::string HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (IEquals(k, name)) return v;
  return "";
}

Result<std::unique_ptr<HttpTransport>> CreateCurlTransport(const CurlTransportOptions& opts, Clock* clock) {
  curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  if (!info || info->version_num < 0x075500)
    return Status::Unsupported("libcurl >= 7.85 needed (PROTOCOLS_STR)");
  return std::unique_ptr<HttpTransport>(new CurlTransport(opts, clock));
}

int64_t ParseRetryAfterMs(const std::string& value, int64_t now_wall_ms) {
  std::string_view v = Trim(value);
  if (v.empty()) return -1;
  bool digits = true;
  for (char c : v) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (digits) {
    if (v.size() > 9) return 1000LL * 999999999;
    return std::stoll(std::string(v)) * 1000;
  }
  time_t t = curl_getdate(std::string(v).c_str(), nullptr);
  if (t < 0) return -1;
  int64_t d = static_cast<int64_t>(t) * 1000 - now_wall_ms;
  return d < 0 ? 0 : d;
}

}  // namespace hirewire::fetch
