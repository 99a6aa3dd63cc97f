// Signatory: one signature block of a deliberation, report, amendment or
// agreement, as printed ("Le Président du Conseil Départemental", "Jean-Claude
// LEROY", "SIGNE").
#pragma once

#include <optional>
#include <string>

#include "domain/printed.h"

namespace octroi {

enum class SignatorySide {
  kUnstated,      // the block does not say (deliberation, report)
  kDepartment,    // "department": signs for the Département
  kOrganisation,  // "organisation": signs for the organisation
};

struct Signatory {
  std::string role{};
  std::string name{};
  std::optional<std::string> mention{};  // "Signé", "(Signature et cachet)"
  SignatorySide side = SignatorySide::kUnstated;
  SourceLines source{};
};

}  // namespace octroi
