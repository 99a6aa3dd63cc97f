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
  // Funding rules (src/rules).
  kArithmeticOverflow,  // "arithmetic.overflow": an exact computation left the 128-bit range.
  kFormulaSyntax,       // "formula.syntax": a funding formula that does not parse (column given).
  kFormulaUnknownName,  // "formula.unknown_name": a formula names an undeclared variable,
                        // parameter or function (refused when the formula is loaded).
  kFormulaType,         // "formula.type": a condition used as a number, or a number as a condition.
  // Dataset and parameter loaders (docs/data-format.md section 13).
  kDatasetFileMissing,  // "dataset.file_missing": a required dataset file is missing.
  kYamlSyntax,          // "yaml.syntax": not the YAML subset; duplicate key; too deep or too big.
  kSchemaUnknownKey,    // "schema.unknown_key": a key not listed for that mapping.
  kSchemaMissingKey,    // "schema.missing_key": a required key is absent.
  kSchemaType,          // "schema.type": wrong type, malformed id, value outside an enumeration.
  kValueUnparseable,    // "value.unparseable": a printed value that does not parse, not flagged.
  kValueFlagWrong,    // "value.flag_wrong": `unparseable: true` on a text that parses, or no note.
  kReferenceUnknown,  // "reference.unknown": an organisation, row, operation... that does not
                      // exist.
  kReferenceUnused,   // "reference.unused": an organisation never referenced.
  kIdDuplicate,       // "id.duplicate": two rows, organisations, members... with the same id.
  kSourceOutOfRange,  // "source.out_of_range": a line outside the document, to_line < line.
  kQuoteNotFound,     // "quote.not_found": a printed text absent from its source line or quote.
  kParameterDates,    // "parameter.dates": malformed, duplicate or unordered date keys.
  kDocumentMismatch,  // "document.mismatch": the source document's line count or digest differs.
  kParameterNotInForce,  // "parameter.not_in_force": no value of a parameter on a date.
  // Accounts and the web API (src/api).
  kUnauthenticated,  // "auth.unauthenticated": no valid session, or wrong login or password.
  kForbidden,        // "auth.forbidden": the user's role does not allow the action.
  kCsrf,             // "auth.csrf": a mutation without the session's CSRF token.
  kRateLimited,      // "auth.rate_limited": too many failed logins; retry later.
  // Documents (src/docs).
  kTemplateSyntax,       // "template.syntax": an unclosed placeholder or block, a stray
                         // {{/each}}, a block placed where it cannot be expanded.
  kTemplateUnknownName,  // "template.unknown_name": a placeholder naming no known value.
  kArchiveInvalid,       // "archive.invalid": a template that is not a zip, an entry too big
                         // (zip bomb), a path traversal in an entry name, malformed XML.
  kToolMissing,          // "tool.missing": an outside program (soffice) is not installed.
};

// The stable dotted name of a code, e.g. "amount.invalid".
std::string_view error_code_name(ErrorCode code);

}  // namespace octroi
