// Per-host politeness and back-off, pure: every call gets the time, nothing reads a clock, so
// tests drive it with fake times.
//
// - At most `max_conns` requests in flight per host.
// - A request may start only `delay` after the previous request to the host started AND after
//   the previous one finished (so a slow server is not hit back to back).
// - Transient failures (timeouts, resets, 408, 429, 5xx) back off exponentially with jitter:
//   base * 2^(n-1) * [0.5, 1.0), capped; a Retry-After longer than that wins. After
//   `pause_after` consecutive failures the host is paused for `pause`. Any success resets.
//
// Thread-safety: not thread-safe; owned by the crawler loop.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hirewire::fetch {

struct SchedulerOptions {
  int64_t delay_ms = 1000;
  int max_conns = 1;
  int64_t backoff_base_ms = 2000;
  int64_t backoff_max_ms = 600000;
  int pause_after = 8;
  int64_t pause_ms = 1800000;
  uint64_t seed = 0x5eed;  // jitter
};

class HostScheduler {
 public:
  explicit HostScheduler(const SchedulerOptions& opts);

  // Earliest monotonic time a new request to host may start (<= now means: now).
  int64_t ReadyAt(std::string_view host, int64_t now_ms) const;
  bool CanStart(std::string_view host, int64_t now_ms) const;
  void OnStart(std::string_view host, int64_t now_ms);
  // A success (any answer that is not a transient failure).
  void OnSuccess(std::string_view host, int64_t now_ms);
  // A transient failure; retry_after_ms < 0 when the server gave none. Returns the back-off
  // applied (ms from now); the failed URL should not be retried before it.
  int64_t OnTransientFailure(std::string_view host, int64_t now_ms, int64_t retry_after_ms);
  // Finished without a verdict on the host (e.g. cancelled).
  void OnAbandon(std::string_view host, int64_t now_ms);

  // Per-host delay override (robots.txt Crawl-delay, already capped by the caller).
  void SetDelay(std::string_view host, int64_t delay_ms);

  int InFlight(std::string_view host) const;
  bool Paused(std::string_view host, int64_t now_ms) const;
  int ConsecutiveFailures(std::string_view host) const;
  // Drops an idle host's state (no requests in flight, no back-off pending).
  void Forget(std::string_view host, int64_t now_ms);
  size_t size() const { return hosts_.size(); }

 private:
  struct Host {
    int in_flight = 0;
    int64_t last_start = INT64_MIN / 2;
    int64_t not_before = 0;  // delay after the last finish, or back-off
    int64_t delay_ms = -1;   // -1: the default
    int failures = 0;
    int64_t paused_until = 0;
  };
  Host& Get(std::string_view host);
  const Host* Find(std::string_view host) const;
  int64_t Delay(const Host& h) const { return h.delay_ms >= 0 ? h.delay_ms : opts_.delay_ms; }

  SchedulerOptions opts_;
  // Transparent hash: lookups by string_view build no std::string (hot path, several per loop turn).
  struct SvHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Host, SvHash, std::equal_to<>> hosts_;
  std::mt19937_64 rng_;
};

}  // namespace hirewire::fetch
