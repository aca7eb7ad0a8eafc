#include "app/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>

namespace hirewire::app {
namespace {

TEST(OrderedPool, DeliversResultsInInputOrderWhateverTheThreadTimings) {
  for (int threads : {0, 1, 2, 5}) {
    std::vector<int> got;
    std::atomic<int> in_flight{0}, max_in_flight{0};
    {
      OrderedPool<int, int> pool(
          threads, 3,
          [&](int& x) {
            int now = ++in_flight;
            int prev = max_in_flight.load();
            while (now > prev && !max_in_flight.compare_exchange_weak(prev, now)) {
            }
            std::this_thread::sleep_for(std::chrono::microseconds((x * 7919) % 300));
            --in_flight;
            return x * 2;
          },
          [&](int&& y) { got.push_back(y); });
      for (int i = 0; i < 200; ++i) pool.Submit(i);
      pool.Finish();
    }
    ASSERT_EQ(got.size(), 200u) << threads;
    for (int i = 0; i < 200; ++i) EXPECT_EQ(got[i], 2 * i) << threads;
    EXPECT_LE(max_in_flight.load(), 3) << "window must bound the work in flight";
  }
}

TEST(OrderedPool, FinishWithNothingSubmittedReturns) {
  OrderedPool<int, int> pool(
      2, 4, [](int& x) { return x; }, [](int&&) {});
  pool.Finish();
  SUCCEED();
}

}  // namespace
}  // namespace hirewire::app
