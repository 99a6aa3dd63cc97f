// A pause the crash test (tests/store/crash_test.sh) inserts between the rows
// an import writes, so that SIGKILL lands inside the open transaction rather
// than before or after it. Off unless OCTROI_TEST_PAUSE_PER_AWARD_MS is set to
// a positive number of milliseconds (at most one second); read once.
#pragma once

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

namespace octroi::store {

inline void crash_test_pause() {
  static const int milliseconds = [] {
    const char* text = std::getenv("OCTROI_TEST_PAUSE_PER_AWARD_MS");
    if (text == nullptr) return 0;
    char* end = nullptr;
    long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value <= 0) return 0;
    return static_cast<int>(value > 1000 ? 1000 : value);
  }();
  if (milliseconds > 0) std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
}

}  // namespace octroi::store
