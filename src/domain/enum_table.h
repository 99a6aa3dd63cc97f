// EnumTable: the private helper behind every enum's to_key / to_label /
// *_from_key. Each enum keeps one table, in the order of its values, of the
// stable key (stored by YAML and SQL) and the French label shown to staff.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::detail {

template <typename E>
struct EnumEntry {
  E value;
  std::string_view key;
  std::string_view label;
};

template <typename E, std::size_t N>
struct EnumTable {
  std::array<EnumEntry<E>, N> entries;

  // True when entry i holds the value i: checked by a static_assert beside each table,
  // so that lookups by value may index directly.
  constexpr bool in_value_order() const {
    for (std::size_t i = 0; i < N; ++i) {
      if (static_cast<std::size_t>(entries[i].value) != i) return false;
    }
    return true;
  }

  // Every value, in order: the storage behind the public all_*() spans.
  constexpr std::array<E, N> values() const {
    std::array<E, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].value;
    return out;
  }

  constexpr const EnumEntry<E>& entry(E value) const {
    return entries[static_cast<std::size_t>(value)];
  }
  constexpr std::string_view key(E value) const { return entry(value).key; }
  constexpr std::string_view label(E value) const { return entry(value).label; }

  std::optional<E> find_key(std::string_view key) const {
    for (const auto& e : entries) {
      if (e.key == key) return e.value;
    }
    return std::nullopt;
  }

  // "a, b, c": the accepted keys, for error messages.
  std::string key_list() const {
    std::string out;
    for (const auto& e : entries) {
      if (!out.empty()) out += ", ";
      out += e.key;
    }
    return out;
  }

  // The value of `key`, or `code` with "valeur inconnue « key » pour <what> ; attendu : ...".
  Result<E> from_key(std::string_view key, std::string_view what,
                     ErrorCode code = ErrorCode::kInvalidValue) const {
    if (auto found = find_key(key)) return *found;
    std::string message = "valeur inconnue « ";
    message += key;
    message += " » pour ";
    message += what;
    message += " ; attendu : ";
    message += key_list();
    return Error(code, std::move(message));
  }
};

}  // namespace octroi::detail
