// AgreementRepository: what the after-the-vote part of Octroi needs from
// storage — the agreements (conventions) of a programme, kept whole with a
// version, their registry numbers allocated in sequence per year, and the
// payments made on them. Implemented once for both backends in
// store/sql_agreement_repository.h. Every write is one transaction with its
// audit-journal entry (entities "agreement" and "payment").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_file.h"
#include "domain/payment_kind.h"
#include "money/amount.h"
#include "service/programme_repository.h"

namespace octroi {

// An agreement as stored: the version optimistic concurrency compares (1 when
// drafted, +1 at each change) and who changed it last.
struct StoredAgreement {
  AgreementFile file;
  int version = 0;
  std::string updated_at{};
  std::string updated_by{};
};

// A payment order as recorded: an advance or a balance payment of one tranche.
struct PaymentRecord {
  std::int64_t id = 0;  // allocated by the store, in order
  std::string programme{};
  std::string agreement{};         // the award key: "t1-o6-01"
  std::string agreement_number{};  // "2023-01628", for the export
  std::string organisation{};      // "cheval-bleu"
  std::string tranche{};           // "2024"
  PaymentKind kind = PaymentKind::kAdvance;
  Date paid_on;
  Amount amount{};
  std::string budget_line{};  // "C02-446A05"
  std::string recorded_at{};
  std::string recorded_by{};
};

// What a new payment must fit in, checked by the store inside the write
// transaction against the payments already recorded (service/payment_rules.h).
struct PaymentLimits {
  std::string agreement_title{};  // "convention n°2023-01628"
  Amount tranche_amount{};        // 115 000,00 €
  // The budget line's available credit (« Disponible ») in the programme's
  // budget table; absent when the table does not print it.
  std::optional<Amount> line_available{};
};

// What save_agreement should also do in its transaction.
struct AgreementChange {
  std::string
      action{};  // journal action: "draft", "send", "sign", "amend", "review", "settle", "close"
  // Allocate the next registry number of this year when the file has none.
  std::optional<int> allocate_number_in{};
};

class AgreementRepository {
 public:
  virtual ~AgreementRepository() = default;

  // The agreements of a programme, by award key.
  virtual Result<std::vector<StoredAgreement>> agreements(const std::string& programme) = 0;
  virtual Result<std::optional<StoredAgreement>> find_agreement(const std::string& programme,
                                                                const std::string& award) = 0;
  // Creates the agreement when `expected_version` is 0 (kDuplicate when one
  // exists for the award), else replaces it when its stored version is
  // `expected_version` (kConflict naming who changed it and when otherwise).
  // A number already used by another agreement is kDuplicate.
  virtual Result<StoredAgreement> save_agreement(AgreementFile file, int expected_version,
                                                 const AgreementChange& change,
                                                 const Stamp& stamp) = 0;

  // The payments of a programme, in the order they were recorded.
  virtual Result<std::vector<PaymentRecord>> payments(const std::string& programme) = 0;
  // Records the payment unless it would take the tranche's payments beyond
  // its amount or the budget line's beyond its available credit (kInvalidValue,
  // service/payment_rules.h). Returns it with its id.
  virtual Result<PaymentRecord> record_payment(PaymentRecord payment, const PaymentLimits& limits,
                                               const Stamp& stamp) = 0;
};

}  // namespace octroi
