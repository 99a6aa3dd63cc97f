// SCDL subventions export (see scdl_subventions_export.h).
#include "opendata/scdl_subventions_export.h"

#include <fmt/format.h>

#include "opendata/csv_reader.h"

namespace octroi {
namespace {

// The amendment the award's row names ("Avenant annexe 6"), or nullptr.
const AmendmentRecord* amendment_of(const ProgrammeDataset& dataset, const AnnexRow& row) {
  if (!row.instrument || row.instrument->kind != LegalInstrument::kAmendment) return nullptr;
  for (const AmendmentRecord& amendment : dataset.amendments) {
    if (amendment.organisation.id.key() != row.award.organisation.key()) continue;
    if (row.instrument->annex && *row.instrument->annex != amendment.annex) continue;
    return &amendment;
  }
  return nullptr;
}

// The signature date of the agreement the amendment amends.
std::optional<Date> agreement_date(const AmendmentRecord* amendment) {
  if (amendment == nullptr || !amendment->agreement.signed_on) return std::nullopt;
  return amendment->agreement.signed_on->value;
}

// The award's period, else the period the amendment gives its amount
// ("115 000 € … du 1er janvier au 31 décembre 2024").
std::optional<Period> payment_period(const AnnexRow& row, const AmendmentRecord* amendment) {
  if (row.award.period) return row.award.period;
  if (amendment == nullptr) return std::nullopt;
  for (const AmountClause& clause : amendment->amounts) {
    if (clause.amount.value && *clause.amount.value == row.award.amount && clause.period &&
        clause.period->value) {
      return clause.period->value;
    }
  }
  return std::nullopt;
}

}  // namespace

Status append_scdl_subventions(const Authority& authority, const ProgrammeDataset& dataset,
                               const ScdlExportOptions& options, ScdlSubventionExport& into) {
  if (authority.name.empty()) {
    return Error(ErrorCode::kMissingField,
                 "nom de la collectivité non renseigné (nomAttribuant) : octroi session authority "
                 "--name « Département du … »",
                 Location::of_field("authority.name"));
  }
  if (!authority.siret) {
    return Error(ErrorCode::kMissingField,
                 "SIRET de la collectivité non renseigné (idAttribuant, obligatoire dans le schéma "
                 "SCDL) : octroi session authority --siret 14CHIFFRES",
                 Location::of_field("authority.siret"));
  }
  const std::string decision = !dataset.programme.deliberation_number.empty()
                                   ? dataset.programme.deliberation_number
                                   : dataset.deliberation.number_text;
  for (const AnnexRow& row : dataset.rows) {
    const Award& award = row.award;
    if (award.is_refusal()) {
      ++into.refusals;
      continue;
    }
    if (!options.all && award.amount <= kScdlPublicationThreshold) {
      ++into.below_threshold;
      continue;
    }
    const OrganisationEntry* entry = dataset.find_organisation(award.organisation.key());
    ScdlUnpublishedAward lacks;
    lacks.programme = dataset.programme.programme.id.key();
    lacks.award = award.id.key();
    lacks.organisation = entry != nullptr ? entry->organisation.name : award.organisation.key();
    lacks.amount = award.amount;
    if (entry == nullptr || !entry->organisation.siret) {
      if (entry != nullptr && entry->siret) {
        lacks.missing.push_back(
            fmt::format("SIRET du bénéficiaire invalide « {} » "
                        "(organisations.yaml)",
                        entry->siret->printed));
      } else {
        lacks.missing.push_back("SIRET du bénéficiaire non renseigné (organisations.yaml)");
      }
    }
    const AmendmentRecord* amendment = amendment_of(dataset, row);
    const std::optional<Date> signed_on = agreement_date(amendment);
    const std::optional<Period> period = payment_period(row, amendment);
    if (!signed_on) {
      lacks.missing.push_back("date de signature de la convention inconnue (dateConvention)");
    }
    if (!period) {
      lacks.missing.push_back("période de l'opération inconnue (datesPeriodeVersement)");
    }
    std::string purpose = award.description;
    if (purpose.empty()) {
      if (const OperationEntry* operation = dataset.find_operation(row.theme, row.operation)) {
        purpose = operation->operation.title;
      }
    }
    if (purpose.empty()) {
      lacks.missing.push_back("objet de la subvention vide (objet)");
    } else if (utf8_length(purpose) > 256) {
      lacks.missing.push_back(
          fmt::format("objet de {} caractères, au plus 256 (objet)", utf8_length(purpose)));
    }
    if (!lacks.missing.empty()) {
      into.unpublished.push_back(std::move(lacks));
      continue;
    }
    into.rows.push_back({authority.name, authority.siret->digits(), signed_on->iso(), decision,
                         lacks.organisation, entry->organisation.siret->digits(), "", purpose,
                         scdl_amount_text(award.amount), "aide en numéraire", "échelonné",
                         period->start().iso() + "/" + period->end().iso(), "", "non", "1.00", ""});
  }
  return ok_status();
}

}  // namespace octroi
