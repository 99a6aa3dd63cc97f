// Shared helpers of the domain tests: dates, periods and amounts from the
// reference deliberation, and the round-trip check every enum's keys pass.
#pragma once

#include <cstdint>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <gtest/gtest.h>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"
#include "money/amount.h"

namespace octroi::testing {

// The value of a Result the test relies on. An error throws, which GoogleTest
// reports as a failure of the current test (with the message) before going on
// with the next one, rather than reading an absent value.
template <typename T>
T must(Result<T> result) {
  if (!result.ok()) throw std::logic_error("unexpected error: " + result.error().to_string());
  return std::move(result).value();
}

// The error of a result that should have failed. When it did not, the test
// fails here and gets a kInternal placeholder, so that the following
// expectations fail too instead of reading an absent error.
template <typename T>
Error error_of(const Result<T>& result) {
  if (result.ok()) {
    ADD_FAILURE() << "expected an error, got a value";
    return Error(ErrorCode::kInternal, "<aucune erreur>");
  }
  return result.error();
}

inline Date day(int year, int month, int day_of_month) {
  return must(Date::create(year, month, day_of_month));
}

inline Period between(Date start, Date end) { return must(Period::create(start, end)); }

inline Amount cents(std::int64_t value) { return Amount::from_cents(value); }

// Every value has a distinct non-empty key and label, and from_key(to_key(v)) == v;
// an unknown key is refused with `unknown_code`.
template <typename E, typename FromKey>
void expect_keys_round_trip(std::span<const E> values, FromKey from_key, std::size_t expected_count,
                            ErrorCode unknown_code = ErrorCode::kInvalidValue) {
  EXPECT_EQ(values.size(), expected_count);
  std::set<std::string_view> keys;
  std::set<std::string_view> labels;
  for (E value : values) {
    const std::string_view key = to_key(value);
    EXPECT_FALSE(key.empty());
    EXPECT_FALSE(to_label(value).empty());
    EXPECT_TRUE(keys.insert(key).second) << "duplicate key " << key;
    EXPECT_TRUE(labels.insert(to_label(value)).second) << "duplicate label " << to_label(value);
    auto back = from_key(key);
    ASSERT_TRUE(back.ok()) << key;
    EXPECT_EQ(*back, value) << key;
  }
  auto unknown = from_key("no-such-key");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code(), unknown_code);
  EXPECT_NE(unknown.error().message().find("no-such-key"), std::string::npos);
}

}  // namespace octroi::testing
