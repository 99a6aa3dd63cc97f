// AgreementStatus keys, labels and moves.
#include "domain/agreement_status.h"

#include "domain/enum_table.h"

namespace octroi {

namespace {

constexpr detail::EnumTable<AgreementStatus, 5> kTable{{{
    {AgreementStatus::kDraft, "draft", "projet"},
    {AgreementStatus::kSent, "sent", "envoyée"},
    {AgreementStatus::kSigned, "signed", "signée"},
    {AgreementStatus::kAmended, "amended", "modifiée par avenant"},
    {AgreementStatus::kClosed, "closed", "close"},
}}};
static_assert(kTable.in_value_order());
constexpr auto kValues = kTable.values();

}  // namespace

std::span<const AgreementStatus> all_agreement_statuses() { return kValues; }
std::string_view to_key(AgreementStatus status) { return kTable.key(status); }
std::string_view to_label(AgreementStatus status) { return kTable.label(status); }
Result<AgreementStatus> agreement_status_from_key(std::string_view key) {
  return kTable.from_key(key, "l'état de la convention");
}

bool can_move(AgreementStatus from, AgreementStatus to) {
  using enum AgreementStatus;
  switch (to) {
    case kDraft:
      return false;
    case kSent:
      return from == kDraft;
    case kSigned:
      return from == kDraft || from == kSent;
    case kAmended:  // again for each later amendment
    case kClosed:
      return from == kSigned || from == kAmended;
  }
  return false;
}

}  // namespace octroi
