// The crawler's edges: a Clock and an HttpTransport (many transfers in flight, completed ones
// polled). The real ones wrap the system clock and a libcurl multi handle; tests use fakes.
//
// Thread-safety: a transport and the crawler loop that drives it live on one thread.
// SystemClock is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "corpus/status.h"

namespace hirewire::fetch {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds on a monotonic clock (scheduling, timeouts).
  virtual int64_t MonotonicMs() = 0;
  // Unix milliseconds (WARC-Date, validators, the state database).
  virtual int64_t WallMs() = 0;
};

// The process clock. Shared, stateless.
Clock* SystemClock();

struct HttpRequest {
  uint64_t id = 0;  // caller's tag, echoed in the response
  std::string url;
  std::vector<std::string> headers;   // extra "Name: value" lines (If-None-Match, ...)
  bool follow_redirects = false;      // robots.txt only; pages get their redirects via the frontier
  size_t max_body_bytes = 16u << 20;  // decoded bytes; the transfer stops there (truncated)
};

enum class TransportError {
  kNone,
  kTimeout,   // connect, total or low-speed timeout
  kConnect,   // refused, unreachable
  kDns,       // the host name does not resolve
  kReset,     // connection reset or closed before an answer
  kProtocol,  // a malformed answer (huge headers, bad chunk size, bad Content-Length): deterministic
  kPartial,   // body shorter than announced
  kTooManyRedirects,
  kBadScheme,  // not http(s)
  kTls,
  kDecode,  // content coding could not be decoded
  kOther,
};
const char* TransportErrorName(TransportError e);

struct HttpResponse {
  uint64_t id = 0;
  std::string url;            // the URL of the last hop (== request url unless redirects followed)
  int status = 0;             // 0 when no HTTP answer
  std::string http_version;   // "1.1", "2"
  std::string request_head;   // the request as sent (last hop), CRLF lines, final blank line
  std::string response_head;  // status line + headers as received (last hop)
  std::vector<std::pair<std::string, std::string>> headers;  // parsed response_head
  std::string body;                                          // decoded payload (up to max_body_bytes)
  bool truncated = false;                                    // stopped at max_body_bytes
  std::string ip;                                            // peer address
  TransportError error = TransportError::kNone;
  std::string
      error_message;  // libcurl's detail ("Illegal or missing hexadecimal sequence in chunked-encoding")
  int redirects = 0;  // redirect hops followed (follow_redirects only)
  int64_t started_wall_ms = 0;   // capture start (unix ms)
  int64_t downloaded_bytes = 0;  // bytes on the wire (compressed)

  // First header value by case-insensitive name, or "".
  std::string Header(std::string_view name) const;
};

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // Starts a transfer. Never blocks.
  virtual void Start(HttpRequest req) = 0;
  // Waits up to timeout_ms for progress and returns the transfers that finished.
  virtual std::vector<HttpResponse> Poll(int timeout_ms) = 0;
  virtual size_t InFlight() const = 0;
  // Wakes a Poll() from another thread or a signal handler context-free place (optional).
  virtual void Wakeup() {}
};

struct CurlTransportOptions {
  std::string user_agent = "hirewire/0.1";
  long connect_timeout_ms = 10000;
  long total_timeout_ms = 60000;
  long low_speed_bytes = 100;   // abort when slower than this ...
  long low_speed_seconds = 20;  // ... for this long
  int max_redirects = 5;        // when follow_redirects
  bool http2 = true;            // CURL_HTTP_VERSION_2TLS
  std::string ca_file;          // CURLOPT_CAINFO when set (a private CA, tests); else system CAs
  size_t max_total_connections = 256;
  // "host:port:address" entries (CURLOPT_RESOLVE), for tests with several host names on loopback.
  std::vector<std::string> resolve;
  bool verbose_request_head = true;  // capture the request as sent (CURLOPT_DEBUGFUNCTION)
};

// libcurl multi: many transfers in parallel on one thread, HTTP/2 where the server offers it,
// all content codings libcurl knows (gzip, deflate, br, zstd), http and https only (also after
// redirects).
Result<std::unique_ptr<HttpTransport>> CreateCurlTransport(const CurlTransportOptions& opts, Clock* clock);

// Parses "Retry-After: 120" or an HTTP-date into a delay in ms from now_wall_ms; nullopt-like -1
// when absent or unparsable.
int64_t ParseRetryAfterMs(const std::string& value, int64_t now_wall_ms);

}  // namespace hirewire::fetch
