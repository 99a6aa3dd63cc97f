// Id<Tag>: a strong identifier over the readable string key datasets use
// ("pas-de-calais-2023-phase4", "cheval-bleu"), so that an AwardId cannot be
// passed where an OrganisationId is expected. A value type; hashable.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"

namespace octroi {

// True for a key a dataset may use: 1 to 128 characters among a-z, 0-9, '-',
// '_' and '.', the first one a letter or a digit ("2023-00963", "ccas-isbergues").
bool is_valid_key(std::string_view key);

// kInvalidValue naming the kind of thing ("d'opération") and quoting the key.
Error invalid_key_error(std::string_view what, std::string_view key);

template <typename Tag>
class Id {
 public:
  // The empty id: "not set yet". validate() functions refuse it where an id is required.
  Id() = default;
  // Trusted keys (read back from the store): no check. Use parse() for input.
  explicit Id(std::string key) : key_(std::move(key)) {}

  // kInvalidValue when the key breaks is_valid_key.
  static Result<Id> parse(std::string_view key) {
    if (!is_valid_key(key)) return invalid_key_error(Tag::kWhat, key);
    return Id(std::string(key));
  }

  const std::string& key() const { return key_; }
  bool empty() const { return key_.empty(); }

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Id&, const Id&) = default;
  friend bool operator==(const Id&, const Id&) = default;

 private:
  std::string key_;
};

// Each tag names, in French and with its preposition, what its ids identify:
// "identifiant d'opération invalide « … »".
struct ProgrammeTag {
  static constexpr std::string_view kWhat = "de programme";
};
struct ThemeTag {
  static constexpr std::string_view kWhat = "de thématique";
};
struct OperationTag {
  static constexpr std::string_view kWhat = "d'opération";
};
struct OrganisationTag {
  static constexpr std::string_view kWhat = "de structure";
};
struct AwardTag {
  static constexpr std::string_view kWhat = "de ligne de répartition";
};
struct BudgetLineTag {
  static constexpr std::string_view kWhat = "de ligne budgétaire";
};
struct SessionTag {
  static constexpr std::string_view kWhat = "de séance";
};
struct MemberTag {
  static constexpr std::string_view kWhat = "d'élu";
};
struct ReportTag {
  static constexpr std::string_view kWhat = "de rapport";
};
struct DeliberationTag {
  static constexpr std::string_view kWhat = "de délibération";
};
struct AgreementTag {
  static constexpr std::string_view kWhat = "de convention";
};
struct AmendmentTag {
  static constexpr std::string_view kWhat = "d'avenant";
};
struct PaymentTag {
  static constexpr std::string_view kWhat = "de paiement";
};
struct ReviewTag {
  static constexpr std::string_view kWhat = "de bilan";
};

using ProgrammeId = Id<ProgrammeTag>;
using ThemeId = Id<ThemeTag>;
using OperationId = Id<OperationTag>;
using OrganisationId = Id<OrganisationTag>;
using AwardId = Id<AwardTag>;
using BudgetLineId = Id<BudgetLineTag>;
using SessionId = Id<SessionTag>;
using MemberId = Id<MemberTag>;
using ReportId = Id<ReportTag>;
using DeliberationId = Id<DeliberationTag>;
using AgreementId = Id<AgreementTag>;
using AmendmentId = Id<AmendmentTag>;
using PaymentId = Id<PaymentTag>;
using ReviewId = Id<ReviewTag>;

}  // namespace octroi

template <typename Tag>
struct std::hash<octroi::Id<Tag>> {
  std::size_t operator()(const octroi::Id<Tag>& id) const noexcept {
    return std::hash<std::string>{}(id.key());
  }
};
