// Readers of the structured values of a dataset (docs/data-format.md 3 and 4):
// printed values in both forms (text, or {printed, unparseable, note}),
// sources, printed blocks, and the references to territories, organisations,
// members, annexes and quantities. References to other entities are recorded
// in the FileContext and resolved once every file is read.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "calendar/period.h"
#include "domain/dataset_reference.h"
#include "domain/printed.h"
#include "import/dataset/fields.h"
#include "money/amount.h"
#include "money/quantity.h"
#include "money/rate.h"

namespace octroi::import {

// Typed printed values. `line` is the source line of the element holding it.
Result<Printed<Amount>> read_amount(const Fields& fields, std::string_view key, int line);
Result<Printed<Date>> read_date(const Fields& fields, std::string_view key, int line);
Result<Printed<Period>> read_period(const Fields& fields, std::string_view key, int line);
Result<Printed<Quantity>> read_quantity(const Fields& fields, std::string_view key, int line);
Result<Printed<int>> read_count(const Fields& fields, std::string_view key, int line);
Result<Printed<Rate>> read_rate(const Fields& fields, std::string_view key, int line);
Result<Printed<int>> read_duration(const Fields& fields, std::string_view key, int line);

// The same, nullopt when the key is absent.
template <typename T>
Result<std::optional<T>> read_optional(const Fields& fields, std::string_view key, int line,
                                       Result<T> (*reader)(const Fields&, std::string_view, int));

// {line, to_line}: kSourceOutOfRange when to_line < line; line >= 1.
Result<SourceLines> read_source(const Fields& fields, std::string_view key = "source");
Result<std::optional<SourceLines>> read_optional_source(const Fields& fields,
                                                        std::string_view key = "source");
// {printed, source, note} (4.3).
Result<PrintedBlock> read_block(const Fields& fields, std::string_view key);
Result<std::optional<PrintedBlock>> read_optional_block(const Fields& fields, std::string_view key);

// {printed, canonical, note} (4.4), plus `source` when `with_source`.
Result<TerritoryReference> read_territory(FileContext& context, const YamlNode& node,
                                          const std::string& path, bool with_source,
                                          SourceLines* source = nullptr);
// {printed, id, note} (4.5); the id is recorded for resolution.
Result<OrganisationReference> read_organisation_reference(FileContext& context,
                                                          const YamlNode& node,
                                                          const std::string& path);
// {printed, member, note} (4.6); the member is recorded for resolution.
Result<MemberReference> read_member_reference(FileContext& context, const YamlNode& node,
                                              const std::string& path);
// {printed, annex: INT | [INT], note} (4.7).
Result<AnnexReference> read_annex_reference(FileContext& context, const YamlNode& node,
                                            const std::string& path);
// {quantity, unit, note} (4.8).
Result<PrintedQuantity> read_printed_quantity(FileContext& context, const YamlNode& node,
                                              const std::string& path, int line);
// A unit key of 4.8 ("places", "etp"...).
Result<std::string> read_unit(const Fields& fields, std::string_view key);

// Lists of the above under `key` (absent -> empty).
Result<std::vector<OrganisationReference>> read_organisation_references(const Fields& fields,
                                                                        std::string_view key);
Result<std::vector<TerritoryReference>> read_territory_references(const Fields& fields,
                                                                  std::string_view key);
Result<std::vector<AnnexReference>> read_annex_references(const Fields& fields,
                                                          std::string_view key);
Result<std::vector<PrintedQuantity>> read_printed_quantities(const Fields& fields,
                                                             std::string_view key, int line);

// The domain unit a dataset unit key maps to, when the domain has one.
std::optional<QuantityUnit> domain_unit_of(std::string_view unit_key);

template <typename T>
Result<std::optional<T>> read_optional(const Fields& fields, std::string_view key, int line,
                                       Result<T> (*reader)(const Fields&, std::string_view, int)) {
  if (!fields.has(key)) return std::optional<T>();
  Result<T> value = reader(fields, key, line);
  if (!value.ok()) return value.error();
  return std::optional<T>(std::move(value).value());
}

}  // namespace octroi::import
