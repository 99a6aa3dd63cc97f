// Shared helpers of the after-the-vote commands.
#include "cli/after_vote.h"

#include <chrono>
#include <cstdlib>

#include "api/clock.h"
#include "calendar/parse.h"
#include "cli/text.h"
#include "store/store.h"

namespace octroi::cli {

Result<Date> required_date(const std::string& text, std::string_view option) {
  auto date = parse_date(text);
  if (!date.ok()) {
    return Error(date.error().code(), date.error().message(),
                 Location::of_field(std::string(option)));
  }
  return date;
}

Result<Date> day_option(const std::string& text, std::string_view option) {
  if (!text.empty()) return required_date(text, option);
  if (const char* variable = std::getenv("OCTROI_TODAY"); variable != nullptr && *variable != 0) {
    return required_date(variable, "OCTROI_TODAY");
  }
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::from_days(days.time_since_epoch().count());
}

Stamp after_vote_stamp() { return Stamp{current_user(), api::utc_iso()}; }

Result<std::unique_ptr<AgreementRepository>> open_agreements(const GlobalOptions& options) {
  return store::open_agreement_repository(options.database_url);
}

}  // namespace octroi::cli
