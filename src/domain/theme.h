// Theme: a numbered thématique of a programme ("1. Accompagnement des
// bénéficiaires du RSA : dynamiser les parcours ..."). A plain aggregate.
#pragma once

#include <string>

#include "base/result.h"
#include "domain/id.h"

namespace octroi {

struct Theme {
  ThemeId id{};             // "t1"
  ProgrammeId programme{};  // "pas-de-calais-2023-phase4"
  int number = 1;           // 1, 2, 3 as the deliberation numbers them
  std::string title{};      // "Développement des compétences et accès à l'emploi"

  // kMissingField for an empty id, programme or title; kInvalidValue for a number below 1.
  Status validate() const;
  static Result<Theme> create(Theme fields);
};

}  // namespace octroi
