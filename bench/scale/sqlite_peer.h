// SqlitePeer: the floor for storing the scale benchmark's programmes in
// SQLite: the same award rows (and, when asked, the same dataset files)
// inserted with the bare C API, prepared statements bound and stepped in a
// loop, in transactions the caller opens and commits; and the same
// programme's award rows read back in printed order. Same pragmas as Octroi's
// connection (WAL, synchronous=NORMAL).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "bench/scale/award_values.h"

struct sqlite3;
struct sqlite3_stmt;

namespace octroi::bench {

class SqlitePeer {
 public:
  // Creates the database file `path` with the peer tables.
  static Result<SqlitePeer> create(const std::string& path);

  SqlitePeer(SqlitePeer&& other) noexcept;
  SqlitePeer& operator=(SqlitePeer&&) = delete;
  SqlitePeer(const SqlitePeer&) = delete;
  SqlitePeer& operator=(const SqlitePeer&) = delete;
  ~SqlitePeer();

  Status begin();
  Status commit();
  Status insert_awards(const std::vector<AwardValues>& awards);
  Status insert_files(const std::string& programme_id, const DatasetSource& source);
  // The award rows of `programme_id`, in printed order.
  Result<std::vector<PeerAnnexRow>> read_annex(const std::string& programme_id);

 private:
  explicit SqlitePeer(sqlite3* connection) : connection_(connection) {}
  Status execute(const char* sql);
  Status prepare_statements();

  sqlite3* connection_ = nullptr;
  sqlite3_stmt* insert_award_ = nullptr;
  sqlite3_stmt* insert_file_ = nullptr;
  sqlite3_stmt* select_annex_ = nullptr;
};

}  // namespace octroi::bench
