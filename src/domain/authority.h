// Authority: the local authority whose assembly deliberates, as its documents
// and open data name it: "Département du Pas-de-Calais", the heading printed
// above each deliberation ("DEPARTEMENT DU PAS-DE-CALAIS"), its SIRET (the
// SCDL exports require it) and the town where it sits. A plain aggregate.
#pragma once

#include <optional>
#include <string>

#include "domain/siret.h"

namespace octroi {

struct Authority {
  std::string name{};     // "Département du Pas-de-Calais"
  std::string heading{};  // "DEPARTEMENT DU PAS-DE-CALAIS"
  std::optional<Siret> siret{};
  std::string seat{};  // "ARRAS"
};

}  // namespace octroi
