#include "base/error_code.h"

namespace octroi {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidAmount:
      return "amount.invalid";
    case ErrorCode::kAmountOverflow:
      return "amount.overflow";
    case ErrorCode::kInvalidQuantity:
      return "quantity.invalid";
    case ErrorCode::kQuantityOverflow:
      return "quantity.overflow";
    case ErrorCode::kInvalidRate:
      return "rate.invalid";
    case ErrorCode::kDivisionByZero:
      return "arithmetic.division_by_zero";
    case ErrorCode::kInvalidDate:
      return "date.invalid";
    case ErrorCode::kImpossibleDate:
      return "date.impossible";
    case ErrorCode::kInvalidPeriod:
      return "period.invalid";
    case ErrorCode::kInvalidSiret:
      return "siret.invalid";
    case ErrorCode::kUnknownTerritory:
      return "territory.unknown";
    case ErrorCode::kInvalidSiren:
      return "siren.invalid";
    case ErrorCode::kInvalidAgreementNumber:
      return "agreement_number.invalid";
    case ErrorCode::kInvalidValue:
      return "value.invalid";
    case ErrorCode::kMissingField:
      return "field.missing";
    case ErrorCode::kUnknownField:
      return "field.unknown";
    case ErrorCode::kDuplicate:
      return "duplicate";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kParse:
      return "parse";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kUsage:
      return "usage";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kArithmeticOverflow:
      return "arithmetic.overflow";
    case ErrorCode::kFormulaSyntax:
      return "formula.syntax";
    case ErrorCode::kFormulaUnknownName:
      return "formula.unknown_name";
    case ErrorCode::kFormulaType:
      return "formula.type";
    case ErrorCode::kDatasetFileMissing:
      return "dataset.file_missing";
    case ErrorCode::kYamlSyntax:
      return "yaml.syntax";
    case ErrorCode::kSchemaUnknownKey:
      return "schema.unknown_key";
    case ErrorCode::kSchemaMissingKey:
      return "schema.missing_key";
    case ErrorCode::kSchemaType:
      return "schema.type";
    case ErrorCode::kValueUnparseable:
      return "value.unparseable";
    case ErrorCode::kValueFlagWrong:
      return "value.flag_wrong";
    case ErrorCode::kReferenceUnknown:
      return "reference.unknown";
    case ErrorCode::kReferenceUnused:
      return "reference.unused";
    case ErrorCode::kIdDuplicate:
      return "id.duplicate";
    case ErrorCode::kSourceOutOfRange:
      return "source.out_of_range";
    case ErrorCode::kQuoteNotFound:
      return "quote.not_found";
    case ErrorCode::kParameterDates:
      return "parameter.dates";
    case ErrorCode::kDocumentMismatch:
      return "document.mismatch";
    case ErrorCode::kParameterNotInForce:
      return "parameter.not_in_force";
  }
  return "internal";
}

}  // namespace octroi
