// A past programme read back as a call: its themes and operations (with the
// funding rule carrying a formula, else the first printed) become a call's
// offer, and each Annex 4 row the application that would have produced it.
// Used to rebuild a voted programme through the calls workflow (the
// reference acceptance test) and by `octroi call create --from-programme`.
#pragma once

#include <string>
#include <vector>

#include "calendar/period.h"
#include "domain/application.h"
#include "domain/call.h"
#include "domain/programme_dataset.h"

namespace octroi {

struct CallSettings {
  std::string id{};  // "aap-2023-phase4"
  Period applications;
  std::vector<EligiblePublic> publics{};  // empty: the four publics
  std::vector<RequiredDocument> required_documents{};
};

// A draft call offering every theme and operation of `dataset`; its action
// window spans the periods of the annex rows (none: no window).
Call call_from_dataset(const ProgrammeDataset& dataset, const CallSettings& settings);

// One draft application per award row of `dataset`, in printed order: id
// "dem-" + row id, the row's organisation (name and SIRET when its entry
// has one), operation, description, quantities, period (when it has a
// value), territories and amount (requested; the budget's direct costs and
// total). A row covered by a "rows" subtotal is in that subtotal's group.
std::vector<Application> applications_from_annex(const ProgrammeDataset& dataset,
                                                 const std::string& call);

}  // namespace octroi
