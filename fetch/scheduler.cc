#include "fetch/scheduler.h"

#include <algorithm>

namespace hirewire::fetch {

HostScheduler::HostScheduler(const SchedulerOptions& opts) : opts_(opts), rng_(opts.seed) {}

HostScheduler::Host& HostScheduler::Get(std::string_view host) {
  auto it = hosts_.find(host);
  if (it == hosts_.end()) it = hosts_.emplace(std::string(host), Host()).first;
  return it->second;
}

const HostScheduler::Host* HostScheduler::Find(std::string_view host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? nullptr : &it->second;
}

int64_t HostScheduler::ReadyAt(std::string_view host, int64_t now_ms) const {
  const Host* h = Find(host);
  if (!h) return now_ms;
  int64_t t = std::max({h->last_start + Delay(*h), h->not_before, h->paused_until});
  return std::max(t, now_ms);
}

bool HostScheduler::CanStart(std::string_view host, int64_t now_ms) const {
  const Host* h = Find(host);
  if (!h) return true;
  if (h->in_flight >= opts_.max_conns) return false;
  return ReadyAt(host, now_ms) <= now_ms;
}

void HostScheduler::OnStart(std::string_view host, int64_t now_ms) {
  Host& h = Get(host);
  ++h.in_flight;
  h.last_start = now_ms;
}

void HostScheduler::OnSuccess(std::string_view host, int64_t now_ms) {
  Host& h = Get(host);
  h.in_flight = std::max(0, h.in_flight - 1);
  h.failures = 0;
  h.not_before = std::max(h.not_before, now_ms + Delay(h));
}

void HostScheduler::OnAbandon(std::string_view host, int64_t now_ms) {
  Host& h = Get(host);
  h.in_flight = std::max(0, h.in_flight - 1);
  h.not_before = std::max(h.not_before, now_ms + Delay(h));
}

int64_t HostScheduler::OnTransientFailure(std::string_view host, int64_t now_ms, int64_t retry_after_ms) {
  Host& h = Get(host);
  h.in_flight = std::max(0, h.in_flight - 1);
  ++h.failures;
  int shift = std::min(h.failures - 1, 30);
  int64_t exp = std::min<int64_t>(opts_.backoff_max_ms, opts_.backoff_base_ms << shift);
  double jitter = 0.5 + 0.5 * std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
  int64_t wait = static_cast<int64_t>(static_cast<double>(exp) * jitter);
  wait = std::max(wait, Delay(h));
  if (retry_after_ms >= 0) wait = std::max(wait, retry_after_ms);
  h.not_before = std::max(h.not_before, now_ms + wait);
  if (opts_.pause_after > 0 && h.failures >= opts_.pause_after) {
    h.paused_until = now_ms + opts_.pause_ms;
    wait = std::max(wait, opts_.pause_ms);
  }
  return wait;
}

void HostScheduler::SetDelay(std::string_view host, int64_t delay_ms) { Get(host).delay_ms = delay_ms; }

int HostScheduler::InFlight(std::string_view host) const {
  const Host* h = Find(host);
  return h ? h->in_flight : 0;
}

bool HostScheduler::Paused(std::string_view host, int64_t now_ms) const {
  const Host* h = Find(host);
  return h && h->paused_until > now_ms;
}

int HostScheduler::ConsecutiveFailures(std::string_view host) const {
  const Host* h = Find(host);
  return h ? h->failures : 0;
}

void HostScheduler::Forget(std::string_view host, int64_t now_ms) {
  auto it = hosts_.find(host);
  if (it == hosts_.end()) return;
  const Host& h = it->second;
  if (h.in_flight == 0 && h.failures == 0 && h.not_before <= now_ms && h.paused_until <= now_ms &&
      h.delay_ms < 0)
    hosts_.erase(it);
}

}  // namespace hirewire::fetch
