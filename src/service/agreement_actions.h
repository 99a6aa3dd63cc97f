// AgreementActions: the after-the-vote use cases as the command line and the
// web API both run them, over an AgreementRepository: find an agreement,
// draft one and save it, apply a move (send, sign, amend, review, close) on
// the version read, record a payment (its default amount and its limits),
// settle a tranche and store the settlement, build the recovery order of a
// settled tranche. The rules themselves are in agreement_lifecycle.h,
// payment_rules.h, settlement.h and recovery_order.h; this file only reads,
// calls them and saves, so both front ends refuse and write the same things.
// Dates and the journal stamp are passed in: nothing here reads the clock.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_file.h"
#include "domain/payment_kind.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"
#include "rules/rules.h"
#include "service/agreement_repository.h"
#include "service/recovery_order.h"
#include "service/settlement.h"

namespace octroi {

// kNotFound naming the programme and the award when it has no agreement.
Result<StoredAgreement> find_stored_agreement(AgreementRepository& repository,
                                              const std::string& programme,
                                              const std::string& award);

// The version an edit is based on: `requested` when given (> 0), else the one just read.
int based_on(int requested, const StoredAgreement& stored);

// Drafts the agreement of `award` (agreement_lifecycle.h's draft_agreement,
// at the parameter advance_rate on the date of effect) and saves it as
// version 1 (kDuplicate when the award already has one).
Result<StoredAgreement> draft_and_save(AgreementRepository& repository,
                                       const ProgrammeDataset& dataset,
                                       const ParameterSet& parameters, Date date_of_effect,
                                       const std::string& programme, const std::string& award,
                                       Date today, const Stamp& stamp);

// The agreements a programme's awards need after its vote: a draft for each
// of `awards` (ids of the programme's awards; none a refusal), each saved as
// version 1. An award that has one already keeps it (counted in `already`),
// so running it again drafts nothing. Stops at the first other error, naming
// the award (the drafts saved before it stay: each is its own save, and a
// new run drafts the rest).
struct PreparedAgreements {
  std::vector<std::string> drafted{};  // award ids
  int already = 0;
};
Result<PreparedAgreements> draft_agreements(AgreementRepository& repository,
                                            const ProgrammeDataset& dataset,
                                            const ParameterSet& parameters, Date date_of_effect,
                                            const std::string& programme,
                                            const std::vector<std::string>& awards, Date today,
                                            const Stamp& stamp);

// One move on an agreement: applied to its file, which is then saved on
// `read_version` (0: the version just read) with the journal action named.
using AgreementEdit = std::function<Status(AgreementFile&, AgreementChange&)>;
Result<StoredAgreement> edit_agreement(AgreementRepository& repository,
                                       const std::string& programme, const std::string& award,
                                       int read_version, std::string action,
                                       const AgreementEdit& edit, const Stamp& stamp);

// The moves of an agreement's status, each agreement_lifecycle.h's function.
enum class AgreementMove {
  kSend,   // "send": draft → sent
  kSign,   // "sign": → signed, numbered (the next of the year unless a number is given)
  kAmend,  // "amend": the programme's amendment of this agreement (amendments.yaml)
  kClose,  // "close": every tranche settled
};
std::string_view to_key(AgreementMove move);
// kInvalidValue listing the keys.
Result<AgreementMove> agreement_move_from_key(std::string_view key);

struct MoveRequest {
  AgreementMove move = AgreementMove::kSend;
  Date on;
  std::optional<AgreementNumber> number{};  // kSign only
  int read_version = 0;                     // 0: the version just read
};

// Applies the move and saves it (journal action: the move's key). `dataset`
// is needed by kAmend only (kInvalidValue when it is null then).
Result<StoredAgreement> move_agreement(AgreementRepository& repository,
                                       const ProgrammeDataset* dataset,
                                       const std::string& programme, const std::string& award,
                                       const MoveRequest& request, const Stamp& stamp);

// The sum of the payments recorded on one agreement (`award`), on one of its
// tranches when `tranche` is given.
Result<Amount> paid_on(const std::vector<PaymentRecord>& payments, const std::string& award,
                       const std::optional<std::string>& tranche = std::nullopt);

// A review as typed: indicators in their command-line form
// ("places:lens-lievin=80"), the cost and the score as French text.
struct ReviewInput {
  std::string tranche{};
  Date received_on;
  std::vector<std::string> indicators{};
  std::string actual_cost{};
  std::string score = "100 %";
  std::string notes{};
};

// The names errors give the fields (the CLI's options, the API's JSON keys).
struct ReviewFieldNames {
  std::string indicators = "indicators";
  std::string actual_cost = "actual_cost";
  std::string score = "score";
};

// The review read from `input`; each parser's error, located on its field.
Result<ReviewReport> review_from_input(const ReviewInput& input,
                                       const ReviewFieldNames& names = {});

// A payment as requested: the amount defaults to the advance at the
// agreement's rate, or for a balance payment to what the settlement left to pay.
struct PaymentRequest {
  std::string programme{};
  std::string award{};
  std::string tranche{};
  PaymentKind kind = PaymentKind::kAdvance;
  Date paid_on;
  std::optional<Amount> amount{};
};

struct RecordedPayment {
  PaymentRecord payment;
  std::string agreement_title{};  // "convention n°2023-01628"
};

// Records the payment on a signed or amended agreement, within the tranche's
// amount and the budget line's available credit of `dataset`'s budget table
// (checked by the store in its write transaction). kInvalidValue in French
// for a refusal; kNotFound for an unknown agreement or tranche.
Result<RecordedPayment> record_agreement_payment(AgreementRepository& repository,
                                                 const ProgrammeDataset& dataset,
                                                 const PaymentRequest& request, const Stamp& stamp);

struct SettledTranche {
  StoredAgreement saved{};
  TrancheSettlement result{};
  Amount paid{};
};

// Settles `tranche` with what has been paid on it, stores the settlement in
// its review and saves (journal action "settle"). kDuplicate when the tranche
// is already settled; settle_tranche's errors otherwise.
Result<SettledTranche> settle_and_save(AgreementRepository& repository,
                                       const std::string& programme, const std::string& award,
                                       const std::string& tranche, Date on, int read_version,
                                       const Stamp& stamp);

// The settlement a review would give now (nothing saved): the preview shown
// before settling, or the calculation of a settled tranche (with what was
// paid when it was settled).
Result<TrancheSettlement> settlement_of(const AgreementFile& file, const std::string& tranche,
                                        const std::vector<PaymentRecord>& payments);

// The organisation's name as the programme lists it (its key when absent).
std::string debtor_name(const ProgrammeDataset& dataset, const AgreementFile& file);

// The recovery order of a settled tranche, dated the day it was settled.
// kNotFound when the tranche is not settled; kInvalidValue when nothing is to
// be recovered.
Result<RecoveryOrder> recovery_order_of(const ProgrammeDataset& dataset, const AgreementFile& file,
                                        const std::string& tranche);

}  // namespace octroi
