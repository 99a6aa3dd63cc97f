#include "base/error.h"

#include <fmt/format.h>

namespace octroi {

std::string Location::to_string() const {
  std::string out;
  auto append = [&out](const std::string& part) {
    if (!out.empty()) out += ", ";
    out += part;
  };
  if (!file.empty()) append(file);
  if (line > 0) append(fmt::format("ligne {}", line));
  if (column > 0) append(fmt::format("colonne {}", column));
  if (!field.empty()) append(fmt::format("champ « {} »", field));
  return out;
}

Error Error::located(const Location& outer) const {
  Location merged = location_;
  if (merged.file.empty()) merged.file = outer.file;
  if (merged.line == 0) merged.line = outer.line;
  if (merged.column == 0) merged.column = outer.column;
  if (merged.field.empty()) merged.field = outer.field;
  return Error(code_, message_, std::move(merged));
}

std::string Error::to_string() const {
  if (location_.empty()) return message_;
  return location_.to_string() + " : " + message_;
}

}  // namespace octroi
