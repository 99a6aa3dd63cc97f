// RecoveryOrder: content and text form.
#include "service/recovery_order.h"

#include <fmt/format.h>

#include "calendar/format.h"
#include "money/format.h"
#include "money/words.h"

namespace octroi {

Result<RecoveryOrder> make_recovery_order(const AgreementFile& file,
                                          const TrancheSettlement& settlement, std::string debtor,
                                          Amount paid, Date issued_on) {
  if (settlement.settlement.to_recover.is_zero()) {
    return Error(ErrorCode::kInvalidValue, fmt::format("{} : rien à reverser sur la tranche {}",
                                                       file.title(), settlement.tranche));
  }
  const FundingTranche* tranche = file.find_tranche(settlement.tranche);
  RecoveryOrder order{.programme = file.programme,
                      .debtor = std::move(debtor),
                      .organisation = file.organisation.key(),
                      .budget_line = file.budget_line,
                      .settled = settlement.settlement.settled,
                      .paid = paid,
                      .to_recover = settlement.settlement.to_recover,
                      .calculation = settlement.explanation(),
                      .issued_on = issued_on};
  order.subject = fmt::format(
      "{} « {} », tranche {}{}", file.title(), file.subject, settlement.tranche,
      tranche != nullptr ? " (" + format_period_long(tranche->period) + ")" : std::string());
  OCTROI_TRY(order.to_recover_in_words, amount_in_words(order.to_recover));
  return order;
}

std::string RecoveryOrder::text() const {
  std::string out = "ORDRE DE REVERSEMENT\n\n";
  out += fmt::format("Programme : {}\n", programme);
  out += fmt::format("Débiteur : {} ({})\n", debtor, organisation);
  out += fmt::format("Objet : {}\n", subject);
  out += fmt::format("Montant définitif de la participation : {}\n", format_amount(settled));
  out += fmt::format("Montant déjà versé : {}\n", format_amount(paid));
  out += fmt::format("Somme à reverser au Département : {} ({})\n", format_amount(to_recover),
                     to_recover_in_words);
  out += fmt::format("Imputation : {}\n", budget_line);
  out += "Détail du calcul :\n";
  for (const std::string& line : calculation) out += "  - " + line + "\n";
  out += fmt::format("\nÉtabli le {}.\n", format_date_long(issued_on));
  return out;
}

}  // namespace octroi
