// ReadAheadRecords: a CsvReader read on a worker thread, its records copied
// in batches, so that the caller checks one batch while the next is read and
// parsed (two cores: `octroi opendata validate` takes about the longer of
// reading and checking, not their sum). Records come out exactly as
// CsvReader::next gives them, errors included; memory stays flat (at most
// four batches wait).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/result.h"
#include "opendata/bounded_channel.h"
#include "opendata/csv_reader.h"

namespace octroi {

class ReadAheadRecords {
 public:
  // Starts reading `reader` at once; `reader` must outlive this object and
  // not be used by the caller until it is destroyed (or next() returned
  // false or an error), except for file() and separator() which stay fixed.
  explicit ReadAheadRecords(CsvReader& reader, std::size_t batch_records = 1024);
  ~ReadAheadRecords();
  ReadAheadRecords(const ReadAheadRecords&) = delete;
  ReadAheadRecords& operator=(const ReadAheadRecords&) = delete;

  // As CsvReader::next: the next record (its texts valid until the next
  // call), false at the end, or the reader's error where it stopped.
  Result<bool> next(CsvRecord& record);

 private:
  // Records as copies: every field's bytes in `bytes`, fields in one vector.
  struct Batch {
    std::string bytes;
    std::vector<CsvField> fields;      // texts point into `bytes`
    std::vector<std::size_t> offsets;  // of each field's text in `bytes`
    std::vector<std::size_t> sizes;    // of each field's text
    std::vector<std::size_t> first;    // index in `fields` of each record's first field
    std::vector<std::size_t> counts;   // fields of each record
    std::vector<std::vector<CsvIssue>> issues;
    std::vector<std::int64_t> numbers;
    std::vector<int> lines;
  };
  void read(std::size_t batch_records);

  CsvReader& reader_;
  BoundedChannel<std::unique_ptr<Batch>, Status> channel_;
  std::unique_ptr<Batch> current_;
  std::size_t position_ = 0;
  bool done_ = false;
  std::thread worker_;
};

}  // namespace octroi
