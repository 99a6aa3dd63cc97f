// RecoveryOrder: the order (ordre de reversement) asking an organisation to
// pay back what it received beyond the final amount of a tranche — who, under
// which agreement and budget line, how much (in figures and in words), and
// the settlement's calculation. Built once here; printed as text by the CLI
// and as an HTML page by docs/recovery_order_html.h. Pure.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/agreement_file.h"
#include "money/amount.h"
#include "service/settlement.h"

namespace octroi {

struct RecoveryOrder {
  std::string programme{};
  std::string debtor{};        // "Le Cheval Bleu"
  std::string organisation{};  // "cheval-bleu"
  std::string subject{};  // « convention n°2023-01628 « accompagnement spécifique BRSA », tranche
                          // 2023 (…) »
  std::string budget_line{};
  Amount settled{};
  Amount paid{};
  Amount to_recover{};
  std::string
      to_recover_in_words{};  // "cinq mille six cent soixante-six euros et soixante-sept centimes"
  std::vector<std::string> calculation{};
  Date issued_on;

  // The order as plain text (French), ending with a line break.
  std::string text() const;
};

// kInvalidValue when the settlement leaves nothing to recover.
Result<RecoveryOrder> make_recovery_order(const AgreementFile& file,
                                          const TrancheSettlement& settlement, std::string debtor,
                                          Amount paid, Date issued_on);

}  // namespace octroi
