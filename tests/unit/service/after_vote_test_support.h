// Test helpers of the after-the-vote use cases: the service test dataset with
// Cheval Bleu's amendment (annex 6) as amendments.yaml records it — periods
// and amounts of 2023 and 2024, places per territory, the 50 % quantitative
// share, the articles replaced, the retention date — and the budget line
// C02-446A05 of the report's table; and the agreement files built from it.
#pragma once

#include <string>

#include "calendar/parse.h"
#include "domain/agreement_file.h"
#include "service/agreement_lifecycle.h"
#include "service_test_support.h"

namespace octroi::testing_service {

inline Date iso(const std::string& text) { return parse_date(text).value(); }

inline Amount cents(std::int64_t value) { return Amount::from_cents(value); }
inline Amount whole_euros(std::int64_t value) { return Amount::from_euros(value).value(); }

inline PlacesClause places(const std::string& count, const std::string& territory, int year) {
  PlacesClause out{
      quantity(count, "places", QuantityUnit::kPlaces),
      TerritoryReference{territory, TerritoryScope::department_wide(), {territory}, {}},
      {}};
  out.origin.year = year;
  return out;
}

inline SplitClause quantitative_split(int year) {
  SplitClause out;
  out.part = "quantitative";
  out.rate = Printed<Rate>{"50%", Rate::from_percent(50), false, {}, 0};
  out.origin.year = year;
  return out;
}

inline PeriodClause year_period(int year) {
  PeriodClause out;
  out.period.value =
      Period::create(Date::create(year, 1, 1).value(), Date::create(year, 12, 31).value()).value();
  out.origin.year = year;
  return out;
}

inline ProgrammeDataset after_vote_dataset() {
  ProgrammeDataset out = dataset();
  AmendmentRecord& cheval = out.amendments[1];
  cheval.number = 1;
  cheval.agreement.title = "accompagnement spécifique BRSA";
  cheval.periods = {year_period(2023), year_period(2024)};
  cheval.places = {places("60", "lens-lievin", 2023), places("20", "henin-carvin", 2023),
                   places("20", "artois", 2023),      places("90", "lens-lievin", 2024),
                   places("90", "artois", 2024),      places("50", "henin-carvin", 2024)};
  cheval.splits = {quantitative_split(2023), quantitative_split(2024)};
  for (int article : {3, 4, 7, 12}) cheval.modifies.push_back(ModifiedArticle{article, {}});
  cheval.budget_lines = {BudgetLineClause{"C02-446A05", {}}};
  cheval.retention_until =
      RetentionClause{Printed<Date>{"31 décembre 2034", iso("2034-12-31"), false, {}, 1228}, {}};
  ReviewClause review;
  review.relative_deadline = "31 mars de l'année N+1";
  cheval.review = {review};
  AmendmentRecord& passeport = out.amendments[0];
  passeport.agreement.title = "Accompagnement Global";
  passeport.budget_lines = {BudgetLineClause{"C02-446A05", {}}};
  BudgetTableRow line;
  line.code = "C02-446A05";
  line.label = "Indemnisation des organismes référents";
  line.commitment_authority = printed_amount("6 193 643,00 €");
  line.available = printed_amount("1 545 780,28 €");
  out.budget_table.rows.push_back(line);
  return out;
}

// Cheval Bleu's agreement as drafted from the dataset (the 2023 tranche),
// signed on 3 July 2023 under its number, then amended on 2 October 2023.
inline AgreementFile cheval_bleu_amended() {
  const ProgrammeDataset data = after_vote_dataset();
  AgreementFile file = draft_agreement(data, "pas-de-calais-2023-phase4", "t1-o6-01",
                                       Rate::from_percent(60), session_date(), iso("2023-09-20"))
                           .value();
  (void)sign_agreement(file, iso("2023-07-03"), std::nullopt);
  (void)amend_from_dataset(file, data, iso("2023-10-02"));
  return file;
}

}  // namespace octroi::testing_service
