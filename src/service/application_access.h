// Who may see an application: staff see every one; an organisation user only
// those of its own organisation — the same SIREN as one of the SIRETs its
// account acts for (another establishment of the same legal entity is the
// same organisation). Pure: the web API and the CLI call the same rule.
#pragma once

#include <vector>

#include "domain/application.h"
#include "domain/siret.h"

namespace octroi {

struct ApplicationViewer {
  bool staff = false;                  // an account with a staff role
  std::vector<Siret> organisations{};  // the SIRETs an organisation account acts for
};

bool can_see(const ApplicationViewer& viewer, const Application& application);

// The applications `viewer` may see, in the given order.
std::vector<Application> visible_applications(const ApplicationViewer& viewer,
                                              const std::vector<Application>& applications);

// The application as its organisation sees it: staff's private notes and
// the rule's expected amount removed.
Application for_organisation(Application application);

}  // namespace octroi
