// ConnectionPool: repositories shared by the server's threads. A database
// connection serves one thread at a time (SQLite and libpqxx both say so), so
// each request leases one, opened on demand, and gives it back when done.
// Thread safety: acquire() may be called from any thread.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "base/result.h"

namespace octroi::api {

template <typename Repository>
class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Repository>>()>;

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Repository> repository)
        : pool_(pool), repository_(std::move(repository)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() {
      if (repository_) pool_->give_back(std::move(repository_));
    }
    Repository& operator*() const { return *repository_; }
    Repository* operator->() const { return repository_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Repository> repository_;
  };

  explicit ConnectionPool(Opener opener) : opener_(std::move(opener)) {}

  Result<Lease> acquire() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<Repository> repository = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(repository));
      }
    }
    OCTROI_TRY(std::unique_ptr<Repository> repository, opener_());
    return Lease(this, std::move(repository));
  }

 private:
  void give_back(std::unique_ptr<Repository> repository) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(repository));
  }

  Opener opener_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Repository>> idle_;
};

}  // namespace octroi::api
