// Reader of report.yaml (docs/data-format.md section 9).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<DeclaredStatement> read_statement(FileContext& context, const YamlNode& node,
                                         const std::string& path) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path,
                                         {"id",
                                          "in",
                                          "scope",
                                          "theme",
                                          "operation",
                                          "rows",
                                          "component",
                                          "organisations_count",
                                          "organisations",
                                          "territories",
                                          "quantities",
                                          "operations_count",
                                          "amount",
                                          "period",
                                          "max_duration",
                                          "unit_costs",
                                          "agreement_signed",
                                          "annex_references",
                                          "notes",
                                          "quote",
                                          "source"}));
  DeclaredStatement statement;
  OCTROI_TRY(statement.id, fields.id("id"));
  OCTROI_TRY(statement.in, fields.key_in("in", kPartKeys));
  OCTROI_TRY(std::string scope,
             fields.key_of("scope", {"programme", "theme", "operation", "organisation"}));
  statement.scope = scope == "programme"   ? StatementScope::kProgramme
                    : scope == "theme"     ? StatementScope::kTheme
                    : scope == "operation" ? StatementScope::kOperation
                                           : StatementScope::kOrganisation;
  const bool about_rows = statement.scope == StatementScope::kOperation ||
                          statement.scope == StatementScope::kOrganisation;
  if (statement.scope != StatementScope::kProgramme && !fields.has("theme")) {
    return fields.missing("theme", fmt::format("obligatoire pour la portée « {} »", scope));
  }
  if (about_rows && !fields.has("operation")) {
    return fields.missing("operation", fmt::format("obligatoire pour la portée « {} »", scope));
  }
  if (about_rows && !fields.has("rows")) {
    return fields.missing("rows", fmt::format("obligatoire pour la portée « {} »", scope));
  }
  OCTROI_TRY(statement.theme, fields.optional_integer("theme"));
  OCTROI_TRY(statement.operation, fields.optional_integer("operation"));
  if (statement.operation) {
    context.refer(PendingReference::Kind::kOperation, "", *fields.get("operation"),
                  fields.path_of("operation"), statement.theme.value_or(0), *statement.operation);
  } else if (statement.theme) {
    context.refer(PendingReference::Kind::kTheme, "", *fields.get("theme"), fields.path_of("theme"),
                  *statement.theme);
  }
  Status rows = for_each_item(
      fields, "rows", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(std::string id, read_id(context, item, at));
        context.refer(PendingReference::Kind::kAwardRow, id, item, at, statement.theme.value_or(0),
                      statement.operation.value_or(0));
        statement.rows.push_back(AwardId(std::move(id)));
        return ok_status();
      });
  if (!rows.ok()) return rows.error();
  OCTROI_TRY(std::optional<std::string> component,
             fields.optional_key_of("component", {"whole", "accompaniment", "segur", "territory"}));
  const std::string part = component.value_or("whole");
  statement.component = part == "whole"           ? StatementComponent::kWhole
                        : part == "accompaniment" ? StatementComponent::kAccompaniment
                        : part == "segur"         ? StatementComponent::kSegur
                                                  : StatementComponent::kTerritory;
  OCTROI_TRY(statement.source, read_source(fields));
  const int line = statement.source.line;
  OCTROI_TRY(statement.organisations_count,
             read_optional(fields, "organisations_count", line, &read_count));
  OCTROI_TRY(statement.organisations, read_organisation_references(fields, "organisations"));
  OCTROI_TRY(statement.territories, read_territory_references(fields, "territories"));
  OCTROI_TRY(statement.quantities, read_printed_quantities(fields, "quantities", line));
  OCTROI_TRY(statement.operations_count,
             read_optional(fields, "operations_count", line, &read_count));
  OCTROI_TRY(statement.amount, read_optional(fields, "amount", line, &read_amount));
  OCTROI_TRY(statement.period, read_optional(fields, "period", line, &read_period));
  OCTROI_TRY(statement.max_duration_months,
             read_optional(fields, "max_duration", line, &read_duration));
  Status costs = for_each_item(
      fields, "unit_costs", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields cost, Fields::open(context, item, at, {"amount", "per", "note"}));
        StatedUnitCost result;
        OCTROI_TRY(result.amount, read_amount(cost, "amount", line));
        OCTROI_TRY(result.per, read_unit(cost, "per"));
        OCTROI_TRY(result.note, cost.optional_text("note"));
        statement.unit_costs.push_back(std::move(result));
        return ok_status();
      });
  if (!costs.ok()) return costs.error();
  OCTROI_TRY(statement.agreement_signed,
             read_optional(fields, "agreement_signed", line, &read_date));
  OCTROI_TRY(statement.annex_references, read_annex_references(fields, "annex_references"));
  OCTROI_TRY(statement.notes, fields.optional_text("notes"));
  OCTROI_TRY(statement.quote, fields.text("quote"));
  return statement;
}

}  // namespace

Result<ReportRecord> read_report_file(FileContext& context, const YamlNode& root) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, root, "",
                          {"number", "service", "territories", "session", "title", "statements",
                           "proposed_decisions", "opinions", "signature"}));
  ReportRecord report;
  {
    OCTROI_TRY(const YamlNode* node, fields.need("number"));
    OCTROI_TRY(Fields number, Fields::open(context, *node, fields.path_of("number"),
                                           {"printed", "number", "source"}));
    OCTROI_TRY(report.number.printed, number.text("printed"));
    OCTROI_TRY(report.number_text, number.text("number"));
    OCTROI_TRY(report.number.source, read_source(number));
  }
  OCTROI_TRY(report.service, read_optional_block(fields, "service"));
  if (const YamlNode* territories = fields.get("territories")) {
    OCTROI_TRY(report.territories,
               read_territory(context, *territories, fields.path_of("territories"), true,
                              &report.territories_source));
    if (!territories->find("source")) return fields.missing("territories.source");
  }
  if (const YamlNode* session = fields.get("session")) {
    OCTROI_TRY(Fields session_fields, Fields::open(context, *session, fields.path_of("session"),
                                                   {"printed", "date", "source"}));
    PrintedBlock block;
    OCTROI_TRY(block.printed, session_fields.text("printed"));
    OCTROI_TRY(block.source, read_source(session_fields));
    OCTROI_TRY(report.session_date, read_date(session_fields, "date", block.source.line));
    report.session = std::move(block);
  }
  OCTROI_TRY(report.title, read_block(fields, "title"));
  Status statements = for_each_item(
      fields, "statements", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(DeclaredStatement statement, read_statement(context, item, at));
        for (const DeclaredStatement& other : report.statements) {
          if (other.id == statement.id) {
            return error_at(context, *item.find("id"), child_path(at, "id"),
                            ErrorCode::kIdDuplicate,
                            fmt::format("énoncé « {} » en double", statement.id));
          }
        }
        report.statements.push_back(std::move(statement));
        return ok_status();
      });
  if (!statements.ok()) return statements.error();
  Status decisions =
      for_each_item(fields, "proposed_decisions", true,
                    [&](const YamlNode& item, const std::string& at) -> Status {
                      OCTROI_TRY(DeclaredDecision decision, read_decision(context, item, at));
                      report.proposed_decisions.push_back(std::move(decision));
                      return ok_status();
                    });
  if (!decisions.ok()) return decisions.error();
  Status opinions = for_each_item(
      fields, "opinions", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields opinion,
                   Fields::open(context, item, at, {"committee", "opinion", "date", "source"}));
        CommitteeOpinion result;
        OCTROI_TRY(result.committee, opinion.text("committee"));
        OCTROI_TRY(result.opinion, opinion.text("opinion"));
        OCTROI_TRY(result.source, read_source(opinion));
        OCTROI_TRY(result.date, read_date(opinion, "date", result.source.line));
        report.opinions.push_back(std::move(result));
        return ok_status();
      });
  if (!opinions.ok()) return opinions.error();
  if (const YamlNode* signature = fields.get("signature")) {
    OCTROI_TRY(report.signature,
               read_signatory(context, *signature, fields.path_of("signature"), false));
  }
  return report;
}

}  // namespace octroi::import
