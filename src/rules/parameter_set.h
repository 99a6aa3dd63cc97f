// ParameterSet: the parameters by name, and the one lookup the rules use: the
// exact value of a named parameter on a date of effect, with its version and
// source. Pure: it holds domain Parameters (data/parameters/<name>.yaml as
// src/import reads them) and checks, when one is added, the invariants the
// rules rely on, so that a Parameter built in code is held to the same rules
// as a loaded one. A value type, safe to share between threads when not mutated.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/parameter.h"
#include "rules/parameter_unit.h"
#include "rules/parameter_value.h"

namespace octroi {

class ParameterSet {
 public:
  ParameterSet() = default;

  // Adds every parameter; the first refusal of add() is returned.
  static Result<ParameterSet> create(std::vector<Parameter> parameters);

  // Refuses, with the field in Location.field ("values.2023-01-01"):
  //  - kSchemaType: a name outside ^[a-z][a-z0-9_]*$, an unknown unit, a
  //    negative value, a value of the wrong kind (a rate for a money unit);
  //  - kParameterDates: no entries, start dates not strictly increasing, only nulls;
  //  - kSchemaMissingKey: a non-null entry without its value;
  //  - kDuplicate: a parameter of the same name already there.
  Status add(Parameter parameter);

  // nullptr when there is no parameter of that name.
  const Parameter* find(std::string_view name) const;
  bool contains(std::string_view name) const { return find(name) != nullptr; }
  std::optional<ParameterUnit> unit_of(std::string_view name) const;
  std::vector<std::string> names() const;  // sorted
  std::size_t size() const { return parameters_.size(); }

  // The value of `name` in force on `date`: the last entry starting on or
  // before it. kReferenceUnknown for an unknown name; kParameterNotInForce,
  // naming the parameter and the date, before its first entry or when the
  // entry in force is a null (validity ended).
  Result<ParameterValue> value_at(std::string_view name, Date date) const;

 private:
  struct Held {
    Parameter parameter;
    ParameterUnit unit;
  };
  std::map<std::string, Held, std::less<>> parameters_;
};

}  // namespace octroi
