// Submission checks, receipt numbers and attachment checks.
#include "service/application_submission.h"

#include <fmt/format.h>
#include <vector>

#include "calendar/format.h"
#include "money/format.h"

namespace octroi {

namespace {

constexpr std::string_view kPdfSignature = "%PDF-";

bool has_attachment(const Application& application, std::string_view document) {
  for (const AttachmentInfo& attachment : application.attachments) {
    if (attachment.document == document) return true;
  }
  return false;
}

void check_deadline(const Application& application, const Call& call, Date today,
                    std::vector<std::string>& problems) {
  if (application.status != ApplicationStatus::kDraft) {
    problems.push_back(
        fmt::format("la demande est déjà à l'état « {} »", to_label(application.status)));
  }
  if (call.status != CallStatus::kPublished) {
    problems.push_back(fmt::format("l'appel à projets {} n'est pas ouvert (état « {} »)", call.id,
                                   to_label(call.status)));
  }
  if (today < call.applications.start()) {
    problems.push_back(
        fmt::format("les dépôts ouvrent le {}", format_date_long(call.applications.start())));
  } else if (call.applications.end() < today) {
    problems.push_back(fmt::format("la date limite de dépôt était le {}",
                                   format_date_long(call.applications.end())));
  }
}

void check_content(const Application& application, const Call& call,
                   std::vector<std::string>& problems) {
  if (call.find_operation(application.operation) == nullptr) {
    problems.push_back(fmt::format("l'opération « {} » n'est pas proposée par l'appel à projets",
                                   application.operation.key()));
  }
  if (!application.siret) problems.push_back("le SIRET de la structure manque");
  if (application.title.empty()) problems.push_back("l'intitulé de l'action manque");
  if (!application.territories) problems.push_back("le territoire de l'action manque");
  if (application.requested.is_zero() || application.requested.is_negative()) {
    problems.push_back("le montant demandé manque");
  }
  if (application.period && call.actions_within &&
      !call.actions_within->contains(*application.period)) {
    problems.push_back(fmt::format("la période {} sort de celle de l'appel à projets ({})",
                                   format_period_short(*application.period),
                                   format_period_short(*call.actions_within)));
  }
}

void check_budget(const Application& application, std::vector<std::string>& problems) {
  const ActionBudget& budget = application.budget;
  auto sum = budget.sum();
  if (!sum.ok()) {
    problems.push_back(sum.error().message());
    return;
  }
  if (*sum != budget.total) {
    problems.push_back(fmt::format(
        "le budget ne s'équilibre pas : charges directes {} + prestations externes {} + charges "
        "indirectes {} = {}, coût total déclaré {}",
        format_amount(budget.direct_costs), format_amount(budget.external_services),
        format_amount(budget.indirect_costs), format_amount(*sum), format_amount(budget.total)));
  }
  if (budget.total < application.requested) {
    problems.push_back(fmt::format("le montant demandé {} dépasse le coût total de l'action {}",
                                   format_amount(application.requested),
                                   format_amount(budget.total)));
  }
}

void check_documents(const Application& application, const Call& call,
                     std::vector<std::string>& problems) {
  for (const RequiredDocument& required : call.required_documents) {
    if (!has_attachment(application, required.key)) {
      problems.push_back(fmt::format("pièce manquante : {}", required.label));
    }
  }
  for (const AttachmentInfo& attachment : application.attachments) {
    if (attachment.media_type != kPdfMediaType) {
      problems.push_back(fmt::format("la pièce « {} » n'est pas un PDF", attachment.file_name));
    }
  }
}

}  // namespace

Status check_attachment(std::string_view file_name, std::string_view bytes) {
  if (file_name.find_first_not_of(' ') == std::string_view::npos) {
    return Error(ErrorCode::kMissingField, "champ obligatoire vide : nom du fichier joint");
  }
  if (bytes.empty()) {
    return Error(ErrorCode::kInvalidValue, fmt::format("pièce « {} » : fichier vide", file_name));
  }
  if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("pièce « {} » : {} octets, au-delà de la limite de {} Mio", file_name,
                             bytes.size(), kMaxAttachmentBytes / (std::int64_t{1024} * 1024)));
  }
  if (!bytes.starts_with(kPdfSignature)) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("pièce « {} » : ce n'est pas un PDF (signature %PDF- absente)", file_name));
  }
  return ok_status();
}

Result<Application> submit(Application application, const Call& call, Date today) {
  std::vector<std::string> problems;
  check_deadline(application, call, today, problems);
  check_content(application, call, problems);
  check_budget(application, problems);
  check_documents(application, call, problems);
  if (!problems.empty()) {
    std::string message = fmt::format("demande {} non déposée :", application.id);
    for (const std::string& problem : problems) message += "\n  - " + problem;
    return Error(ErrorCode::kInvalidValue, std::move(message));
  }
  application.status = ApplicationStatus::kSubmitted;
  application.submitted_on = today;
  return application;
}

std::string receipt_number(const Call& call, std::int64_t sequence) {
  return fmt::format("{}-{:05}", call.id, sequence);
}

}  // namespace octroi
