#include "rules/decimal.h"

#include <string>

#include "rules/int128_math.h"

namespace octroi {

using rules_internal::checked_add;
using rules_internal::checked_multiply;
using rules_internal::floor_divide;
using rules_internal::gcd;
using rules_internal::kInt128Max;

namespace {

Error overflow() {
  return Error(ErrorCode::kArithmeticOverflow,
               "dépassement de capacité : le résultat exact sort des limites du calcul "
               "(38 chiffres significatifs environ)");
}

Error invalid_number(std::string_view text, std::size_t offset, std::string_view reason) {
  Location location;
  location.column = static_cast<int>(offset + 1);
  return Error(ErrorCode::kInvalidValue,
               "nombre invalide « " + std::string(text) + " » : " + std::string(reason), location);
}

}  // namespace

Decimal Decimal::from_integer(std::int64_t value) { return Decimal(value, 1); }

Decimal Decimal::from_amount(Amount amount) {
  Int128 divisor = gcd(amount.cents(), 100);
  if (divisor == 0) return Decimal();
  return Decimal(amount.cents() / divisor, 100 / divisor);
}

Decimal Decimal::from_quantity(Quantity quantity) {
  Int128 divisor = gcd(quantity.units(), Quantity::kScale);
  if (divisor == 0) return Decimal();
  return Decimal(quantity.units() / divisor, Quantity::kScale / divisor);
}

Decimal Decimal::from_rate(Rate rate) {
  Int128 divisor = gcd(rate.millionths(), Rate::kScale);
  if (divisor == 0) return Decimal();
  return Decimal(rate.millionths() / divisor, Rate::kScale / divisor);
}

Result<Decimal> Decimal::from_fraction(Int128 numerator, Int128 denominator) {
  if (denominator == 0) return Error(ErrorCode::kDivisionByZero, "division par zéro");
  if (numerator < -kInt128Max || denominator < -kInt128Max) return overflow();
  return reduced(numerator, denominator);
}

Result<Decimal> Decimal::reduced(Int128 numerator, Int128 denominator) {
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  Int128 divisor = gcd(numerator, denominator);
  if (divisor > 1) {
    numerator /= divisor;
    denominator /= divisor;
  }
  if (numerator == 0) denominator = 1;
  return Decimal(numerator, denominator);
}

Result<Decimal> Decimal::parse(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  Int128 numerator = 0;
  Int128 denominator = 1;
  bool any_digit = false;
  bool after_mark = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' || c == ',') {
      if (after_mark) return invalid_number(text, i, "deux séparateurs décimaux");
      if (!any_digit) return invalid_number(text, i, "chiffre attendu avant le séparateur");
      if (i + 1 == text.size())
        return invalid_number(text, i + 1, "chiffre attendu après le séparateur");
      after_mark = true;
      continue;
    }
    if (c < '0' || c > '9') {
      return invalid_number(text, i, "caractère inattendu « " + std::string(1, c) + " »");
    }
    any_digit = true;
    if (!checked_multiply(numerator, 10, numerator) ||
        !checked_add(numerator, c - '0', numerator)) {
      return overflow();
    }
    if (after_mark && !checked_multiply(denominator, 10, denominator)) return overflow();
  }
  if (!any_digit) return invalid_number(text, i, "chiffre attendu");
  return reduced(negative ? -numerator : numerator, denominator);
}

bool Decimal::has_finite_expansion(int* digits) const {
  Int128 rest = denominator_;
  int twos = 0;
  int fives = 0;
  while (rest % 2 == 0) {
    rest /= 2;
    ++twos;
  }
  while (rest % 5 == 0) {
    rest /= 5;
    ++fives;
  }
  if (rest != 1) return false;
  if (digits != nullptr) *digits = twos > fives ? twos : fives;
  return true;
}

Result<Decimal> Decimal::plus(const Decimal& other) const {
  // a/b + c/d over lcm(b, d): the smallest denominator that can hold both.
  Int128 common = gcd(denominator_, other.denominator_);
  Int128 left_factor = other.denominator_ / common;
  Int128 right_factor = denominator_ / common;
  Int128 left = 0;
  Int128 right = 0;
  Int128 sum = 0;
  Int128 denominator = 0;
  if (!checked_multiply(numerator_, left_factor, left) ||
      !checked_multiply(other.numerator_, right_factor, right) || !checked_add(left, right, sum) ||
      !checked_multiply(denominator_, left_factor, denominator)) {
    return overflow();
  }
  return reduced(sum, denominator);
}

Result<Decimal> Decimal::minus(const Decimal& other) const { return plus(other.negated()); }

Result<Decimal> Decimal::times(const Decimal& other) const {
  // Cross-reduce first so that the product is reduced and as small as it can be.
  if (is_zero() || other.is_zero()) return Decimal();
  Int128 first = gcd(numerator_, other.denominator_);
  Int128 second = gcd(other.numerator_, denominator_);
  Int128 numerator = 0;
  Int128 denominator = 0;
  if (!checked_multiply(numerator_ / first, other.numerator_ / second, numerator) ||
      !checked_multiply(denominator_ / second, other.denominator_ / first, denominator)) {
    return overflow();
  }
  return Decimal(numerator, denominator);
}

Result<Decimal> Decimal::divided_by(const Decimal& other) const {
  if (other.is_zero()) return Error(ErrorCode::kDivisionByZero, "division par zéro");
  Decimal reciprocal = other.numerator_ < 0 ? Decimal(-other.denominator_, -other.numerator_)
                                            : Decimal(other.denominator_, other.numerator_);
  return times(reciprocal);
}

Decimal Decimal::negated() const { return Decimal(-numerator_, denominator_); }

Result<Amount> Decimal::to_amount(Rounding rounding) const {
  // cents = 100 × value = whole cents + a fraction of a cent in [0, 1). The
  // fraction only matters through its place relative to 0 and 1/2, which
  // quarters keep exactly: 0, 1/4 (below half), 2/4 (half), 3/4 (above).
  // round_fraction then applies the named rounding to that exact stand-in.
  auto [euros, remainder] = floor_divide(numerator_, denominator_);
  constexpr Int128 kLimit = static_cast<Int128>(1) << 100;
  if (euros > kLimit || euros < -kLimit) {
    return Error(ErrorCode::kAmountOverflow, "montant hors limites : " + to_string() + " €");
  }
  Int128 cents = euros * 100;
  for (int i = 0; i < 2; ++i) {
    auto step = rules_internal::next_digit(remainder, denominator_);
    cents += static_cast<Int128>(i == 0 ? 10 : 1) * step.digit;
    remainder = step.remainder;
  }
  Int128 quarter = 0;
  if (remainder != 0) {
    Int128 complement = denominator_ - remainder;
    quarter = remainder < complement ? 1 : remainder == complement ? 2 : 3;
  }
  return round_fraction(cents * 4 + quarter, 4, rounding);
}

Result<Decimal> Decimal::rounded(Rounding rounding) const {
  OCTROI_TRY(Amount amount, to_amount(rounding));
  return from_amount(amount);
}

std::string Decimal::to_string() const {
  int digits = 0;
  if (!has_finite_expansion(&digits)) {
    return rules_internal::to_decimal_string(numerator_) + "/" +
           rules_internal::to_decimal_string(denominator_);
  }
  auto [whole, remainder] = floor_divide(numerator_ < 0 ? -numerator_ : numerator_, denominator_);
  std::string out = numerator_ < 0 ? "-" : "";
  out += rules_internal::to_decimal_string(whole);
  if (digits > 0) out += '.';
  for (int i = 0; i < digits; ++i) {
    auto step = rules_internal::next_digit(remainder, denominator_);
    out += static_cast<char>('0' + step.digit);
    remainder = step.remainder;
  }
  return out;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  // Compare integer parts; when equal, the fractions r1/d1 and r2/d2 compare
  // as the reciprocals d2/r2 and d1/r1 do: a continued-fraction walk that
  // only ever divides, so it cannot overflow.
  Int128 p = a.numerator_, q = a.denominator_, r = b.numerator_, s = b.denominator_;
  bool swapped = false;  // true when the comparison's sense is reversed
  while (true) {
    auto [whole_a, rest_a] = floor_divide(p, q);
    auto [whole_b, rest_b] = floor_divide(r, s);
    if (whole_a != whole_b) {
      bool less = whole_a < whole_b;
      return less != swapped ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    if (rest_a == 0 || rest_b == 0) {
      if (rest_a == rest_b) return std::strong_ordering::equal;
      bool less = rest_a == 0;
      return less != swapped ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    p = q;
    q = rest_a;
    r = s;
    s = rest_b;
    swapped = !swapped;
  }
}

}  // namespace octroi
