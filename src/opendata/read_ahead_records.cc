#include "opendata/read_ahead_records.h"

#include <utility>

namespace octroi {

ReadAheadRecords::ReadAheadRecords(CsvReader& reader, std::size_t batch_records)
    : reader_(reader),
      worker_([this, batch_records] { read(batch_records == 0 ? 1 : batch_records); }) {}

ReadAheadRecords::~ReadAheadRecords() {
  channel_.stop();
  if (worker_.joinable()) worker_.join();
}

void ReadAheadRecords::read(std::size_t batch_records) {
  CsvRecord record;
  auto batch = std::make_unique<Batch>();
  // Points each copied field at its bytes, once `bytes` no longer moves.
  const auto seal = [](Batch& full) {
    for (std::size_t i = 0; i < full.fields.size(); ++i) {
      full.fields[i].text = std::string_view(full.bytes.data() + full.offsets[i], full.sizes[i]);
    }
  };
  while (true) {
    Result<bool> more = reader_.next(record);
    if (!more.ok() || !*more) {
      if (!batch->counts.empty()) {
        seal(*batch);
        if (!channel_.send(std::move(batch))) return;
      }
      channel_.finish(more.ok() ? ok_status() : Status(more.error()));
      return;
    }
    batch->first.push_back(batch->fields.size());
    batch->counts.push_back(record.fields.size());
    for (const CsvField& field : record.fields) {
      batch->offsets.push_back(batch->bytes.size());
      batch->sizes.push_back(field.text.size());
      batch->bytes.append(field.text);
      CsvField copy = field;
      copy.text = {};  // set by seal()
      batch->fields.push_back(copy);
    }
    batch->issues.push_back(std::move(record.issues));
    record.issues.clear();
    batch->numbers.push_back(record.number);
    batch->lines.push_back(record.line);
    if (batch->counts.size() < batch_records) continue;
    seal(*batch);
    if (!channel_.send(std::move(batch))) return;
    batch = std::make_unique<Batch>();
  }
}

Result<bool> ReadAheadRecords::next(CsvRecord& record) {
  while (true) {
    if (done_) return false;
    if (current_ && position_ < current_->counts.size()) break;
    std::optional<std::unique_ptr<Batch>> batch = channel_.receive();
    if (!batch) {
      done_ = true;
      worker_.join();
      Status outcome = channel_.take_outcome();
      if (!outcome.ok()) return outcome.error();
      return false;
    }
    current_ = std::move(*batch);
    position_ = 0;
  }
  const Batch& batch = *current_;
  const auto first = static_cast<std::ptrdiff_t>(batch.first[position_]);
  const auto count = static_cast<std::ptrdiff_t>(batch.counts[position_]);
  record.fields.assign(batch.fields.begin() + first, batch.fields.begin() + first + count);
  record.issues = batch.issues[position_];
  record.number = batch.numbers[position_];
  record.line = batch.lines[position_];
  ++position_;
  return true;
}

}  // namespace octroi
