// Shared helpers of the after-the-vote commands.
#include "cli/after_vote.h"

#include "store/store.h"

namespace octroi::cli {

Result<std::unique_ptr<AgreementRepository>> open_agreements(const GlobalOptions& options) {
  return store::open_agreement_repository(options.database_url);
}

}  // namespace octroi::cli
