#include "service/agreement_actions.h"

#include <array>
#include <fmt/format.h>
#include <utility>

#include "calendar/format.h"
#include "money/parse.h"
#include "service/agreement_lifecycle.h"
#include "service/payment_rules.h"

namespace octroi {
namespace {

constexpr std::array<std::pair<AgreementMove, std::string_view>, 4> kMoveKeys = {{
    {AgreementMove::kSend, "send"},
    {AgreementMove::kSign, "sign"},
    {AgreementMove::kAmend, "amend"},
    {AgreementMove::kClose, "close"},
}};

Error located(const Error& error, const std::string& field) {
  return Error(error.code(), error.message(), Location::of_field(field));
}

// The default amount: the advance at the agreement's rate, or the balance the
// settlement left to pay.
Result<Amount> default_amount(const AgreementFile& file, const FundingTranche& tranche,
                              PaymentKind kind) {
  if (kind == PaymentKind::kAdvance) return advance_of(tranche, file.advance_rate);
  const ReviewReport* review = file.find_review(tranche.key);
  if (review == nullptr || !review->settlement) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : le solde de la tranche {} attend le bilan soldé ; ou donnez "
                             "le montant",
                             file.title(), tranche.key));
  }
  return review->settlement->to_pay;
}

}  // namespace

Result<StoredAgreement> find_stored_agreement(AgreementRepository& repository,
                                              const std::string& programme,
                                              const std::string& award) {
  OCTROI_TRY(auto stored, repository.find_agreement(programme, award));
  if (!stored) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune convention pour l'attribution « {} » du programme « {} » "
                             ": rédigez d'abord son projet de convention",
                             award, programme));
  }
  return std::move(*stored);
}

int based_on(int requested, const StoredAgreement& stored) {
  return requested > 0 ? requested : stored.version;
}

Result<StoredAgreement> draft_and_save(AgreementRepository& repository,
                                       const ProgrammeDataset& dataset,
                                       const ParameterSet& parameters, Date date_of_effect,
                                       const std::string& programme, const std::string& award,
                                       Date today, const Stamp& stamp) {
  OCTROI_TRY(Rate rate, advance_rate_on(parameters, date_of_effect));
  OCTROI_TRY(AgreementFile file,
             draft_agreement(dataset, programme, award, rate, date_of_effect, today));
  return repository.save_agreement(std::move(file), 0, {.action = "draft"}, stamp);
}

Result<PreparedAgreements> draft_agreements(AgreementRepository& repository,
                                            const ProgrammeDataset& dataset,
                                            const ParameterSet& parameters, Date date_of_effect,
                                            const std::string& programme,
                                            const std::vector<std::string>& awards, Date today,
                                            const Stamp& stamp) {
  PreparedAgreements prepared;
  for (const std::string& award : awards) {
    auto saved = draft_and_save(repository, dataset, parameters, date_of_effect, programme, award,
                                today, stamp);
    if (saved.ok()) {
      prepared.drafted.push_back(award);
    } else if (saved.error().code() == ErrorCode::kDuplicate) {
      ++prepared.already;
    } else {
      return Error(
          saved.error().code(),
          fmt::format("convention de l'attribution {} : {}", award, saved.error().message()),
          saved.error().location());
    }
  }
  return prepared;
}

Result<StoredAgreement> edit_agreement(AgreementRepository& repository,
                                       const std::string& programme, const std::string& award,
                                       int read_version, std::string action,
                                       const AgreementEdit& edit, const Stamp& stamp) {
  OCTROI_TRY(StoredAgreement stored, find_stored_agreement(repository, programme, award));
  AgreementFile file = stored.file;
  AgreementChange change{.action = std::move(action)};
  OCTROI_TRY_STATUS(edit(file, change));
  return repository.save_agreement(std::move(file), based_on(read_version, stored), change, stamp);
}

std::string_view to_key(AgreementMove move) {
  for (const auto& [value, key] : kMoveKeys) {
    if (value == move) return key;
  }
  return "send";
}

Result<AgreementMove> agreement_move_from_key(std::string_view key) {
  std::string known;
  for (const auto& [value, name] : kMoveKeys) {
    if (name == key) return value;
    known += (known.empty() ? "" : ", ") + std::string(name);
  }
  return Error(ErrorCode::kInvalidValue,
               fmt::format("action inconnue « {} » : attendu l'une de {}", key, known));
}

Result<StoredAgreement> move_agreement(AgreementRepository& repository,
                                       const ProgrammeDataset* dataset,
                                       const std::string& programme, const std::string& award,
                                       const MoveRequest& request, const Stamp& stamp) {
  if (request.move == AgreementMove::kAmend && dataset == nullptr) {
    return Error(ErrorCode::kInvalidValue, "avenant : les avenants du programme sont requis");
  }
  const AgreementEdit edit = [&](AgreementFile& file, AgreementChange& change) -> Status {
    switch (request.move) {
      case AgreementMove::kSend:
        return send_agreement(file, request.on);
      case AgreementMove::kSign:
        change.allocate_number_in = request.on.year();
        return sign_agreement(file, request.on, request.number);
      case AgreementMove::kAmend:
        return amend_from_dataset(file, *dataset, request.on);
      case AgreementMove::kClose:
        return close_agreement(file, request.on);
    }
    return ok_status();
  };
  return edit_agreement(repository, programme, award, request.read_version,
                        std::string(to_key(request.move)), edit, stamp);
}

Result<Amount> paid_on(const std::vector<PaymentRecord>& payments, const std::string& award,
                       const std::optional<std::string>& tranche) {
  Amount paid = Amount::zero();
  for (const PaymentRecord& payment : payments) {
    if (payment.agreement != award) continue;
    if (tranche && payment.tranche != *tranche) continue;
    OCTROI_TRY(paid, paid.plus(payment.amount));
  }
  return paid;
}

Result<ReviewReport> review_from_input(const ReviewInput& input, const ReviewFieldNames& names) {
  ReviewReport review{.tranche = input.tranche, .received_on = input.received_on};
  review.indicators.reserve(input.indicators.size());
  for (const std::string& text : input.indicators) {
    auto indicator = Indicator::parse(text);
    if (!indicator.ok()) return located(indicator.error(), names.indicators);
    review.indicators.push_back(*indicator);
  }
  auto cost = parse_amount(input.actual_cost);
  if (!cost.ok()) return located(cost.error(), names.actual_cost);
  review.actual_cost = *cost;
  auto score = parse_rate(input.score);
  if (!score.ok()) return located(score.error(), names.score);
  review.qualitative_score = *score;
  review.notes = input.notes;
  return review;
}

Result<RecordedPayment> record_agreement_payment(AgreementRepository& repository,
                                                 const ProgrammeDataset& dataset,
                                                 const PaymentRequest& request,
                                                 const Stamp& stamp) {
  OCTROI_TRY(StoredAgreement stored,
             find_stored_agreement(repository, request.programme, request.award));
  const AgreementFile& file = stored.file;
  if (!is_in_force(file.status)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : paiement refusé, la convention est à l'état « {} » (signée ou "
                             "modifiée par avenant attendu)",
                             file.title(), to_label(file.status)));
  }
  const FundingTranche* tranche = file.find_tranche(request.tranche);
  if (tranche == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("{} : tranche « {} » inconnue", file.title(), request.tranche),
                 Location::of_field("tranche"));
  }
  Amount amount;
  if (request.amount) {
    amount = *request.amount;
  } else {
    OCTROI_TRY(amount, default_amount(file, *tranche, request.kind));
  }
  PaymentLimits limits{.agreement_title = file.title(), .tranche_amount = tranche->amount};
  if (const BudgetTableRow* row = find_budget_row(dataset, file.budget_line)) {
    if (row->available && row->available->value) limits.line_available = row->available->value;
  }
  PaymentRecord payment{.programme = request.programme,
                        .agreement = file.award.key(),
                        .agreement_number = file.number ? file.number->text() : "",
                        .organisation = file.organisation.key(),
                        .tranche = tranche->key,
                        .kind = request.kind,
                        .paid_on = request.paid_on,
                        .amount = amount,
                        .budget_line = file.budget_line};
  OCTROI_TRY(PaymentRecord recorded, repository.record_payment(payment, limits, stamp));
  return RecordedPayment{std::move(recorded), file.title()};
}

Result<SettledTranche> settle_and_save(AgreementRepository& repository,
                                       const std::string& programme, const std::string& award,
                                       const std::string& tranche, Date on, int read_version,
                                       const Stamp& stamp) {
  OCTROI_TRY(StoredAgreement stored, find_stored_agreement(repository, programme, award));
  AgreementFile file = stored.file;
  OCTROI_TRY(auto payments, repository.payments(programme));
  OCTROI_TRY(Amount paid, paid_on(payments, file.award.key(), tranche));
  OCTROI_TRY(TrancheSettlement result, settle_tranche(file, tranche, paid));
  for (ReviewReport& review : file.reviews) {
    if (review.tranche != tranche) continue;
    if (review.settlement) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("{} : la tranche {} est déjà soldée (le {})", file.title(), tranche,
                               format_date_long(review.settlement->settled_on)));
    }
    review.settlement = SettledAmounts{.settled_on = on,
                                       .settled = result.settlement.settled,
                                       .paid = paid,
                                       .to_pay = result.settlement.to_pay,
                                       .to_recover = result.settlement.to_recover};
  }
  OCTROI_TRY(StoredAgreement saved,
             repository.save_agreement(std::move(file), based_on(read_version, stored),
                                       {.action = "settle"}, stamp));
  return SettledTranche{std::move(saved), std::move(result), paid};
}

Result<TrancheSettlement> settlement_of(const AgreementFile& file, const std::string& tranche,
                                        const std::vector<PaymentRecord>& payments) {
  const ReviewReport* review = file.find_review(tranche);
  if (review != nullptr && review->settlement) {
    return settle_tranche(file, tranche, review->settlement->paid);
  }
  OCTROI_TRY(Amount paid, paid_on(payments, file.award.key(), tranche));
  return settle_tranche(file, tranche, paid);
}

std::string debtor_name(const ProgrammeDataset& dataset, const AgreementFile& file) {
  const OrganisationEntry* entry = dataset.find_organisation(file.organisation.key());
  return entry != nullptr ? entry->organisation.name : file.organisation.key();
}

Result<RecoveryOrder> recovery_order_of(const ProgrammeDataset& dataset, const AgreementFile& file,
                                        const std::string& tranche) {
  const ReviewReport* review = file.find_review(tranche);
  if (review == nullptr || !review->settlement) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("{} : la tranche {} n'est pas soldée, pas d'ordre de reversement",
                             file.title(), tranche));
  }
  const SettledAmounts& settled = *review->settlement;
  OCTROI_TRY(TrancheSettlement result, settle_tranche(file, tranche, settled.paid));
  return make_recovery_order(file, result, debtor_name(dataset, file), settled.paid,
                             settled.settled_on);
}

}  // namespace octroi
