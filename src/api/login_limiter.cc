#include "api/login_limiter.h"

#include <algorithm>

namespace octroi::api {

std::int64_t LoginLimiter::wait_for(std::deque<std::int64_t>& failures, std::int64_t now) const {
  while (!failures.empty() && failures.front() + window_seconds_ <= now) failures.pop_front();
  if (static_cast<int>(failures.size()) < max_failures_) return 0;
  return failures.front() + window_seconds_ - now;
}

std::int64_t LoginLimiter::retry_after(const std::string& login, const std::string& address,
                                       std::int64_t now) {
  std::lock_guard lock(mutex_);
  return std::max(wait_for(by_login_[login], now), wait_for(by_address_[address], now));
}

void LoginLimiter::record_failure(const std::string& login, const std::string& address,
                                  std::int64_t now) {
  std::lock_guard lock(mutex_);
  by_login_[login].push_back(now);
  by_address_[address].push_back(now);
}

void LoginLimiter::record_success(const std::string& login) {
  std::lock_guard lock(mutex_);
  by_login_.erase(login);
}

}  // namespace octroi::api
