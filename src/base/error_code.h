// The catalogue of domain error codes: one enum for every module, each value
// with a stable dotted name (used in JSON output and test corpora).
#pragma once

#include <string_view>

namespace octroi {

enum class ErrorCode {
  kInvalidAmount,     // "amount.invalid": text that is not an amount in euros.
  kAmountOverflow,    // "amount.overflow": result outside int64 cents.
  kInvalidQuantity,   // "quantity.invalid": text that is not a decimal quantity.
  kQuantityOverflow,  // "quantity.overflow": result outside the fixed-point range.
  kInvalidRate,       // "rate.invalid": text that is not a percentage or rate.
  kDivisionByZero,    // "arithmetic.division_by_zero"
  kInvalidDate,       // "date.invalid": text that is not a date in a known form.
  kImpossibleDate,    // "date.impossible": well formed but absent from the calendar (31/11/2024).
  kInvalidPeriod,     // "period.invalid": malformed period, or end before start.
  kInvalidSiret,      // "siret.invalid": not 14 digits, or Luhn checksum wrong.
  kUnknownTerritory,  // "territory.unknown"
  kInvalidSiren,      // "siren.invalid": not 9 digits, or Luhn checksum wrong.
  kInvalidAgreementNumber,  // "agreement_number.invalid": not of the form YYYY-NNNNN (2023-00963).
  kInvalidValue,            // "value.invalid": a field's value outside what it accepts.
  kMissingField,            // "field.missing"
  kUnknownField,            // "field.unknown": strict loaders refuse unknown keys.
  kDuplicate,               // "duplicate"
  kNotFound,                // "not_found"
  kConflict,                // "conflict": a stale version was written.
  kParse,                   // "parse": a syntax error in a structured input.
  kIo,                      // "io": a file or database could not be read or written.
  kUsage,                   // "usage": a command line that cannot be carried out.
  kInternal,                // "internal": a bug; should never reach a user.
};

// The stable dotted name of a code, e.g. "amount.invalid".
std::string_view error_code_name(ErrorCode code);

}  // namespace octroi
