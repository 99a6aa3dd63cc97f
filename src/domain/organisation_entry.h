// OrganisationEntry: an organisation of a programme dataset
// (organisations.yaml): the domain Organisation and, beside it, its other
// printed names, its category, and its identity as the agreements print it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/organisation.h"
#include "domain/printed.h"

namespace octroi {

// "représenté(e) par Claude DUPLOUY, Président, dûment autorisé par délibération
// en date du 22 octobre 2018."
struct PrintedRepresentative {
  std::string name{};
  std::string role{};
  std::optional<Printed<Date>> authorised_on{};
  std::string quote{};
  SourceLines source{};
  std::optional<std::string> note{};
};

struct OrganisationEntry {
  // id, name, and when printed: legal form, SIRET (when the printed digits
  // form a valid SIRET), address, representative name and title, and date of
  // authorisation (when it parses).
  Organisation organisation{};
  std::vector<std::string> aliases{};     // other printed forms
  std::optional<std::string> category{};  // association, ccas, cias, commune, ...; nullopt: unknown
  std::optional<SourceLines> category_source{};
  std::optional<PrintedBlock> legal_form{};
  std::optional<PrintedBlock> siret{};  // as printed; the checker verifies the Luhn key
  std::optional<PrintedBlock> address{};
  std::optional<PrintedRepresentative> representative{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
