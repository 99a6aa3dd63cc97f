// Reader of a parameter file, data/parameters/<name>.yaml (docs/data-format.md 11).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/printed_grammar.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

// "2023-01-01": exactly an ISO date that exists.
Result<Date> read_start_date(FileContext& context, const YamlNode& key, const std::string& path) {
  const std::string& text = key.value;
  bool iso = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; iso && i < text.size(); ++i) {
    if (i != 4 && i != 7) iso = text[i] >= '0' && text[i] <= '9';
  }
  if (!iso) {
    return error_at(context, key, path, ErrorCode::kParameterDates,
                    fmt::format("date d'effet « {} » : forme AAAA-MM-JJ attendue", text));
  }
  Result<Date> date = Date::create(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                                   std::stoi(text.substr(8, 2)));
  if (!date.ok()) {
    return error_at(context, key, path, ErrorCode::kParameterDates,
                    fmt::format("date d'effet « {} » : {}", text, date.error().message()));
  }
  return *date;
}

Result<ParameterEntry> read_entry(FileContext& context, const YamlNode& node,
                                  const std::string& path, Date start, const Parameter& parameter) {
  ParameterEntry entry{.start = start};
  if (node.is_null()) {
    entry.ends_validity = true;
    return entry;
  }
  OCTROI_TRY(Fields fields,
             Fields::open(context, node, path, {"value", "quote", "derivation", "source", "note"}));
  {
    OCTROI_TRY(const YamlNode* source_node, fields.need("source"));
    OCTROI_TRY(Fields source, Fields::open(context, *source_node, fields.path_of("source"),
                                           {"dataset", "line", "to_line"}));
    OCTROI_TRY(entry.source.dataset, source.id("dataset"));
    OCTROI_TRY(entry.source.lines.line, source.integer("line"));
    OCTROI_TRY(std::optional<int> to_line, source.optional_integer("to_line"));
    entry.source.lines.to_line = to_line.value_or(entry.source.lines.line);
    if (entry.source.lines.line < 1 || entry.source.lines.to_line < entry.source.lines.line) {
      return source.error(*source_node, "line", ErrorCode::kSourceOutOfRange,
                          fmt::format("lignes {} à {} invalides", entry.source.lines.line,
                                      entry.source.lines.to_line));
    }
  }
  if (parameter.unit == "rate") {
    OCTROI_TRY(Printed<Rate> rate, read_rate(fields, "value", entry.source.lines.line));
    entry.printed = rate.text;
    entry.rate = rate.value;
  } else {
    OCTROI_TRY(Printed<Amount> amount, read_amount(fields, "value", entry.source.lines.line));
    entry.printed = amount.text;
    entry.amount = amount.value;
  }
  OCTROI_TRY(entry.quote, fields.optional_text("quote"));
  OCTROI_TRY(entry.derivation, fields.optional_text("derivation"));
  OCTROI_TRY(entry.note, fields.optional_text("note"));
  if (!parameter.implied && !entry.quote) {
    return fields.missing("quote", "obligatoire pour un paramètre « stated »");
  }
  if (parameter.implied && !entry.derivation) {
    return fields.missing("derivation", "obligatoire pour un paramètre « implied »");
  }
  if (!parameter.implied && entry.derivation) {
    return fields.error(*fields.get("derivation"), "derivation", ErrorCode::kSchemaUnknownKey,
                        "« derivation » seulement pour un paramètre « implied »");
  }
  if (parameter.implied && entry.quote) {
    return fields.error(*fields.get("quote"), "quote", ErrorCode::kSchemaUnknownKey,
                        "« quote » seulement pour un paramètre « stated »");
  }
  if (entry.quote && entry.quote->find(entry.printed) == std::string::npos) {
    return fields.error(
        *fields.get("value"), "value", ErrorCode::kQuoteNotFound,
        fmt::format("valeur « {} » absente de la citation « {} »", entry.printed, *entry.quote));
  }
  return entry;
}

}  // namespace

Result<Parameter> read_parameter_file(FileContext& context, const YamlNode& root,
                                      const std::string& name) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "",
                                         {"description", "unit", "status", "values", "reference",
                                          "applies_to", "notes"}));
  Parameter parameter;
  parameter.name = name;
  OCTROI_TRY(parameter.description, fields.text("description"));
  OCTROI_TRY(
      parameter.unit,
      fields.key_of("unit", {"euro", "euro_per_etp", "euro_per_place", "euro_per_place_per_year",
                             "euro_per_measure", "euro_per_measure_per_year",
                             "euro_per_participant_per_month", "euro_per_diagnosis",
                             "euro_per_support", "euro_per_week", "rate"}));
  OCTROI_TRY(std::string status, fields.key_of("status", {"stated", "implied"}));
  parameter.implied = status == "implied";
  OCTROI_TRY(const YamlNode* values, fields.need("values"));
  if (!values->is_mapping() || values->entries.empty()) {
    return fields.error(*values, "values", ErrorCode::kParameterDates,
                        "valeurs attendues, clés par date d'effet (« 2023-01-01: ... »)");
  }
  for (const auto& [key, value] : values->entries) {
    const std::string path = child_path(fields.path_of("values"), key.value);
    OCTROI_TRY(Date start, read_start_date(context, key, path));
    if (!parameter.entries.empty() && parameter.entries.back().start == start) {
      return error_at(context, key, path, ErrorCode::kParameterDates,
                      fmt::format("date d'effet « {} » en double", key.value));
    }
    if (!parameter.entries.empty() && !(parameter.entries.back().start < start)) {
      return error_at(context, key, path, ErrorCode::kParameterDates,
                      fmt::format("date d'effet « {} » : les dates doivent être distinctes et "
                                  "croissantes (après le {})",
                                  key.value, parameter.entries.back().start.iso()));
    }
    OCTROI_TRY(ParameterEntry entry, read_entry(context, value, path, start, parameter));
    parameter.entries.push_back(std::move(entry));
  }
  const bool any_value = std::any_of(parameter.entries.begin(), parameter.entries.end(),
                                     [](const ParameterEntry& e) { return !e.ends_validity; });
  if (!any_value) {
    return fields.error(*values, "values", ErrorCode::kParameterDates,
                        "aucune valeur : seulement des entrées « null »");
  }
  {
    OCTROI_TRY(const YamlNode* node, fields.need("reference"));
    OCTROI_TRY(Fields reference, Fields::open(context, *node, fields.path_of("reference"),
                                              {"title", "article", "dataset", "lines"}));
    OCTROI_TRY(parameter.reference.title, reference.text("title"));
    OCTROI_TRY(parameter.reference.article, reference.optional_text("article"));
    if (reference.has("dataset")) {
      OCTROI_TRY(parameter.reference.dataset, reference.id("dataset"));
    }
    if (reference.has("lines")) {
      OCTROI_TRY(parameter.reference.lines, reference.integers("lines"));
    }
  }
  OCTROI_TRY_STATUS(for_each_item(
      fields, "applies_to", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields use,
                   Fields::open(context, item, at, {"programme", "theme", "operation"}));
        ParameterUse result;
        OCTROI_TRY(result.programme, use.id("programme"));
        OCTROI_TRY(result.theme, use.integer("theme"));
        OCTROI_TRY(result.operation, use.integer("operation"));
        parameter.applies_to.push_back(std::move(result));
        return ok_status();
      }));
  OCTROI_TRY(parameter.notes, fields.optional_text("notes"));
  return parameter;
}

}  // namespace octroi::import
