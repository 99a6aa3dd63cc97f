// LoginLimiter: refuses a login attempt after too many failures for the same
// login or the same client address within a sliding window (5 failures in 5
// minutes by default), so that passwords cannot be guessed at network speed.
// Time is passed in (seconds on a monotonic clock), so tests need no sleep.
// Thread safety: every member function may be called concurrently.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace octroi::api {

class LoginLimiter {
 public:
  explicit LoginLimiter(int max_failures = 5, std::int64_t window_seconds = 300)
      : max_failures_(max_failures), window_seconds_(window_seconds) {}

  // Seconds to wait before the next attempt for this login or address may be
  // tried; 0 when it may be tried now.
  std::int64_t retry_after(const std::string& login, const std::string& address, std::int64_t now);
  void record_failure(const std::string& login, const std::string& address, std::int64_t now);
  // A successful login clears the login's failures (not the address's).
  void record_success(const std::string& login);

 private:
  std::int64_t wait_for(std::deque<std::int64_t>& failures, std::int64_t now) const;

  int max_failures_;
  std::int64_t window_seconds_;
  std::mutex mutex_;
  std::map<std::string, std::deque<std::int64_t>> by_login_;
  std::map<std::string, std::deque<std::int64_t>> by_address_;
};

}  // namespace octroi::api
