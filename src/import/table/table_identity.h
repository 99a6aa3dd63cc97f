// The programme's identity of a table: what its identity columns hold (the
// first value of each; a second, different one is a conflict the reader
// reports), else the options of `octroi import` (TableIdentity).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/result.h"
#include "import/table/table_columns.h"
#include "import/table/table_content.h"
#include "import/table/table_import.h"

namespace octroi::table_import {

// The first value of an identity column, and where it was read.
struct Captured {
  std::string text;
  TableCell cell;
  int line = 0;
};

// Field (one of kIdentityFields) -> its first value in the table.
using CapturedIdentity = std::map<Field, Captured>;

// Fills out.dataset.programme from `captured`, else `options`. kMissingField
// naming each option still to give; a value the domain refuses with its line
// and column name.
Status read_identity(const CapturedIdentity& captured, const TableIdentity& options,
                     std::string_view programme_id, TableImport& out);

}  // namespace octroi::table_import
