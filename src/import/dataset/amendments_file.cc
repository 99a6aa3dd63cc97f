// Reader of amendments.yaml (docs/data-format.md 10.4).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

// Reads the quote, source and (when listed) year and note of a clause item.
Result<ClauseOrigin> read_origin(const Fields& fields) {
  ClauseOrigin origin;
  OCTROI_TRY(origin.quote, fields.text("quote"));
  OCTROI_TRY(origin.source, read_source(fields));
  OCTROI_TRY(origin.year, fields.optional_integer("year"));
  OCTROI_TRY(origin.note, fields.optional_text("note"));
  return origin;
}

// Reads each item of the list `key`, opened with `allowed`, through `read`.
template <typename T, typename Read>
Status read_clauses(FileContext& context, const Fields& fields, std::string_view key,
                    std::initializer_list<std::string_view> allowed, std::vector<T>& out,
                    Read read) {
  return for_each_item(fields, key, false,
                       [&](const YamlNode& item, const std::string& at) -> Status {
                         OCTROI_TRY(Fields clause, Fields::open(context, item, at, allowed));
                         OCTROI_TRY(ClauseOrigin origin, read_origin(clause));
                         OCTROI_TRY(T result, read(clause, origin));
                         out.push_back(std::move(result));
                         return ok_status();
                       });
}

Result<AmendedAgreement> read_agreement(FileContext& context, const Fields& parent) {
  OCTROI_TRY(const YamlNode* node, parent.need("agreement"));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of("agreement"),
                                         {"number", "title", "quote", "source", "signed"}));
  AmendedAgreement agreement;
  OCTROI_TRY(agreement.number, fields.text("number"));
  OCTROI_TRY(agreement.title, fields.text("title"));
  OCTROI_TRY(agreement.quote, fields.text("quote"));
  OCTROI_TRY(agreement.source, read_source(fields));
  if (const YamlNode* signed_node = fields.get("signed")) {
    OCTROI_TRY(Fields signed_fields, Fields::open(context, *signed_node, fields.path_of("signed"),
                                                  {"date", "quote", "source"}));
    OCTROI_TRY(ClauseOrigin origin, read_origin(signed_fields));
    OCTROI_TRY(agreement.signed_on, read_date(signed_fields, "date", origin.source.line));
    agreement.signed_origin = std::move(origin);
  }
  return agreement;
}

Result<AmendmentRecord> read_amendment(FileContext& context, const YamlNode& node,
                                       const std::string& path) {
  OCTROI_TRY(Fields fields,
             Fields::open(
                 context, node, path,
                 {"id",          "annex",       "article",      "number",        "heading",
                  "object",      "agreement",   "organisation", "authorised_by", "modifies",
                  "periods",     "amounts",     "unit_costs",   "portfolio",     "splits",
                  "places",      "advances",    "budget_lines", "review",        "retention_until",
                  "territories", "signatories", "notes"}));
  AmendmentRecord record;
  OCTROI_TRY(record.id, fields.id("id"));
  OCTROI_TRY(record.annex, fields.integer("annex"));
  OCTROI_TRY(record.article, fields.integer("article"));
  OCTROI_TRY(record.number, fields.integer("number"));
  OCTROI_TRY(record.heading, read_block(fields, "heading"));
  OCTROI_TRY(record.object, read_block(fields, "object"));
  OCTROI_TRY(record.agreement, read_agreement(context, fields));
  {
    OCTROI_TRY(const YamlNode* organisation, fields.need("organisation"));
    OCTROI_TRY(record.organisation,
               read_organisation_reference(context, *organisation, fields.path_of("organisation")));
  }
  {
    OCTROI_TRY(const YamlNode* by, fields.need("authorised_by"));
    OCTROI_TRY(Fields authorised, Fields::open(context, *by, fields.path_of("authorised_by"),
                                               {"name", "date", "quote", "source", "note"}));
    OCTROI_TRY(record.authorised_by.name, authorised.text("name"));
    OCTROI_TRY(record.authorised_by.quote, authorised.text("quote"));
    OCTROI_TRY(record.authorised_by.source, read_source(authorised));
    OCTROI_TRY(record.authorised_by.date,
               read_optional(authorised, "date", record.authorised_by.source.line, &read_date));
    OCTROI_TRY(record.authorised_by.note, authorised.optional_text("note"));
  }
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "modifies", {"article", "note", "quote", "source"}, record.modifies,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<ModifiedArticle> {
        OCTROI_TRY(int article, f.integer("article"));
        return ModifiedArticle{article, origin};
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "periods", {"period", "applies_to", "year", "quote", "source"},
      record.periods, [&](const Fields& f, const ClauseOrigin& origin) -> Result<PeriodClause> {
        PeriodClause clause;
        clause.origin = origin;
        OCTROI_TRY(clause.period, read_period(f, "period", origin.source.line));
        OCTROI_TRY(clause.applies_to, f.optional_text("applies_to"));
        return clause;
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "amounts",
      {"amount", "maximum", "period", "year", "applies_to", "quote", "source"}, record.amounts,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<AmountClause> {
        AmountClause clause;
        clause.origin = origin;
        OCTROI_TRY(clause.amount, read_amount(f, "amount", origin.source.line));
        OCTROI_TRY(std::optional<bool> maximum, f.optional_boolean("maximum"));
        clause.maximum = maximum.value_or(false);
        OCTROI_TRY(clause.period, read_optional(f, "period", origin.source.line, &read_period));
        OCTROI_TRY(clause.applies_to, f.optional_text("applies_to"));
        return clause;
      }));
  OCTROI_TRY_STATUS(
      read_clauses(context, fields, "unit_costs",
                   {"amount", "per", "year", "note", "quote", "source"}, record.unit_costs,
                   [&](const Fields& f, const ClauseOrigin& origin) -> Result<UnitCostClause> {
                     UnitCostClause clause;
                     clause.origin = origin;
                     OCTROI_TRY(clause.amount, read_amount(f, "amount", origin.source.line));
                     OCTROI_TRY(clause.per, read_unit(f, "per"));
                     return clause;
                   }));
  if (const YamlNode* portfolio = fields.get("portfolio")) {
    OCTROI_TRY(Fields f, Fields::open(context, *portfolio, fields.path_of("portfolio"),
                                      {"minimum", "maximum", "quote", "source"}));
    PortfolioClause clause;
    OCTROI_TRY(clause.origin, read_origin(f));
    OCTROI_TRY(clause.minimum, read_count(f, "minimum", clause.origin.source.line));
    OCTROI_TRY(clause.maximum, read_count(f, "maximum", clause.origin.source.line));
    record.portfolio = std::move(clause);
  }
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "splits",
      {"part", "rate", "maximum", "places", "year", "note", "quote", "source"}, record.splits,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<SplitClause> {
        SplitClause clause;
        clause.origin = origin;
        OCTROI_TRY(clause.part, f.key_of("part", {"quantitative", "qualitative"}));
        OCTROI_TRY(clause.rate, read_rate(f, "rate", origin.source.line));
        OCTROI_TRY(clause.maximum, read_amount(f, "maximum", origin.source.line));
        OCTROI_TRY(clause.places, read_optional(f, "places", origin.source.line, &read_count));
        return clause;
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "places", {"quantity", "unit", "territory", "year", "quote", "source"},
      record.places, [&](const Fields& f, const ClauseOrigin& origin) -> Result<PlacesClause> {
        PrintedQuantity quantity;
        OCTROI_TRY(quantity.quantity, read_quantity(f, "quantity", origin.source.line));
        OCTROI_TRY(quantity.unit, read_unit(f, "unit"));
        quantity.domain_unit = domain_unit_of(quantity.unit);
        OCTROI_TRY(const YamlNode* territory_node, f.need("territory"));
        OCTROI_TRY(TerritoryReference territory,
                   read_territory(context, *territory_node, f.path_of("territory"), false));
        return PlacesClause{std::move(quantity), std::move(territory), origin};
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "advances", {"amount", "due", "year", "quote", "source"}, record.advances,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<AdvanceClause> {
        AdvanceClause clause;
        clause.origin = origin;
        OCTROI_TRY(clause.amount, read_amount(f, "amount", origin.source.line));
        OCTROI_TRY(clause.due, f.text("due"));
        return clause;
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "budget_lines", {"code", "year", "note", "quote", "source"},
      record.budget_lines,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<BudgetLineClause> {
        OCTROI_TRY(std::string code, f.text("code"));
        context.refer(PendingReference::Kind::kBudgetCode, code, *f.get("code"), f.path_of("code"));
        return BudgetLineClause{std::move(code), origin};
      }));
  OCTROI_TRY_STATUS(read_clauses(
      context, fields, "review",
      {"deadline", "relative_deadline", "steering_committees", "quote", "source"}, record.review,
      [&](const Fields& f, const ClauseOrigin& origin) -> Result<ReviewClause> {
        ReviewClause clause;
        clause.origin = origin;
        OCTROI_TRY(clause.deadline, read_optional(f, "deadline", origin.source.line, &read_date));
        OCTROI_TRY(clause.relative_deadline, f.optional_text("relative_deadline"));
        OCTROI_TRY(clause.steering_committees,
                   read_optional(f, "steering_committees", origin.source.line, &read_count));
        return clause;
      }));
  if (const YamlNode* retention = fields.get("retention_until")) {
    OCTROI_TRY(Fields f, Fields::open(context, *retention, fields.path_of("retention_until"),
                                      {"date", "quote", "source"}));
    RetentionClause clause;
    OCTROI_TRY(clause.origin, read_origin(f));
    OCTROI_TRY(clause.date, read_date(f, "date", clause.origin.source.line));
    record.retention_until = std::move(clause);
  }
  OCTROI_TRY_STATUS(for_each_item(
      fields, "territories", false, [&](const YamlNode& item, const std::string& at) -> Status {
        SourceLines source;
        OCTROI_TRY(TerritoryReference territory, read_territory(context, item, at, true, &source));
        if (item.find("source") == nullptr) {
          return error_at(context, item, child_path(at, "source"), ErrorCode::kSchemaMissingKey,
                          "clé obligatoire « source » absente");
        }
        record.territories.push_back(TerritoryClause{std::move(territory), source});
        return ok_status();
      }));
  OCTROI_TRY_STATUS(for_each_item(
      fields, "signatories", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Signatory signatory, read_signatory(context, item, at, true));
        record.signatories.push_back(std::move(signatory));
        return ok_status();
      }));
  OCTROI_TRY(record.notes, fields.optional_text("notes"));
  return record;
}

}  // namespace

Result<std::vector<AmendmentRecord>> read_amendments_file(FileContext& context,
                                                          const YamlNode& root) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "", {"amendments"}));
  std::vector<AmendmentRecord> amendments;
  OCTROI_TRY_STATUS(for_each_item(
      fields, "amendments", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(AmendmentRecord record, read_amendment(context, item, at));
        for (const AmendmentRecord& other : amendments) {
          if (other.id == record.id) {
            return error_at(context, *item.find("id"), child_path(at, "id"),
                            ErrorCode::kIdDuplicate,
                            fmt::format("avenant « {} » en double", record.id));
          }
        }
        amendments.push_back(std::move(record));
        return ok_status();
      }));
  return amendments;
}

}  // namespace octroi::import
