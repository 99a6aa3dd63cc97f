// DeclaredDecision: an article of the deliberation, or a decision the report
// proposes ("De valider le financement des 7 opérations de la thématique 1 ...
// pour un montant total de 783 128,51 €"), with the values it states.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/dataset_reference.h"
#include "domain/declared_budget_table.h"
#include "domain/printed.h"
#include "money/amount.h"

namespace octroi {

enum class DecisionAction {
  kValidateFunding,     // "validate_funding"
  kAuthoriseSignature,  // "authorise_signature"
  kBudgetImputation,    // "budget_imputation"
};

// "l'avenant n°1 à la convention n°2023-00963 « accompagnement global »"
struct DecisionAmendment {
  std::string printed{};
  std::optional<Printed<int>> number{};
  std::optional<std::string> agreement{};
  std::optional<std::string> agreement_title{};
};

struct DeclaredDecision {
  int number = 0;                      // article number, or order of a proposed decision
  std::optional<std::string> label{};  // "Article 1 :"; nullopt for the report's bullets
  std::string text{};
  SourceLines source{};
  DecisionAction action = DecisionAction::kValidateFunding;
  std::optional<int> theme{};
  std::optional<Printed<int>> operations_count{};  // "7"
  std::optional<Printed<Amount>> amount{};         // "783 128,51 €"
  std::vector<AnnexReference> annex_references{};
  std::optional<std::string> agreement_kind{};   // standard_agreement, amendment, travel_agreement
  std::optional<std::string> agreement_model{};  // printed
  std::optional<Printed<Date>> agreement_model_date{};
  std::vector<OrganisationReference> organisations{};
  std::optional<DecisionAmendment> amendment{};
  std::vector<int> applies_to_articles{};
  std::optional<DeclaredBudgetTable> budget_table{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
