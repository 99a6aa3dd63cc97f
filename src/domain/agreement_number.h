// AgreementNumber: the registry number of an agreement (convention), its year
// then a five-digit sequence: "2023-00963", "2023-01628". Amendments keep the
// number of the agreement they amend. Always valid once made. A value type.
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"

namespace octroi {

class AgreementNumber {
 public:
  // Exactly YYYY-NNNNN ("2023-00963"), the sequence not 00000; a leading "n°"
  // or "N°" and surrounding spaces are accepted ("n° 2023-00963").
  // kInvalidAgreementNumber, quoting the text, otherwise ("2023-963", "23-00963").
  static Result<AgreementNumber> parse(std::string_view text);

  int year() const { return year_; }
  int sequence() const { return sequence_; }
  // "2023-00963"
  std::string text() const;

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const AgreementNumber&, const AgreementNumber&) = default;
  friend bool operator==(const AgreementNumber&, const AgreementNumber&) = default;

 private:
  AgreementNumber(int year, int sequence) : year_(year), sequence_(sequence) {}
  int year_;
  int sequence_;
};

}  // namespace octroi
