// The SCDL "subventions" export (schema 2.1.1): one row per award of a
// programme, awarded by the authority. Only what the records establish is
// published: an award whose beneficiary has no valid SIRET or whose
// agreement date is unknown is not guessed but listed, with what it lacks.
// By default only the awards the law requires to publish (above 23 000 €);
// refused rows (0,00 €) never. Pure: no I/O.
//   referenceDecision: the deliberation number ("2023-405");
//   dateConvention: the signature date of the agreement an amendment amends
//     (amendments.yaml), the only agreement dates a dataset records;
//   datesPeriodeVersement: the award's period of operation, else the period
//     its amendment gives that amount (an advance at signature, the balance
//     after the review: conditionsVersement "échelonné", see
//     service/payment_schedule.h);
//   nature "aide en numéraire", notificationUE "non", pourcentage "1.00".
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/programme_dataset.h"
#include "opendata/scdl_deliberations.h"
#include "opendata/scdl_subventions.h"

namespace octroi {

struct ScdlExportOptions {
  bool all = false;  // every award (refusals excepted), not only those above the threshold
};

// An award that cannot be published yet, and why (French, one item per lack).
struct ScdlUnpublishedAward {
  std::string programme{};
  std::string award{};         // "t1-o1-01"
  std::string organisation{};  // its name
  Amount amount{};
  std::vector<std::string> missing{};
};

struct ScdlSubventionExport {
  std::vector<ScdlRow> rows{};  // in kScdlSubventionFields order
  std::vector<ScdlUnpublishedAward> unpublished{};
  int below_threshold = 0;  // awards left out because not above 23 000 €
  int refusals = 0;         // 0,00 € rows left out
};

// Appends the programme's rows (and unpublished awards) to `into`.
// kMissingField when the authority has no name or SIRET, naming the command
// that sets them.
Status append_scdl_subventions(const Authority& authority, const ProgrammeDataset& dataset,
                               const ScdlExportOptions& options, ScdlSubventionExport& into);

}  // namespace octroi
