// Programme: one call for projects in one year and phase, the batch of awards
// one session votes ("Appels à projets des politiques d'inclusion durable
// 2023 - Phase 4" of the Département du Pas-de-Calais). A plain aggregate.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/id.h"

namespace octroi {

struct Programme {
  static constexpr int kEarliestYear = 2000;
  static constexpr int kLatestYear = 2100;

  ProgrammeId id{};         // "pas-de-calais-2023-phase4"
  std::string call{};       // "Appels à projets des politiques d'inclusion durable"
  int year = 0;             // 2023
  int phase = 1;            // 4: the fourth batch of the year's call
  std::string title{};      // "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023-PHASE 4"
  std::string authority{};  // "Département du Pas-de-Calais"

  // kMissingField for an empty id, call, title or authority; kInvalidValue for
  // a year outside [kEarliestYear, kLatestYear] or a phase below 1.
  Status validate() const;
  static Result<Programme> create(Programme fields);
};

}  // namespace octroi
