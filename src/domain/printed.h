// Printed<T>: a value as the source document prints it, kept beside what it
// parses to ("8 000,00 €" -> 800000 cents). The text is never corrected; a text
// flagged unparseable in the dataset ("31/11/2024") has no value. Plain values.
#pragma once

#include <optional>
#include <string>

namespace octroi {

// Lines of the source document an element is printed on (1-based, both included).
struct SourceLines {
  int line = 0;     // 0: no source given
  int to_line = 0;  // == line for a one-line element

  friend bool operator==(const SourceLines&, const SourceLines&) = default;
};

template <typename T>
struct Printed {
  std::string text{};                 // exactly as printed: "du 01/12/2023 au 31/11/2024"
  std::optional<T> value{};           // nullopt iff `unparseable`
  bool unparseable = false;           // the dataset flags the text as not a value
  std::optional<std::string> note{};  // the transcriber's note (required when unparseable)
  int line = 0;                       // source line of the element holding the value (0: none)

  bool has_value() const { return value.has_value(); }
};

// A title, heading or clause kept as printed, with where it is printed.
struct PrintedBlock {
  std::string printed{};
  SourceLines source{};
  std::optional<std::string> note{};
};

}  // namespace octroi
