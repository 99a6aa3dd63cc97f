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
  }
  return "internal";
}

}  // namespace octroi
