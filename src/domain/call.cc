// Call keys, labels and validation.
#include "domain/call.h"

#include <fmt/format.h>
#include <set>

#include "domain/enum_table.h"
#include "domain/validation.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<CallStatus, 3> kStatuses{{{
    {CallStatus::kDraft, "draft", "brouillon"},
    {CallStatus::kPublished, "published", "publié"},
    {CallStatus::kClosed, "closed", "clos"},
}}};
static_assert(kStatuses.in_value_order());

constexpr detail::EnumTable<EligiblePublic, 4> kPublics{{{
    {EligiblePublic::kRsaBeneficiaries, "rsa_beneficiaries", "bénéficiaires du RSA"},
    {EligiblePublic::kUnder26, "under_26", "jeunes de moins de 26 ans"},
    {EligiblePublic::kInsertionPath, "insertion_path",
     "personnes engagées dans un parcours d'insertion"},
    {EligiblePublic::kHousingDifficulties, "housing_difficulties",
     "personnes en difficulté de logement"},
}}};
static_assert(kPublics.in_value_order());
constexpr auto kPublicValues = kPublics.values();

}  // namespace

std::string_view to_key(CallStatus status) { return kStatuses.key(status); }
std::string_view to_label(CallStatus status) { return kStatuses.label(status); }
Result<CallStatus> call_status_from_key(std::string_view key) {
  return kStatuses.from_key(key, "l'état de l'appel à projets");
}

std::span<const EligiblePublic> all_eligible_publics() { return kPublicValues; }
std::string_view to_key(EligiblePublic eligible) { return kPublics.key(eligible); }
std::string_view to_label(EligiblePublic eligible) { return kPublics.label(eligible); }
Result<EligiblePublic> eligible_public_from_key(std::string_view key) {
  return kPublics.from_key(key, "le public éligible");
}

const CallOperation* Call::find_operation(const OperationId& wanted) const {
  for (const CallOperation& offered : operations) {
    if (offered.operation.id == wanted) return &offered;
  }
  return nullptr;
}

const Theme* Call::find_theme(int number) const {
  for (const Theme& theme : themes) {
    if (theme.number == number) return &theme;
  }
  return nullptr;
}

Status Call::validate() const {
  OCTROI_TRY_STATUS(detail::require_text(id, "id", "identifiant de l'appel à projets"));
  if (!is_valid_key(id)) return invalid_key_error("d'appel à projets", id);
  OCTROI_TRY_STATUS(detail::require_id(programme, "programme", "programme"));
  OCTROI_TRY_STATUS(detail::require_text(title, "title", "titre de l'appel à projets"));
  auto empty = [this](std::string_view field, std::string_view none) {
    return Error(ErrorCode::kMissingField, fmt::format("appel à projets {} : {}", id, none),
                 detail::at_field(field));
  };
  if (themes.empty()) return empty("themes", "aucune thématique");
  if (operations.empty()) return empty("operations", "aucune opération");
  if (publics.empty()) return empty("publics", "aucun public éligible");
  std::set<int> theme_numbers;
  for (const Theme& theme : themes) {
    OCTROI_TRY_STATUS(theme.validate());
    if (!theme_numbers.insert(theme.number).second) {
      return detail::invalid_field(
          "themes", fmt::format("appel à projets {} : thématique {} en double", id, theme.number));
    }
  }
  std::set<std::string> operation_ids;
  for (const CallOperation& offered : operations) {
    OCTROI_TRY_STATUS(offered.operation.validate());
    if (!operation_ids.insert(offered.operation.id.key()).second) {
      return detail::invalid_field("operations",
                                   fmt::format("appel à projets {} : opération {} en double", id,
                                               offered.operation.id.key()));
    }
    if (theme_numbers.count(offered.theme) == 0) {
      return detail::invalid_field(
          "operations", fmt::format("appel à projets {} : l'opération {} relève de la thématique "
                                    "{}, que l'appel ne propose pas",
                                    id, offered.operation.id.key(), offered.theme));
    }
    OCTROI_TRY_STATUS(
        detail::require_text(offered.budget_code, "operations.budget_code", "code budgétaire"));
  }
  std::set<EligiblePublic> seen_publics;
  for (EligiblePublic eligible : publics) {
    if (!seen_publics.insert(eligible).second) {
      return detail::invalid_field("publics", fmt::format("appel à projets {} : public « {} » en "
                                                          "double",
                                                          id, to_label(eligible)));
    }
  }
  std::set<std::string> document_keys;
  for (const RequiredDocument& document : required_documents) {
    if (!is_valid_key(document.key)) return invalid_key_error("de pièce", document.key);
    OCTROI_TRY_STATUS(detail::require_text(document.label, "required_documents.label",
                                           "libellé de la pièce à joindre"));
    if (!document_keys.insert(document.key).second) {
      return detail::invalid_field(
          "required_documents",
          fmt::format("appel à projets {} : pièce « {} » en double", id, document.key));
    }
  }
  return ok_status();
}

}  // namespace octroi
