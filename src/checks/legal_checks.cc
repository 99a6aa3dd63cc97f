// Legal: an award above 23 000 € must be granted through an agreement (the
// threshold of the décret n°2001-495 of 6 June 2001 for the transparency of
// grants); an award row without any instrument is reported anyway; and a row
// at 0,00 € is a refusal that must read as one, not carry an agreement.
#include <fmt/format.h>

#include "checks/check_support.h"
#include "checks/checks.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

// Décret n°2001-495, article 1: above 23 000 €, an agreement is mandatory.
constexpr Amount kAgreementThreshold = Amount::from_cents(2'300'000);

bool reads_as_refusal(const AnnexRow& row) {
  if (!row.description) return false;
  const std::string folded = fold_text(*row.description);
  return folded.find("refus") != std::string::npos ||
         folded.find("non retenu") != std::string::npos;
}

}  // namespace

std::vector<Finding> check_legal(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  for (const AnnexRow& row : dataset.rows) {
    if (!row.amount.value) continue;
    const Amount amount = *row.amount.value;
    if (!row.instrument && amount > kAgreementThreshold) {
      findings.push_back(make_finding(
          Severity::kError, "legal.agreement_missing", row_where(row),
          fmt::format("{} reçoit {}, plus de {}, sans convention : une convention est "
                      "obligatoire au-delà de ce seuil.",
                      row.organisation.printed, row.amount.text, euros(kAgreementThreshold)),
          {amount_value("montant", row.amount, row.source.line),
           computed_value("seuil", kAgreementThreshold)}));
    } else if (!row.instrument && !amount.is_zero()) {
      findings.push_back(make_finding(
          Severity::kWarning, "legal.instrument_missing", row_where(row),
          fmt::format("La ligne de {} ({}) n'indique aucun acte (convention ou avenant) : la "
                      "cellule « Avenant/convention » est vide.",
                      row.organisation.printed, row.amount.text),
          {amount_value("montant", row.amount, row.source.line)}));
    }
    if (amount.is_zero() && !reads_as_refusal(row)) {
      findings.push_back(make_finding(
          Severity::kWarning, "legal.refusal_not_stated", row_where(row),
          fmt::format("La ligne de {} est à {} sans être présentée comme un refus{}.",
                      row.organisation.printed, row.amount.text,
                      row.instrument
                          ? fmt::format(" ; elle porte même « {} »", row.instrument->printed)
                          : std::string()),
          {amount_value("montant", row.amount, row.source.line),
           {"acte", row.instrument ? row.instrument->printed : std::string(), "",
            row.source.line}}));
    }
  }
  return findings;
}

}  // namespace octroi
