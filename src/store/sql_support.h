// What the SQL repositories share, on either backend (Database and Statement
// are sqlite:: or postgres:: types): running a statement to its end, reading
// stored values back with an error naming the column, and the row of a
// record kept whole as a versioned JSON document (document, version,
// updated_at, updated_by), as sessions, agreements, calls and applications
// are.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/parse.h"
#include "store/journal.h"

namespace octroi::store {

// Runs a statement to its end (RETURNING rows included) before the transaction commits.
template <typename Statement>
Status drain(Statement& statement) {
  while (true) {
    OCTROI_TRY(bool more, statement.step());
    if (!more) return ok_status();
  }
}

// A stored date (ISO 8601), or kIo naming the column.
inline Result<Date> stored_date(const std::string& text, std::string_view column) {
  auto date = parse_date(text);
  if (!date.ok()) {
    return Error(ErrorCode::kIo,
                 fmt::format("base : date illisible « {} » dans la colonne {}", text, column));
  }
  return *date;
}

// A stored integer that must fit an int, or kIo naming the column.
inline Result<int> stored_int(std::int64_t value, std::string_view column) {
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    return Error(ErrorCode::kIo,
                 fmt::format("base : entier hors limites ({}) dans la colonne {}", value, column));
  }
  return static_cast<int>(value);
}

// A record kept as one canonical JSON document, with its version and last change.
struct DocumentRow {
  std::string document{};
  std::int64_t version = 0;
  std::string updated_at{};
  std::string updated_by{};
};

// The row `sql` selects, its columns document, version, updated_at and
// updated_by in that order and `keys` bound to ?1, ?2…; nullopt when none.
template <typename Database, typename... Keys>
Result<std::optional<DocumentRow>> read_document_row(Database& database, std::string_view sql,
                                                     const Keys&... keys) {
  OCTROI_TRY(auto select, database.prepare(sql));
  int index = 0;
  (select.bind(++index, keys), ...);
  OCTROI_TRY(bool found, select.step());
  if (!found) return std::optional<DocumentRow>();
  DocumentRow row{select.text(0), select.int64(1), select.text(2), select.text(3)};
  OCTROI_TRY_STATUS(drain(select));
  return std::optional<DocumentRow>(std::move(row));
}

// The document as it was before a change, for the journal; absent on a create.
inline std::optional<std::string> previous_document(const std::optional<DocumentRow>& before) {
  if (!before) return std::nullopt;
  return before->document;
}

// kConflict naming who changed `current` since the version the user read.
inline Error stale_version_error(std::string_view subject, const DocumentRow& current,
                                 std::int64_t expected_version) {
  return stale_version_error(subject, current.updated_by, current.updated_at, current.version,
                             expected_version);
}

}  // namespace octroi::store
