#include "opendata/scdl_subventions_import.h"

#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "opendata/bounded_channel.h"

namespace octroi {
namespace {

// Batches of valid rows from the validating worker to the writer.
using RowChannel = BoundedChannel<std::vector<OpendataAward>, Result<ScdlValidationSummary>>;

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
  return channel.take_outcome();
}

}  // namespace octroi
