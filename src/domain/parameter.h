// Parameter: a dated, sourced value the rules use (unit costs, rates, caps),
// one file per parameter under data/parameters/: values keyed by the date they
// take effect, a null entry ending validity. Asking for a date where no value
// is in force is an error, never a zero.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/printed.h"
#include "money/amount.h"
#include "money/rate.h"

namespace octroi {

// Where a value is printed: `dataset` names the programme whose document holds the lines.
struct ParameterSource {
  std::string dataset{};
  SourceLines lines{};
};

// One dated entry. An entry without `printed` value (ends_validity) is a null
// entry: from `start` on, no value is in force until a later entry.
struct ParameterEntry {
  Date start;                               // required: no default
  bool ends_validity = false;               // `null` in the file
  std::string printed{};                    // "5 270 €", "20%"
  std::optional<Amount> amount{};           // set unless the unit is `rate`
  std::optional<Rate> rate{};               // set when the unit is `rate`
  std::optional<std::string> quote{};       // status stated
  std::optional<std::string> derivation{};  // status implied
  ParameterSource source{};
  std::optional<std::string> note{};
};

struct ParameterReference {
  std::string title{};
  std::optional<std::string> article{};
  std::optional<std::string> dataset{};
  std::vector<int> lines{};
};

struct ParameterUse {
  std::string programme{};
  int theme = 0;
  int operation = 0;
};

struct Parameter {
  std::string name{};  // file name without .yaml: "segur_per_etp"
  std::string description{};
  std::string unit{};                     // euro, euro_per_etp, ..., rate
  bool implied = false;                   // status: implied (true) or stated (false)
  std::vector<ParameterEntry> entries{};  // strictly increasing start dates
  ParameterReference reference{};
  std::vector<ParameterUse> applies_to{};
  std::optional<std::string> notes{};

  // The entry in force on `date`: the last entry starting on or before it.
  // kParameterNotInForce, in French with the name and date, when `date` is
  // before the first entry or the entry in force is a null entry.
  Result<ParameterEntry> in_force_on(const Date& date) const;
};

}  // namespace octroi
