// A small call (one theme, two operations, one with a formula on a
// parameter) and a complete application to it, shared by the service and
// store tests of issue 12.
#pragma once

#include <string>

#include "calendar/parse.h"
#include "domain/application.h"
#include "domain/call.h"

namespace octroi::testing {

inline Date day(std::string_view text) { return parse_date(text).value(); }
inline Amount euros(std::int64_t value) { return Amount::from_euros(value).value(); }

inline Call small_call() {
  Call call{.id = "aap-test",
            .programme = ProgrammeId("programme-test"),
            .title = "Appel à projets test 2023",
            .applications = Period::create(day("2023-03-01"), day("2023-06-30")).value()};
  call.themes = {Theme{.id = ThemeId("t1"),
                       .programme = call.programme,
                       .number = 1,
                       .title = "Accompagnement des bénéficiaires du RSA"}};
  FundingRule rule;
  rule.quote = "500 € par place d'accompagnement";
  rule.formula = "places * cost_per_place";
  rule.parameters = {"cost_per_place"};
  call.operations = {
      CallOperation{.operation = Operation{.id = OperationId("t1-o1"),
                                           .theme = ThemeId("t1"),
                                           .number = 1,
                                           .title = "places d'accompagnement",
                                           .budget_line = BudgetLineId("c02-446a05")},
                    .theme = 1,
                    .budget_code = "C02-446A05",
                    .rule = rule},
      CallOperation{.operation = Operation{.id = OperationId("t1-o2"),
                                           .theme = ThemeId("t1"),
                                           .number = 2,
                                           .title = "frais de déplacement",
                                           .budget_line = BudgetLineId("c02-446a05")},
                    .theme = 1,
                    .budget_code = "C02-446A05"}};
  call.publics = {EligiblePublic::kRsaBeneficiaries, EligiblePublic::kUnder26};
  call.actions_within = Period::create(day("2023-01-01"), day("2024-12-31")).value();
  call.required_documents = {{"statuts", "Statuts de la structure"}};
  call.status = CallStatus::kPublished;
  return call;
}

// Le Cheval Bleu (SIRET 480 543 982 00023) asks 20 000 € for 40 places.
inline Application complete_application(std::string id = "dem-0001") {
  Application application;
  application.id = std::move(id);
  application.call = "aap-test";
  application.organisation = OrganisationId("cheval-bleu");
  application.organisation_name = "Le Cheval Bleu";
  application.siret = Siret::parse("48054398200023").value();
  application.operation = OperationId("t1-o1");
  application.title = "40 places d'accompagnement";
  application.requested = euros(20000);
  application.quantities = {
      UnitQuantity{Quantity::from_integer(40).value(), QuantityUnit::kPlaces}};
  application.period = Period::create(day("2023-09-01"), day("2024-08-31")).value();
  application.territories = TerritoryScope::of(Territory::kLensLievin);
  application.budget = ActionBudget{.direct_costs = euros(18000),
                                    .external_services = euros(4000),
                                    .indirect_costs = euros(3000),
                                    .total = euros(25000)};
  application.previous_review =
      PreviousReview{.text = "48 personnes accompagnées en 2022",
                     .figures = {{"personnes accompagnées", Quantity::from_integer(48).value()}}};
  application.attachments = {AttachmentInfo{.document = "statuts",
                                            .file_name = "statuts.pdf",
                                            .media_type = "application/pdf",
                                            .size = 2048,
                                            .sha256 = std::string(64, 'b')}};
  return application;
}

}  // namespace octroi::testing
