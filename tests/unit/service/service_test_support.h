// Test helpers: a programme dataset built in memory with the reference rows
// the rule use cases are tested on (ASTRE, ADSL, VIAL, ENVAUL, the insertion
// company, the two amendment awards), their funding formulas as themes.yaml
// writes them, the amendments' advances, the articles and budget lines, and
// the reference parameters (data/parameters/) the formulas use.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "../rules/reference_parameters.h"
#include "domain/programme_dataset.h"
#include "money/parse.h"
#include "rules/rules.h"

namespace octroi::testing_service {

using testing_rules::day;
using testing_rules::entry;
using testing_rules::implied;
using testing_rules::plain;
using testing_rules::stated;

inline PrintedQuantity quantity(std::string text, std::string unit, QuantityUnit domain) {
  PrintedQuantity out;
  out.quantity.value = parse_quantity(text).value();
  out.quantity.text = std::move(text);
  out.unit = std::move(unit);
  out.domain_unit = domain;
  return out;
}

inline Printed<Amount> printed_amount(const std::string& text) {
  return Printed<Amount>{text, parse_amount(text).value(), false, {}, 0};
}

inline AnnexRow row(std::string id, int theme, int operation, std::string organisation,
                    std::vector<PrintedQuantity> quantities, const std::string& amount,
                    std::optional<int> amendment_annex = std::nullopt) {
  AnnexRow out{.award = Award{.territory = TerritoryScope::department_wide()},
               .territory = TerritoryReference{.printed = "",
                                               .scope = TerritoryScope::department_wide(),
                                               .canonical_keys = {},
                                               .note = {}}};
  out.award.id = AwardId(id);
  out.award.organisation = OrganisationId(organisation);
  out.award.operation = OperationId("t" + std::to_string(theme) + "-o" + std::to_string(operation));
  out.award.amount = parse_amount(amount).value();
  out.theme = theme;
  out.operation = operation;
  out.organisation = OrganisationReference{organisation, OrganisationId(organisation), {}};
  out.quantities = std::move(quantities);
  out.amount = printed_amount(amount);
  if (amendment_annex) {
    out.instrument = AnnexInstrument{"Avenant annexe " + std::to_string(*amendment_annex),
                                     "amendment", LegalInstrument::kAmendment, amendment_annex};
  } else {
    out.instrument = AnnexInstrument{"Convention type", "standard_agreement",
                                     LegalInstrument::kStandardAgreement, std::nullopt};
  }
  return out;
}

inline OperationEntry operation(int theme, int number, std::string title, std::string line,
                                std::string formula, bool is_implied = false,
                                std::vector<std::string> zero_when_absent = {}) {
  OperationEntry out;
  out.theme = theme;
  out.operation.number = number;
  out.operation.id = OperationId("t" + std::to_string(theme) + "-o" + std::to_string(number));
  out.operation.title = std::move(title);
  out.budget_line.code = std::move(line);
  FundingRule rule;
  rule.implied = is_implied;
  if (!formula.empty()) rule.formula = std::move(formula);
  rule.zero_when_absent = std::move(zero_when_absent);
  out.funding_rules.push_back(std::move(rule));
  return out;
}

inline AdvanceClause advance(const std::string& amount, std::optional<int> year, int line) {
  AdvanceClause out{printed_amount(amount), "à la signature", {}};
  out.origin.quote = "Versement d'une avance de " + amount;
  out.origin.source.line = line;
  out.origin.year = year;
  return out;
}

inline AmountClause period_amount(const std::string& amount, int year) {
  AmountClause out{printed_amount(amount), true, std::nullopt, std::nullopt, {}};
  out.origin.year = year;
  return out;
}

inline std::vector<Parameter> parameters() {
  std::vector<Parameter> out = testing_rules::reference_list();
  out.push_back(
      implied("vial_cost_per_measure", "2023-01-01", "7 000 €", "126 000 € / 18", 844, 846));
  out.push_back(
      implied("envaul_cost_per_measure", "2023-01-01", "10 000 €", "90 000 € / 9", 870, 871));
  out.push_back(
      stated("specific_support_cost_per_place", "euro_per_place",
             entry("2023-01-01", "500 euros",
                   "Sur la base d'un coût de la place d'accompagnement à 500 euros", 1269)));
  Parameter rate = stated("advance_rate", "rate", entry("2023-01-01", "60%", "", 1146));
  rate.implied = true;
  rate.entries[0].quote.reset();
  rate.entries[0].derivation = "4 125 € / 6 875 € ; 24 000 € / 40 000 € ; 69 000 € / 115 000 €";
  out.push_back(rate);
  return out;
}

inline ParameterSet parameter_set() { return ParameterSet::create(parameters()).value(); }

inline Date session_date() { return day(2023, 9, 18); }

inline ProgrammeDataset dataset() {
  ProgrammeDataset out;
  const auto etp = [](std::string text) {
    return quantity(std::move(text), "etp", QuantityUnit::kFullTimeEquivalents);
  };
  const auto accompaniments = [](std::string text) {
    return quantity(std::move(text), "accompagnements", QuantityUnit::kAccompaniments);
  };
  out.operations = {
      operation(1, 5, "accompagnement global", "C02-446A05",
                "places * global_support_cost_per_place"),
      operation(1, 6, "accompagnement spécifique", "C02-446A05",
                "places * specific_support_cost_per_place"),
      operation(2, 5, "Aide à l'insertion des entrées d'insertion", "C01-444H02",
                "posts * 12 * insertion_company_cap_per_participant_month"),
      operation(3, 1, "ASTRE", "C02-428B04", "measures * astre_cost_per_measure"),
      operation(3, 2, "Coordinateurs d'abord AMI1", "C02-428B04", ""),
      operation(3, 3, "ADSL", "C02-428B04",
                "accompaniments * adsl_cost_per_measure + etp * segur_per_etp", true),
      operation(3, 4, "MLI", "C02-428B04",
                "accompaniments * vial_cost_per_measure + etp * segur_per_etp", true, {"etp"}),
      operation(3, 5, "ENVAUL", "C02-428B04", "accompaniments * envaul_cost_per_measure", true),
  };
  out.rows = {
      row("t1-o5-01", 1, 5, "passeport-forma", {quantity("90", "places", QuantityUnit::kPlaces)},
          "6 875,00 €", 5),
      row("t1-o6-01", 1, 6, "cheval-bleu", {quantity("230", "places", QuantityUnit::kPlaces)},
          "115 000,00 €", 6),
      row("t2-o5-01", 2, 5, "cab-esi", {quantity("6", "postes", QuantityUnit::kPosts)},
          "18 000,00 €"),
      row("t3-o1-01", 3, 1, "soliha", {quantity("20", "mesures", QuantityUnit::kMeasures)},
          "42 000,00 €"),
      row("t3-o2-01", 3, 2, "habitat-insertion", {etp("1")}, "55 000,00 €"),
      row("t3-o3-01", 3, 3, "habitat-insertion", {accompaniments("15"), etp("8,10")},
          "127 700,00 €"),
      row("t3-o3-02", 3, 3, "la-vie-active", {accompaniments("20"), etp("2")}, "110 540,00 €"),
      row("t3-o3-03", 3, 3, "accueil-9-de-coeur", {accompaniments("2"), etp("2,05")},
          "20 804,00 €"),
      row("t3-o3-04", 3, 3, "apsa", {accompaniments("13"), etp("10")}, "107 687,00 €"),
      row("t3-o3-05", 3, 3, "audasse", {accompaniments("6"), etp("1")}, "35 270,00 €"),
      row("t3-o3-06", 3, 3, "coin-familial", {accompaniments("6"), etp("0,5")}, "32 635,00 €"),
      row("t3-o4-01", 3, 4, "habitat-insertion", {accompaniments("18")}, "126 000,00 €"),
      row("t3-o4-02", 3, 4, "apsa", {accompaniments("15")}, "105 000,00 €"),
      row("t3-o4-03", 3, 4, "cheval-bleu", {accompaniments("8"), etp("1,40")}, "63 378,00 €"),
      row("t3-o5-01", 3, 5, "habitat-insertion", {accompaniments("7")}, "70 000,00 €"),
      row("t3-o5-02", 3, 5, "apsa", {accompaniments("9")}, "90 000,00 €"),
  };
  AmendmentRecord passeport;
  passeport.id = "avenant-1-convention-2023-00963";
  passeport.annex = 5;
  passeport.agreement.number = "2023-00963";
  passeport.organisation =
      OrganisationReference{"PASSEPORT FORMA", OrganisationId("passeport-forma"), {}};
  passeport.advances = {advance("4 125 €", std::nullopt, 1146)};
  AmendmentRecord cheval;
  cheval.id = "avenant-1-convention-2023-01628";
  cheval.annex = 6;
  cheval.agreement.number = "2023-01628";
  cheval.organisation = OrganisationReference{"Le Cheval Bleu", OrganisationId("cheval-bleu"), {}};
  cheval.amounts = {period_amount("40 000 €", 2023), period_amount("115 000 €", 2024)};
  cheval.advances = {advance("24 000 €", 2023, 1270), advance("69 000 €", 2024, 1271)};
  out.amendments = {passeport, cheval};
  DeclaredDecision article3;
  article3.number = 3;
  article3.label = "Article 3 :";
  article3.theme = 3;
  article3.amount = printed_amount("1 122 000 €");
  out.deliberation.articles = {article3};
  BudgetTableRow line;
  line.code = "C02-428B04";
  line.label = "Politique inclusive en faveur du logement";
  line.available = printed_amount("2 370 691,00 €");
  line.proposed = printed_amount("1 122 000,00 €");
  line.remaining = printed_amount("1 248 691,00 €");
  out.budget_table.rows = {line};
  return out;
}

}  // namespace octroi::testing_service
