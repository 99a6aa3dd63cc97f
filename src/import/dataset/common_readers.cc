// Readers of the structures several files share (docs/data-format.md 4.10 to
// 4.12): decisions, budget tables and signatories.
#include <algorithm>
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

Result<Signatory> read_signatory(FileContext& context, const YamlNode& node,
                                 const std::string& path, bool with_side) {
  Result<Fields> opened =
      with_side ? Fields::open(context, node, path, {"side", "role", "name", "mention", "source"})
                : Fields::open(context, node, path, {"role", "name", "mention", "source"});
  if (!opened.ok()) return opened.error();
  const Fields& fields = *opened;
  Signatory signatory;
  if (with_side) {
    OCTROI_TRY(std::string side, fields.key_of("side", {"department", "organisation"}));
    signatory.side =
        side == "department" ? SignatorySide::kDepartment : SignatorySide::kOrganisation;
  }
  OCTROI_TRY(signatory.role, fields.text("role"));
  OCTROI_TRY(signatory.name, fields.text("name"));
  OCTROI_TRY(signatory.mention, fields.optional_text("mention"));
  OCTROI_TRY(signatory.source, read_source(fields));
  return signatory;
}

Result<DeclaredBudgetTable> read_budget_table(FileContext& context, const YamlNode& node,
                                              const std::string& path) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, node, path, {"intro", "columns", "source", "rows"}));
  DeclaredBudgetTable table;
  OCTROI_TRY(table.intro, read_optional_block(fields, "intro"));
  OCTROI_TRY(table.source, read_source(fields));
  Status columns = for_each_item(
      fields, "columns", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields column, Fields::open(context, item, at, {"printed", "key"}));
        BudgetColumn result;
        OCTROI_TRY(result.printed, column.text("printed"));
        OCTROI_TRY(result.key,
                   column.key_of("key", {"code", "imputation", "label", "commitment_authority",
                                         "available", "proposed", "remaining", "expense"}));
        for (const BudgetColumn& other : table.columns) {
          if (other.key == result.key) {
            return column.error(*column.get("key"), "key", ErrorCode::kIdDuplicate,
                                fmt::format("colonne « {} » déclarée deux fois", result.key));
          }
        }
        table.columns.push_back(std::move(result));
        return ok_status();
      });
  if (!columns.ok()) return columns.error();
  Status rows = for_each_item(
      fields, "rows", true, [&](const YamlNode& item, const std::string& at) -> Status {
        if (!item.is_mapping()) {
          return error_at(
              context, item, at, ErrorCode::kSchemaType,
              fmt::format("ligne attendue (tableau associatif), trouvé {}", describe(item)));
        }
        // A row has exactly the declared columns, plus source and notes.
        for (const auto& entry : item.entries) {
          const YamlNode& key = entry.first;
          const bool declared =
              std::any_of(table.columns.begin(), table.columns.end(),
                          [&](const BudgetColumn& c) { return c.key == key.value; });
          if (!declared && key.value != "source" && key.value != "notes") {
            return error_at(
                context, key, child_path(at, key.value), ErrorCode::kSchemaUnknownKey,
                fmt::format("clé « {} » : pas une colonne déclarée du tableau", key.value));
          }
        }
        OCTROI_TRY(Fields row,
                   Fields::open(context, item, at,
                                {"code", "imputation", "label", "commitment_authority", "available",
                                 "proposed", "remaining", "expense", "source", "notes"}));
        BudgetTableRow result;
        OCTROI_TRY(result.source, read_source(row));
        OCTROI_TRY(result.notes, row.optional_text("notes"));
        for (const BudgetColumn& column : table.columns) {
          const std::string& key = column.key;
          if (!row.has(key)) return row.missing(key, "colonne déclarée du tableau");
          if (key == "code" || key == "imputation" || key == "label") {
            OCTROI_TRY(std::string text, row.text(key));
            if (key == "code") {
              result.code = std::move(text);
            } else if (key == "imputation") {
              result.imputation = std::move(text);
            } else {
              result.label = std::move(text);
            }
            continue;
          }
          OCTROI_TRY(Printed<Amount> amount, read_amount(row, key, result.source.line));
          if (key == "commitment_authority") {
            result.commitment_authority = std::move(amount);
          } else if (key == "available") {
            result.available = std::move(amount);
          } else if (key == "proposed") {
            result.proposed = std::move(amount);
          } else if (key == "remaining") {
            result.remaining = std::move(amount);
          } else if (key == "expense") {
            result.expense = std::move(amount);
          }
        }
        if (result.code && !is_budget_code(*result.code)) {
          return row.error(
              *row.get("code"), "code", ErrorCode::kSchemaType,
              fmt::format("code opération « {} » : forme « C02-446A05 » attendue", *result.code));
        }
        if (result.imputation && !is_imputation(*result.imputation)) {
          return row.error(
              *row.get("imputation"), "imputation", ErrorCode::kSchemaType,
              fmt::format("imputation « {} » : forme « 6568/93446 » attendue", *result.imputation));
        }
        table.rows.push_back(std::move(result));
        return ok_status();
      });
  if (!rows.ok()) return rows.error();
  return table;
}

bool is_budget_code(std::string_view code) {
  // ^[A-Z]\d{2}-\d{3}[A-Z]\d{2}$
  if (code.size() != 10) return false;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return upper(code[0]) && digit(code[1]) && digit(code[2]) && code[3] == '-' && digit(code[4]) &&
         digit(code[5]) && digit(code[6]) && upper(code[7]) && digit(code[8]) && digit(code[9]);
}

bool is_imputation(std::string_view text) {
  // ^\d{4}/\d{5}$
  if (text.size() != 10 || text[4] != '/') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != 4 && (text[i] < '0' || text[i] > '9')) return false;
  }
  return true;
}

Result<DeclaredDecision> read_decision(FileContext& context, const YamlNode& node,
                                       const std::string& path) {
  OCTROI_TRY(
      Fields fields,
      Fields::open(context, node, path,
                   {"number", "label", "text", "source", "action", "theme", "operations_count",
                    "amount", "annex_references", "agreement_kind", "agreement_model",
                    "organisations", "amendment", "applies_to_articles", "budget_table", "notes"}));
  DeclaredDecision decision;
  OCTROI_TRY(decision.number, fields.integer("number"));
  OCTROI_TRY(decision.label, fields.text_or_null("label"));
  OCTROI_TRY(decision.text, fields.text("text"));
  OCTROI_TRY(decision.source, read_source(fields));
  const int line = decision.source.line;
  OCTROI_TRY(std::string action, fields.key_of("action", {"validate_funding", "authorise_signature",
                                                          "budget_imputation"}));
  decision.action = action == "validate_funding"      ? DecisionAction::kValidateFunding
                    : action == "authorise_signature" ? DecisionAction::kAuthoriseSignature
                                                      : DecisionAction::kBudgetImputation;
  OCTROI_TRY(decision.theme, fields.optional_integer("theme"));
  if (decision.theme) {
    context.refer(PendingReference::Kind::kTheme, "", *fields.get("theme"), fields.path_of("theme"),
                  *decision.theme);
  }
  OCTROI_TRY(decision.operations_count,
             read_optional(fields, "operations_count", line, &read_count));
  OCTROI_TRY(decision.amount, read_optional(fields, "amount", line, &read_amount));
  OCTROI_TRY(decision.annex_references, read_annex_references(fields, "annex_references"));
  OCTROI_TRY(decision.agreement_kind,
             fields.optional_key_of("agreement_kind",
                                    {"standard_agreement", "amendment", "travel_agreement"}));
  if (const YamlNode* model = fields.get("agreement_model")) {
    OCTROI_TRY(Fields model_fields, Fields::open(context, *model, fields.path_of("agreement_model"),
                                                 {"printed", "date"}));
    OCTROI_TRY(decision.agreement_model, model_fields.text("printed"));
    OCTROI_TRY(decision.agreement_model_date,
               read_optional(model_fields, "date", line, &read_date));
  }
  OCTROI_TRY(decision.organisations, read_organisation_references(fields, "organisations"));
  if (const YamlNode* amendment = fields.get("amendment")) {
    OCTROI_TRY(Fields amendment_fields,
               Fields::open(context, *amendment, fields.path_of("amendment"),
                            {"printed", "number", "agreement", "agreement_title"}));
    DecisionAmendment result;
    OCTROI_TRY(result.printed, amendment_fields.text("printed"));
    OCTROI_TRY(result.number, read_optional(amendment_fields, "number", line, &read_count));
    OCTROI_TRY(result.agreement, amendment_fields.optional_text("agreement"));
    OCTROI_TRY(result.agreement_title, amendment_fields.optional_text("agreement_title"));
    decision.amendment = std::move(result);
  }
  if (fields.has("applies_to_articles")) {
    OCTROI_TRY(decision.applies_to_articles, fields.integers("applies_to_articles"));
  }
  if (const YamlNode* table = fields.get("budget_table")) {
    OCTROI_TRY(decision.budget_table,
               read_budget_table(context, *table, fields.path_of("budget_table")));
  }
  OCTROI_TRY(decision.notes, fields.optional_text("notes"));
  return decision;
}

}  // namespace octroi::import
