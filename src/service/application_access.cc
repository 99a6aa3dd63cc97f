// The access rule on applications.
#include "service/application_access.h"

namespace octroi {

bool can_see(const ApplicationViewer& viewer, const Application& application) {
  if (viewer.staff) return true;
  if (!application.siret) return false;
  for (const Siret& siret : viewer.organisations) {
    if (siret.siren() == application.siret->siren()) return true;
  }
  return false;
}

std::vector<Application> visible_applications(const ApplicationViewer& viewer,
                                              const std::vector<Application>& applications) {
  std::vector<Application> visible;
  visible.reserve(applications.size());
  for (const Application& application : applications) {
    if (can_see(viewer, application)) visible.push_back(application);
  }
  return visible;
}

Application for_organisation(Application application) {
  if (application.instruction) {
    application.instruction->notes.clear();
    application.instruction->expected.reset();
    application.instruction->instructed_by.clear();
  }
  return application;
}

}  // namespace octroi
