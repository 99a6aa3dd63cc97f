// BoundedChannel: batches handed from one producer thread to one consumer,
// at most `capacity` waiting, so memory stays flat however long the input.
// The producer ends with finish(outcome); the consumer may stop() early, and
// the producer's next send() then fails. Used by the SCDL import (rows to
// the writer) and the read-ahead CSV source (records to the validator).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace octroi {

template <typename Batch, typename Outcome>
class BoundedChannel {
 public:
  explicit BoundedChannel(std::size_t capacity = 4) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Producer: false when the consumer has stopped.
  bool send(Batch batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return stopped_ || batches_.size() < capacity_; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  // Producer: no more batches.
  void finish(Outcome outcome) {
    std::lock_guard lock(mutex_);
    outcome_.emplace(std::move(outcome));
    changed_.notify_all();
  }

  // Consumer: the next batch, or nullopt once the producer has finished and
  // every batch has been taken.
  std::optional<Batch> receive() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !batches_.empty() || outcome_.has_value(); });
    if (batches_.empty()) return std::nullopt;
    Batch batch = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return batch;
  }

  // Consumer: stop the producer and drop what waits.
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    batches_.clear();
    changed_.notify_all();
  }

  // Once receive() has returned nullopt (or the producer is joined).
  Outcome take_outcome() {
    std::lock_guard lock(mutex_);
    return std::move(*outcome_);
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> batches_;
  std::optional<Outcome> outcome_;
  bool stopped_ = false;
};

}  // namespace octroi
