// Statements family, continued: components of a row's amount, unit costs of
// the annexed amendments, and operation titles.
#include <fmt/format.h>
#include <map>

#include "checks/check_support.h"
#include "checks/statement_support.h"
#include "money/format.h"

namespace octroi::statement_support {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

constexpr std::int64_t kEuroTolerance = 100;  // cents: printed amounts rounded to the euro

struct RowComponents {
  const AnnexRow* row = nullptr;
  const DeclaredStatement* accompaniment = nullptr;
  const DeclaredStatement* segur = nullptr;
};

const PrintedQuantity* quantity_in(const AnnexRow& row, std::string_view unit) {
  for (const PrintedQuantity& quantity : row.quantities) {
    if (quantity.unit == unit && quantity.quantity.value) return &quantity;
  }
  return nullptr;
}

std::int64_t absolute(std::int64_t value) { return value < 0 ? -value : value; }

// Ségur amount of `candidate` predicted from `reference`'s amount per ETP, in cents.
std::int64_t predicted_segur(const RowComponents& reference, const RowComponents& candidate) {
  const std::int64_t reference_etp = quantity_in(*reference.row, "etp")->quantity.value->units();
  const std::int64_t candidate_etp = quantity_in(*candidate.row, "etp")->quantity.value->units();
  return reference.segur->amount->value->cents() * candidate_etp / reference_etp;
}

void check_segur_rates(const std::vector<RowComponents>& rows, std::vector<Finding>& findings) {
  // The amount per ETP most rows agree with (within a euro), when a majority does.
  const RowComponents* reference = nullptr;
  std::size_t best = 0;
  for (const RowComponents& candidate : rows) {
    std::size_t agreeing = 0;
    for (const RowComponents& other : rows) {
      if (absolute(predicted_segur(candidate, other) - other.segur->amount->value->cents()) <
          kEuroTolerance) {
        ++agreeing;
      }
    }
    if (agreeing > best) {
      best = agreeing;
      reference = &candidate;
    }
  }
  if (reference == nullptr || best < 3 || best * 2 <= rows.size()) return;
  const Amount per_etp =
      Amount::from_cents(reference->segur->amount->value->cents() * 10000 /
                         quantity_in(*reference->row, "etp")->quantity.value->units());
  for (const RowComponents& other : rows) {
    if (absolute(predicted_segur(*reference, other) - other.segur->amount->value->cents()) <
        kEuroTolerance) {
      continue;
    }
    const PrintedQuantity& etp = *quantity_in(*other.row, "etp");
    const Quantity implied =
        Quantity::from_units(other.segur->amount->value->cents() * 10000 / per_etp.cents());
    Where where = row_where(*other.row);
    where.lines.push_back(other.segur->source);
    findings.push_back(make_finding(
        Severity::kError, "statements.segur_quantity_mismatch", where,
        fmt::format("L'annexe 4 (l. {}) compte {} ETP pour {} ; la valorisation Ségur du texte "
                    "(l. {}, « {} ») correspond, au taux de {} par ETP des autres structures, à "
                    "{} ETP.",
                    other.row->source.line, etp.quantity.text, other.row->organisation.printed,
                    other.segur->source.line, other.segur->amount->text, euros(per_etp),
                    format_quantity(implied)),
        {{"ETP de l'annexe 4", etp.quantity.text, format_quantity(*etp.quantity.value),
          other.row->source.line},
         amount_value("Ségur du texte", *other.segur->amount, other.segur->source.line),
         computed_value("montant par ETP des autres structures", per_etp),
         {"ETP correspondant au Ségur", "", format_quantity(implied), 0}}));
  }
}

}  // namespace

void check_components(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  std::map<std::string, RowComponents> by_row;
  std::vector<std::string> order;
  for (const DeclaredStatement& statement : dataset.report.statements) {
    if (statement.rows.size() != 1 || !statement.amount || !statement.amount->value) continue;
    if (statement.component != StatementComponent::kAccompaniment &&
        statement.component != StatementComponent::kSegur) {
      continue;
    }
    const AnnexRow* row = dataset.find_row(statement.rows[0].key());
    if (row == nullptr) continue;
    auto [entry, inserted] = by_row.try_emplace(row->award.id.key());
    if (inserted) order.push_back(row->award.id.key());
    entry->second.row = row;
    (statement.component == StatementComponent::kSegur ? entry->second.segur
                                                       : entry->second.accompaniment) = &statement;
  }
  std::map<std::pair<int, int>, std::vector<RowComponents>> segur_by_operation;
  for (const std::string& key : order) {
    const RowComponents& components = by_row[key];
    const AnnexRow& row = *components.row;
    if (components.accompaniment != nullptr && components.segur != nullptr && row.amount.value) {
      auto total =
          sum({*components.accompaniment->amount->value, *components.segur->amount->value});
      if (total && *total != *row.amount.value) {
        findings.push_back(make_finding(
            Severity::kError, "statements.amount_mismatch", row_where(row),
            fmt::format("Accompagnement « {} » + Ségur « {} » (texte) = {} ; l'annexe 4 retient {} "
                        "pour {}.",
                        components.accompaniment->amount->text, components.segur->amount->text,
                        euros(*total), row.amount.text, row.organisation.printed),
            {amount_value("accompagnement", *components.accompaniment->amount),
             amount_value("Ségur", *components.segur->amount),
             amount_value("annexe 4", row.amount, row.source.line)}));
      }
    }
    const PrintedQuantity* etp = quantity_in(row, "etp");
    if (components.segur != nullptr && etp != nullptr && !etp->quantity.value->is_zero()) {
      segur_by_operation[{row.theme, row.operation}].push_back(components);
    }
  }
  for (const auto& [operation, rows] : segur_by_operation) check_segur_rates(rows, findings);
}

void check_unit_costs(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  for (const AmendmentRecord& amendment : dataset.amendments) {
    if (amendment.unit_costs.empty()) continue;
    for (const AnnexRow& row : dataset.rows) {
      if (!row.instrument || row.instrument->annex != amendment.annex || !row.amount.value)
        continue;
      for (const PrintedQuantity& quantity : row.quantities) {
        if (!quantity.quantity.value) continue;
        bool matches = false;
        const UnitCostClause* compared = nullptr;
        for (const UnitCostClause& cost : amendment.unit_costs) {
          if (cost.per != quantity.unit || !cost.amount.value) continue;
          compared = &cost;
          auto expected = multiply(*quantity.quantity.value, *cost.amount.value);
          if (expected.ok() && *expected == *row.amount.value) matches = true;
        }
        if (matches || compared == nullptr) continue;
        auto expected = multiply(*quantity.quantity.value, *compared->amount.value);
        if (!expected.ok()) continue;
        Where where = row_where(row);
        where.lines.push_back(compared->origin.source);
        findings.push_back(make_finding(
            Severity::kError, "statements.unit_cost_mismatch", where,
            fmt::format("L'annexe 4 (l. {}) retient {} pour {} {} ; au coût de « {} » par place "
                        "fixé par l'avenant (annexe {}, l. {}), cela ferait {}.",
                        row.source.line, row.amount.text, quantity.quantity.text, quantity.unit,
                        compared->amount.text, amendment.annex, compared->origin.source.line,
                        euros(*expected)),
            {amount_value("montant de l'annexe 4", row.amount, row.source.line),
             {"quantité", quantity.quantity.text, format_quantity(*quantity.quantity.value),
              row.source.line},
             amount_value("coût unitaire de l'avenant", compared->amount,
                          compared->origin.source.line),
             computed_value("quantité × coût unitaire", *expected)}));
      }
    }
  }
}

void check_amendment_splits(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  for (const AmendmentRecord& amendment : dataset.amendments) {
    for (const SplitClause& split : amendment.splits) {
      if (!split.places || !split.places->value || !split.maximum.value || !split.rate.value)
        continue;
      for (const UnitCostClause& cost : amendment.unit_costs) {
        if (cost.per != "places" || !cost.amount.value) continue;
        if (cost.origin.year && split.origin.year && *cost.origin.year != *split.origin.year)
          continue;
        const std::int64_t computed_scaled =
            *split.places->value * cost.amount.value->cents() * split.rate.value->millionths();
        const std::int64_t printed_scaled = split.maximum.value->cents() * Rate::kScale;
        if (computed_scaled == printed_scaled) continue;
        const Amount computed = Amount::from_cents(computed_scaled / Rate::kScale);
        Where where;
        where.organisation = amendment.organisation.id.key();
        where.article = fmt::format("annexe {}", amendment.annex);
        where.lines = {split.origin.source};
        if (cost.origin.source.line != split.origin.source.line)
          where.lines.push_back(cost.origin.source);
        findings.push_back(make_finding(
            Severity::kError, "statements.split_unit_cost_mismatch", where,
            fmt::format("Avenant de {} (annexe {}) : la part {} de « {} » porte sur {} places ; au "
                        "coût de « {} » la place et au taux de « {} », elle ferait {}.",
                        amendment.organisation.printed, amendment.annex, split.part,
                        split.maximum.text, split.places->text, cost.amount.text, split.rate.text,
                        euros(computed)),
            {amount_value("part imprimée", split.maximum, split.origin.source.line),
             {"places", split.places->text, std::to_string(*split.places->value),
              split.origin.source.line},
             amount_value("coût de la place", cost.amount, cost.origin.source.line),
             {"taux", split.rate.text, format_rate(*split.rate.value), split.origin.source.line},
             computed_value("places × coût × taux", computed)}));
      }
    }
  }
}

void check_split_shares(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  for (const AmendmentRecord& amendment : dataset.amendments) {
    // The parts of one year (or of the whole amendment when no year is printed).
    std::map<int, std::vector<const SplitClause*>> by_year;
    for (const SplitClause& split : amendment.splits) {
      by_year[split.origin.year.value_or(0)].push_back(&split);
    }
    for (const auto& [year, splits] : by_year) {
      // The year's total: the first maximum cost the amendment prints for it.
      const AmountClause* total = nullptr;
      for (const AmountClause& amount : amendment.amounts) {
        if (amount.maximum && amount.amount.value && amount.origin.year.value_or(0) == year) {
          total = &amount;
          break;
        }
      }
      std::int64_t rates = 0;
      bool all_rates = true;
      for (const SplitClause* split : splits) {
        if (!split->rate.value) {
          all_rates = false;
          continue;
        }
        rates += split->rate.value->millionths();
        if (total == nullptr || !split->maximum.value) continue;
        const std::int64_t computed_scaled =
            total->amount.value->cents() * split->rate.value->millionths();
        if (computed_scaled == split->maximum.value->cents() * Rate::kScale) continue;
        const Amount computed = Amount::from_cents(computed_scaled / Rate::kScale);
        Where where;
        where.organisation = amendment.organisation.id.key();
        where.article = fmt::format("annexe {}", amendment.annex);
        where.lines = {split->origin.source, total->origin.source};
        findings.push_back(make_finding(
            Severity::kError, "statements.split_share_mismatch", where,
            fmt::format("Avenant de {} (annexe {}) : la part {} est de « {} » du coût de « {} », "
                        "soit {}, mais l'avenant imprime « {} ».",
                        amendment.organisation.printed, amendment.annex, split->part,
                        split->rate.text, total->amount.text, euros(computed), split->maximum.text),
            {amount_value("part imprimée", split->maximum, split->origin.source.line),
             {"taux", split->rate.text, format_rate(*split->rate.value), split->origin.source.line},
             amount_value("coût maximum de l'année", total->amount, total->origin.source.line),
             computed_value("coût × taux", computed)}));
      }
      if (all_rates && splits.size() > 1 && rates != Rate::kScale) {
        Where where;
        where.organisation = amendment.organisation.id.key();
        where.article = fmt::format("annexe {}", amendment.annex);
        std::string parts;
        for (const SplitClause* split : splits) {
          where.lines.push_back(split->origin.source);
          parts +=
              fmt::format("{}{} {}", parts.empty() ? "" : " + ", split->part, split->rate.text);
        }
        findings.push_back(make_finding(
            Severity::kError, "statements.split_rates_total", where,
            fmt::format("Avenant de {} (annexe {}){} : les parts ({}) font {} de la participation, "
                        "pas 100 %.",
                        amendment.organisation.printed, amendment.annex,
                        year == 0 ? "" : fmt::format(", {}", year), parts,
                        format_rate(Rate::from_millionths(rates)))));
      }
    }
  }
}

void check_titles(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  for (const OperationEntry& operation : dataset.operations) {
    const PrintedTitle* annex = operation.title_in(fmt::format("annex{}", dataset.annex.annex));
    const PrintedTitle* description = operation.title_in(fmt::format("annex{}", operation.theme));
    if (annex == nullptr || description == nullptr || annex->title == description->title) continue;
    const std::string folded_annex = fold_text(annex->title);
    const std::string folded_description = fold_text(description->title);
    Severity severity = Severity::kWarning;
    std::string code = "statements.title_mismatch";
    std::string why = "deux intitulés différents";
    if (folded_annex == folded_description) {
      severity = Severity::kInfo;
      code = "statements.title_variant";
      why = "une différence de majuscules, d'accents ou de ponctuation";
    } else if (!folded_annex.empty() &&
               (folded_description.find(folded_annex) != std::string::npos ||
                folded_annex.find(folded_description) != std::string::npos)) {
      severity = Severity::kInfo;
      code = "statements.title_shortened";
      why = "l'un des intitulés est l'autre raccourci";
    }
    Where where;
    where.theme = operation.theme;
    where.operation = operation.operation.number;
    where.lines = {description->source, annex->source};
    findings.push_back(make_finding(
        severity, std::move(code), where,
        fmt::format("L'opération {} de la thématique {} est intitulée « {} » (l. {}) et « {} » en "
                    "annexe {} (l. {}) : {}.",
                    operation.operation.number, operation.theme, description->title,
                    description->source.line, annex->title, dataset.annex.annex, annex->source.line,
                    why),
        {{"intitulé de l'annexe descriptive", description->title, "", description->source.line},
         {"intitulé de l'annexe financière", annex->title, "", annex->source.line}}));
  }
}

}  // namespace octroi::statement_support
