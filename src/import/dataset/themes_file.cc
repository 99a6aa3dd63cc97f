// Reader of themes.yaml (docs/data-format.md section 6).
#include <cctype>
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<std::vector<PrintedTitle>> read_titles(FileContext& context, const Fields& fields) {
  std::vector<PrintedTitle> titles;
  Status status = for_each_item(
      fields, "titles", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(Fields title,
                   Fields::open(context, item, path, {"in", "label", "title", "source"}));
        PrintedTitle result;
        OCTROI_TRY(result.in, title.key_in("in", kPartKeys));
        OCTROI_TRY(result.label, title.text("label"));
        OCTROI_TRY(result.title, title.text("title"));
        OCTROI_TRY(result.source, read_source(title));
        titles.push_back(std::move(result));
        return ok_status();
      });
  if (!status.ok()) return status.error();
  if (titles.empty()) return fields.missing("titles", "au moins un titre imprimé");
  return titles;
}

Result<OperationBudgetLine> read_operation_budget_line(FileContext& context, const Fields& parent) {
  OCTROI_TRY(const YamlNode* node, parent.need("budget_line"));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of("budget_line"),
                                         {"code", "basis", "quote", "source", "note"}));
  OperationBudgetLine line;
  OCTROI_TRY(line.code, fields.text("code"));
  context.refer(PendingReference::Kind::kBudgetCode, line.code, *fields.get("code"),
                fields.path_of("code"));
  OCTROI_TRY(std::string basis, fields.key_of("basis", {"stated", "inferred"}));
  line.stated = basis == "stated";
  OCTROI_TRY(line.quote, fields.optional_text("quote"));
  OCTROI_TRY(line.source, read_optional_source(fields));
  OCTROI_TRY(line.note, fields.optional_text("note"));
  if (line.stated && !line.quote) return fields.missing("quote", "obligatoire pour « stated »");
  if (line.stated && !line.source) return fields.missing("source", "obligatoire pour « stated »");
  return line;
}

// `formula` and `zero_when_absent` (docs/data-format.md section 6): the
// formula is compiled once every file is read, against the parameters
// (PendingReference::Kind::kFormula), so that an unknown name is reported
// with this file and line.
Status read_rule_formula(FileContext& context, const Fields& fields, FundingRule& rule,
                         const OperationEntry& operation) {
  OCTROI_TRY(rule.formula, fields.optional_text("formula"));
  OCTROI_TRY(rule.zero_when_absent, fields.optional_texts("zero_when_absent"));
  OCTROI_TRY(std::optional<bool> cap, fields.optional_boolean("cap"));
  rule.cap = cap.value_or(false);
  if (!rule.formula && rule.cap) {
    return fields.error(*fields.get("cap"), "cap", ErrorCode::kSchemaUnknownKey,
                        "« cap » seulement avec une « formula » (le plafond qu'elle calcule)");
  }
  if (!rule.formula && !rule.zero_when_absent.empty()) {
    return fields.error(*fields.get("zero_when_absent"), "zero_when_absent",
                        ErrorCode::kSchemaUnknownKey,
                        "« zero_when_absent » seulement avec une « formula »");
  }
  if (rule.formula) {
    context.refer(PendingReference::Kind::kFormula, *rule.formula, *fields.get("formula"),
                  fields.path_of("formula"), operation.theme, operation.operation.number);
  }
  return ok_status();
}

Result<FundingRule> read_rule(FileContext& context, const YamlNode& node, const std::string& path,
                              const OperationEntry& operation) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path,
                                         {"quote", "implied", "derivation", "source", "parameters",
                                          "note", "formula", "zero_when_absent", "cap"}));
  FundingRule rule;
  OCTROI_TRY(rule.quote, fields.optional_text("quote"));
  OCTROI_TRY(std::optional<bool> implied, fields.optional_boolean("implied"));
  rule.implied = implied.value_or(false);
  OCTROI_TRY(rule.derivation, fields.optional_text("derivation"));
  OCTROI_TRY(rule.source, read_source(fields));
  OCTROI_TRY(rule.note, fields.optional_text("note"));
  if (!rule.implied && !rule.quote)
    return fields.missing("quote", "obligatoire sauf règle implicite");
  if (rule.implied && !rule.derivation) {
    return fields.missing("derivation", "obligatoire pour une règle implicite");
  }
  if (!rule.implied && rule.derivation) {
    return fields.error(*fields.get("derivation"), "derivation", ErrorCode::kSchemaUnknownKey,
                        "« derivation » seulement pour une règle implicite (« implied: true »)");
  }
  Status parameters = for_each_item(
      fields, "parameters", false, [&](const YamlNode& item, const std::string& item_at) -> Status {
        OCTROI_TRY(std::string name, read_text(context, item, item_at));
        context.refer(PendingReference::Kind::kParameter, name, item, item_at);
        rule.parameters.push_back(std::move(name));
        return ok_status();
      });
  if (!parameters.ok()) return parameters.error();
  OCTROI_TRY_STATUS(read_rule_formula(context, fields, rule, operation));
  return rule;
}

Result<OperationEntry> read_operation(FileContext& context, const YamlNode& node,
                                      const std::string& path, const ThemeEntry& theme) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path,
                                         {"number", "titles", "budget_line", "max_duration",
                                          "funding_rules", "notes"}));
  OperationEntry entry;
  entry.theme = theme.theme.number;
  OCTROI_TRY(entry.operation.number, fields.integer("number"));
  entry.operation.id = OperationId(fmt::format("t{}-o{}", entry.theme, entry.operation.number));
  entry.operation.theme = theme.theme.id;
  OCTROI_TRY(entry.titles, read_titles(context, fields));
  const PrintedTitle* title = entry.title_in("annex4");
  entry.operation.title = title != nullptr ? title->title : entry.titles.front().title;
  OCTROI_TRY(entry.budget_line, read_operation_budget_line(context, fields));
  std::string line_id = entry.budget_line.code;
  for (char& c : line_id) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  entry.operation.budget_line = BudgetLineId(line_id);
  if (const YamlNode* duration = fields.get("max_duration")) {
    OCTROI_TRY(Fields max, Fields::open(context, *duration, fields.path_of("max_duration"),
                                        {"duration", "quote", "source"}));
    MaxDuration result;
    OCTROI_TRY(result.source, read_source(max));
    OCTROI_TRY(result.months, read_duration(max, "duration", result.source.line));
    OCTROI_TRY(result.quote, max.text("quote"));
    entry.operation.max_duration_months = result.months.value;
    entry.max_duration = std::move(result);
  }
  Status rules = for_each_item(
      fields, "funding_rules", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(FundingRule rule, read_rule(context, item, at, entry));
        if (rule.formula && entry.formula_rule() != nullptr) {
          return error_at(context, item, child_path(at, "formula"), ErrorCode::kDuplicate,
                          "une seule règle de l'opération peut porter "
                          "une « formula »");
        }
        entry.funding_rules.push_back(std::move(rule));
        return ok_status();
      });
  if (!rules.ok()) return rules.error();
  for (const FundingRule& rule : entry.funding_rules) {
    if (rule.quote) {
      entry.operation.funding_rule = rule.quote;
      break;
    }
  }
  OCTROI_TRY(entry.notes, fields.optional_text("notes"));
  return entry;
}

}  // namespace

Result<ThemesFile> read_themes_file(FileContext& context, const YamlNode& root,
                                    const ProgrammeId& programme) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "", {"themes"}));
  ThemesFile file;
  Status status = for_each_item(
      fields, "themes", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(Fields theme,
                   Fields::open(context, item, path, {"number", "titles", "operations"}));
        ThemeEntry entry;
        OCTROI_TRY(entry.theme.number, theme.integer("number"));
        if (entry.theme.number < 1) {
          return theme.error(
              *theme.get("number"), "number", ErrorCode::kSchemaType,
              fmt::format("numéro de thématique {} : au moins 1", entry.theme.number));
        }
        for (const ThemeEntry& other : file.themes) {
          if (other.theme.number >= entry.theme.number) {
            return theme.error(*theme.get("number"), "number",
                               other.theme.number == entry.theme.number ? ErrorCode::kIdDuplicate
                                                                        : ErrorCode::kSchemaType,
                               fmt::format("thématique {} : numéros uniques et croissants attendus "
                                           "(après la thématique {})",
                                           entry.theme.number, other.theme.number));
          }
        }
        entry.theme.id = ThemeId(fmt::format("t{}", entry.theme.number));
        entry.theme.programme = programme;
        OCTROI_TRY(entry.titles, read_titles(context, theme));
        const PrintedTitle* annex_title = nullptr;
        for (const PrintedTitle& title : entry.titles) {
          if (title.in == "annex4") annex_title = &title;
        }
        entry.theme.title =
            annex_title != nullptr ? annex_title->title : entry.titles.front().title;
        std::vector<OperationEntry> operations;
        Status status_operations = for_each_item(
            theme, "operations", true, [&](const YamlNode& node, const std::string& at) -> Status {
              OCTROI_TRY(OperationEntry operation, read_operation(context, node, at, entry));
              if (!operations.empty() &&
                  operations.back().operation.number >= operation.operation.number) {
                return error_at(context, node, child_path(at, "number"),
                                operations.back().operation.number == operation.operation.number
                                    ? ErrorCode::kIdDuplicate
                                    : ErrorCode::kSchemaType,
                                fmt::format("opération {} de la thématique {} : numéros uniques et "
                                            "croissants attendus",
                                            operation.operation.number, entry.theme.number));
              }
              operations.push_back(std::move(operation));
              return ok_status();
            });
        if (!status_operations.ok()) return status_operations.error();
        file.themes.push_back(std::move(entry));
        for (OperationEntry& operation : operations)
          file.operations.push_back(std::move(operation));
        return ok_status();
      });
  if (!status.ok()) return status.error();
  return file;
}

}  // namespace octroi::import
