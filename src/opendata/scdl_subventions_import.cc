#include "opendata/scdl_subventions_import.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace octroi {
namespace {

// Batches of rows from the worker to the writer, at most `kWaiting` at once.
class RowChannel {
 public:
  static constexpr std::size_t kWaiting = 4;

  // Worker: false when the writer has stopped (it failed).
  bool send(std::vector<OpendataAward> batch) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return stopped_ || batches_.size() < kWaiting; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  // Worker: no more batches; `summary` is the validation's outcome.
  void finish(Result<ScdlValidationSummary> summary) {
    std::lock_guard lock(mutex_);
    summary_.emplace(std::move(summary));
    changed_.notify_all();
  }

  // Writer: the next batch, or nullopt once the worker has finished and every
  // batch has been taken.
  std::optional<std::vector<OpendataAward>> receive() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !batches_.empty() || summary_.has_value(); });
    if (batches_.empty()) return std::nullopt;
    std::vector<OpendataAward> batch = std::move(batches_.front());
    batches_.pop_front();
    changed_.notify_all();
    return batch;
  }

  // Writer: stop the worker (its next send fails) and drop what waits.
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    batches_.clear();
    changed_.notify_all();
  }

  // Once the worker has been joined.
  Result<ScdlValidationSummary> take_summary() { return std::move(*summary_); }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<OpendataAward>> batches_;
  std::optional<Result<ScdlValidationSummary>> summary_;
  bool stopped_ = false;
};

}  // namespace

Result<ScdlValidationSummary> import_scdl_subventions(CsvReader& reader,
                                                      const ScdlFindingSink& on_finding,
                                                      const ScdlRowSink& store,
                                                      std::size_t batch_rows) {
  if (batch_rows == 0) batch_rows = 1;
  RowChannel channel;
  std::thread worker([&reader, &on_finding, &channel, batch_rows] {
    bool refused = false;  // a finding was seen: rows are no longer sent
    std::vector<OpendataAward> batch;
    batch.reserve(batch_rows);
    const Error writer_stopped(ErrorCode::kIo, "écriture interrompue");
    auto summary = validate_scdl_subventions(
        reader,
        [&on_finding, &refused](const ScdlFinding& finding) {
          refused = true;
          on_finding(finding);
        },
        [&](const OpendataAward& award) -> Status {
          if (refused) return ok_status();
          batch.push_back(award);
          if (batch.size() < batch_rows) return ok_status();
          std::vector<OpendataAward> full = std::exchange(batch, {});
          batch.reserve(batch_rows);
          if (!channel.send(std::move(full))) return writer_stopped;
          return ok_status();
        });
    if (summary.ok() && !refused && !batch.empty() && !channel.send(std::move(batch))) {
      summary = writer_stopped;
    }
    channel.finish(std::move(summary));
  });

  std::optional<Error> store_error;
  while (std::optional<std::vector<OpendataAward>> batch = channel.receive()) {
    if (store_error) continue;
    for (const OpendataAward& award : *batch) {
      Status stored = store(award);
      if (!stored.ok()) {
        store_error = stored.error();
        channel.stop();
        break;
      }
    }
  }
  worker.join();
  if (store_error) return *store_error;
  return channel.take_summary();
}

}  // namespace octroi
