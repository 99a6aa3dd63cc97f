// Imputation: where an expense is charged in the département's budget, a
// nature (account, "6568": other subsidies) and a function ("93446"), written
// "6568/93446". Always valid once made. A value type.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi {

class Imputation {
 public:
  // Each part is 2 to 8 digits. kInvalidValue, quoting the part, otherwise.
  static Result<Imputation> create(std::string_view nature, std::string_view function);
  // "6568/93446" (spaces around the slash allowed). kInvalidValue otherwise.
  static Result<Imputation> parse(std::string_view text);

  const std::string& nature() const { return nature_; }
  const std::string& function() const { return function_; }
  // "6568/93446"
  std::string to_string() const { return nature_ + "/" + function_; }

  friend bool operator==(const Imputation&, const Imputation&) = default;

 private:
  Imputation(std::string nature, std::string function)
      : nature_(std::move(nature)), function_(std::move(function)) {}
  std::string nature_;
  std::string function_;
};

}  // namespace octroi
