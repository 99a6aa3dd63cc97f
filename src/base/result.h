// Result<T>: either a value or an Error, for straight-line error handling
// (no std::expected in C++20). OCTROI_TRY propagates an error to the caller.
#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "base/error.h"

namespace octroi {

template <typename T>
class [[nodiscard]] Result {
 public:
  // Implicit on purpose: `return value;` and `return error;` both build a Result.
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  // NOLINTNEXTLINE(google-explicit-constructor)
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok().
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  // REQUIRES: !ok().
  const Error& error() const {
    assert(!ok());
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

// The result of an operation that yields nothing but may fail.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace octroi

#define OCTROI_CONCAT_INNER(a, b) a##b
#define OCTROI_CONCAT(a, b) OCTROI_CONCAT_INNER(a, b)

// OCTROI_TRY(auto amount, parse_amount(text));  -- returns the error to the caller.
// `declaration` is a declaration or an lvalue, so it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define OCTROI_TRY(declaration, expression)                 \
  auto OCTROI_CONCAT(octroi_try_, __LINE__) = (expression); \
  if (!OCTROI_CONCAT(octroi_try_, __LINE__).ok())           \
    return OCTROI_CONCAT(octroi_try_, __LINE__).error();    \
  declaration = std::move(OCTROI_CONCAT(octroi_try_, __LINE__)).value()
// NOLINTEND(bugprone-macro-parentheses)

// OCTROI_TRY_STATUS(store.write(award));  -- for a Status.
#define OCTROI_TRY_STATUS(expression)                                \
  do {                                                               \
    auto octroi_try_status_ = (expression);                          \
    if (!octroi_try_status_.ok()) return octroi_try_status_.error(); \
  } while (false)
