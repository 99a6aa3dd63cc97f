#include "rules/formula/variable.h"

#include <vector>

namespace octroi {

std::span<const VariableDeclaration> standard_award_variables() {
  static const std::vector<VariableDeclaration> declarations = {
      {"places", VariableKind::kQuantity, "place", "places", "places d'accompagnement"},
      {"posts", VariableKind::kQuantity, "poste", "postes", "postes"},
      {"measures", VariableKind::kQuantity, "mesure", "mesures", "mesures d'accompagnement"},
      {"etp", VariableKind::kQuantity, "ETP", "ETP", "équivalents temps plein"},
      {"participants", VariableKind::kQuantity, "participant", "participants", "participants"},
      {"welcomes", VariableKind::kQuantity, "accueil", "accueils", "accueils"},
      {"persons", VariableKind::kQuantity, "personne", "personnes", "personnes"},
      {"beneficiaries", VariableKind::kQuantity, "bénéficiaire", "bénéficiaires", "bénéficiaires"},
      {"women", VariableKind::kQuantity, "femme", "femmes", "femmes"},
      {"households", VariableKind::kQuantity, "ménage", "ménages", "ménages"},
      {"accompaniments", VariableKind::kQuantity, "accompagnement", "accompagnements",
       "accompagnements"},
      {"diagnoses", VariableKind::kQuantity, "diagnostic", "diagnostics", "diagnostics"},
      {"supports", VariableKind::kQuantity, "accompagnement ponctuel", "accompagnements ponctuels",
       "accompagnements ponctuels"},
      {"weeks", VariableKind::kQuantity, "semaine", "semaines", "semaines d'accompagnement"},
      {"months", VariableKind::kQuantity, "mois", "mois", "durée en mois"},
      {"direct_costs", VariableKind::kAmount, "", "", "charges directes déclarées"},
      {"external_services", VariableKind::kAmount, "", "", "prestations externes déclarées"},
  };
  return declarations;
}

std::string_view variable_for_unit(QuantityUnit unit) {
  switch (unit) {
    case QuantityUnit::kPlaces:
      return "places";
    case QuantityUnit::kPosts:
      return "posts";
    case QuantityUnit::kMeasures:
      return "measures";
    case QuantityUnit::kFullTimeEquivalents:
      return "etp";
    case QuantityUnit::kParticipants:
      return "participants";
    case QuantityUnit::kWelcomes:
      return "welcomes";
    case QuantityUnit::kPersons:
      return "persons";
    case QuantityUnit::kBeneficiaries:
      return "beneficiaries";
    case QuantityUnit::kWomen:
      return "women";
    case QuantityUnit::kHouseholds:
      return "households";
    case QuantityUnit::kAccompaniments:
      return "accompaniments";
  }
  return "places";
}

}  // namespace octroi
