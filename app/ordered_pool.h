// Runs a function over a stream of inputs on N threads and hands the results back in input
// order. Memory is bounded: at most `window` inputs are in flight (Submit blocks beyond that).
//
// Thread-safety: Submit/Finish are called from one producer thread; `consume` runs on that
// thread too (inside Submit and Finish), so it needs no locking.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace hirewire::app {

// The worker threads a --jobs / jobs setting asks for: `jobs` when positive, else one per core.
inline int JobsOrCores(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

template <typename In, typename Out>
class OrderedPool {
 public:
  OrderedPool(int threads, size_t window, std::function<Out(In&)> work, std::function<void(Out&&)> consume)
      : work_(std::move(work)), consume_(std::move(consume)), window_(window < 1 ? 1 : window) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Loop(); });
  }
  ~OrderedPool() { Finish(); }

  void Submit(In in) {
    if (workers_.empty()) {  // no threads: run inline
      consume_(work_(in));
      return;
    }
    std::unique_lock lk(mu_);
    DrainLocked(lk);
    while (next_in_ - next_out_ >= window_) {
      // Only the oldest result frees a slot: results must leave in order.
      can_submit_.wait(lk, [&] { return done_.count(next_out_) > 0; });
      DrainLocked(lk);
    }
    queue_.emplace_back(next_in_++, std::move(in));
    has_work_.notify_one();
  }

  // Waits for every submitted input and consumes the remaining results.
  void Finish() {
    if (workers_.empty()) return;
    {
      std::unique_lock lk(mu_);
      while (next_out_ < next_in_) {
        can_submit_.wait(lk, [&] { return done_.count(next_out_) > 0; });
        DrainLocked(lk);
      }
      stop_ = true;
    }
    has_work_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

 private:
  void DrainLocked(std::unique_lock<std::mutex>& lk) {
    while (true) {
      auto it = done_.find(next_out_);
      if (it == done_.end()) return;
      Out out = std::move(it->second);
      done_.erase(it);
      ++next_out_;
      lk.unlock();
      consume_(std::move(out));
      lk.lock();
    }
  }

  void Loop() {
    while (true) {
      std::pair<size_t, In> item;
      {
        std::unique_lock lk(mu_);
        has_work_.wait(lk, [&] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      Out out = work_(item.second);
      {
        std::lock_guard lk(mu_);
        done_.emplace(item.first, std::move(out));
      }
      can_submit_.notify_all();
    }
  }

  std::function<Out(In&)> work_;
  std::function<void(Out&&)> consume_;
  size_t window_;
  std::mutex mu_;
  std::condition_variable has_work_, can_submit_;
  std::deque<std::pair<size_t, In>> queue_;
  std::map<size_t, Out> done_;
  size_t next_in_ = 0, next_out_ = 0;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace hirewire::app
