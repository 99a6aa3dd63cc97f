// Error: what went wrong (a catalogue code), a French message for staff, and
// where (file, line, column, field). Errors are values across module
// boundaries; exceptions are kept for programming errors.
#pragma once

#include <string>
#include <utility>

#include "base/error_code.h"

namespace octroi {

// Where an error lies in its input. Every part is optional: line and column
// are 1-based, 0 meaning unknown; empty strings mean unknown.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;

  bool empty() const { return file.empty() && line == 0 && column == 0 && field.empty(); }
  // A location that names only a field: an input's key or form field.
  static Location of_field(std::string name) {
    Location location;
    location.field = std::move(name);
    return location;
  }
  // "fichier.yaml, ligne 12, colonne 3, champ « montant »" (only the known parts).
  std::string to_string() const;
};

class Error {
 public:
  Error(ErrorCode code, std::string message, Location location = {})
      : code_(code), message_(std::move(message)), location_(std::move(location)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& location() const { return location_; }

  // The same error, with the parts of `outer` filled where this one has none:
  // a parser reports the column, its caller adds the file, line and field.
  Error located(const Location& outer) const;

  // "fichier.yaml, ligne 12, champ « montant » : montant invalide « 12,3,4 »".
  std::string to_string() const;

 private:
  ErrorCode code_;
  std::string message_;
  Location location_;
};

}  // namespace octroi
