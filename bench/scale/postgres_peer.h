// PostgresPeer: the floor for storing the scale benchmark's programmes in
// PostgreSQL: the same award rows (and, when asked, the same dataset files)
// sent with COPY (libpqxx stream_to) in transactions the caller opens and
// commits; and the same programme's award rows read back in printed order
// with one prepared statement. libpqxx's exceptions become Errors here.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "bench/scale/award_values.h"

namespace octroi::bench {

class PostgresPeer {
 public:
  // Connects to `url` and creates the peer tables there.
  static Result<PostgresPeer> create(const std::string& url);

  PostgresPeer(PostgresPeer&&) noexcept;
  PostgresPeer& operator=(PostgresPeer&&) = delete;
  PostgresPeer(const PostgresPeer&) = delete;
  PostgresPeer& operator=(const PostgresPeer&) = delete;
  ~PostgresPeer();

  Status begin();
  Status commit();
  Status copy_awards(const std::vector<AwardValues>& awards);
  Status copy_files(const std::string& programme_id, const DatasetSource& source);
  Result<std::vector<PeerAnnexRow>> read_annex(const std::string& programme_id);

 private:
  struct State;
  explicit PostgresPeer(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace octroi::bench
