// DeliberationNumber: a deliberation's number, its year then its sequence in
// that year ("2023-405", "2021-257"). Always valid once made. A value type.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"

namespace octroi {

class DeliberationNumber {
 public:
  // "2023-405": four digits, a hyphen, 1 to 5 digits (not all zeros); a leading
  // "n°" or "N°" is accepted ("n°2023-405"). kInvalidValue, quoting the text, otherwise.
  static Result<DeliberationNumber> parse(std::string_view text);

  int year() const { return year_; }
  int sequence() const { return sequence_; }
  // "2023-405" (the sequence as written, without a "n°").
  const std::string& text() const { return text_; }

  friend bool operator==(const DeliberationNumber& a, const DeliberationNumber& b) {
    return a.year_ == b.year_ && a.sequence_ == b.sequence_;
  }

 private:
  DeliberationNumber(int year, int sequence, std::string text)
      : year_(year), sequence_(sequence), text_(std::move(text)) {}
  int year_;
  int sequence_;
  std::string text_;
};

}  // namespace octroi
