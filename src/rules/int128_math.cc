#include "rules/int128_math.h"

#include <algorithm>

namespace octroi::rules_internal {

bool checked_add(Int128 a, Int128 b, Int128& out) {
  if (b > 0 && a > kInt128Max - b) return false;
  if (b < 0 && a < -kInt128Max - b) return false;
  out = a + b;
  return true;
}

bool checked_multiply(Int128 a, Int128 b, Int128& out) {
  // Done on magnitudes so that no builtin needing compiler-rt (__muloti4) is used.
  UInt128 left = magnitude(a);
  UInt128 right = magnitude(b);
  if (left != 0 && right > static_cast<UInt128>(kInt128Max) / left) return false;
  Int128 product = static_cast<Int128>(left * right);
  out = (a < 0) != (b < 0) ? -product : product;
  return true;
}

Int128 gcd(Int128 a, Int128 b) {
  UInt128 x = magnitude(a);
  UInt128 y = magnitude(b);
  while (y != 0) {
    UInt128 next = x % y;
    x = y;
    y = next;
  }
  return static_cast<Int128>(x);
}

FloorDivision floor_divide(Int128 numerator, Int128 denominator) {
  Int128 quotient = numerator / denominator;
  Int128 remainder = numerator % denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  }
  return {quotient, remainder};
}

DigitStep next_digit(Int128 remainder, Int128 denominator) {
  // Ten additions modulo the denominator; each addition is compared before it
  // is made, so nothing exceeds the denominator.
  int digit = 0;
  Int128 accumulated = 0;
  for (int i = 0; i < 10; ++i) {
    if (accumulated >= denominator - remainder) {
      accumulated -= denominator - remainder;
      ++digit;
    } else {
      accumulated += remainder;
    }
  }
  return {digit, accumulated};
}

std::string to_decimal_string(Int128 value) {
  UInt128 rest = magnitude(value);
  std::string digits;
  do {
    digits += static_cast<char>('0' + static_cast<int>(rest % 10));
    rest /= 10;
  } while (rest != 0);
  if (value < 0) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace octroi::rules_internal
