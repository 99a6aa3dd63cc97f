// DocumentValues: how the document data builders write values (private to
// docs): amounts in figures and words, dates and periods in French, the
// printed names of organisations and operations.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "docs/template_data.h"
#include "domain/programme_dataset.h"
#include "money/amount.h"

namespace octroi::docs {

// "1 614 364,36 €" (format_amount).
std::string figures(Amount amount);
// "« Association »" -> "Association": templates add their own quotes.
std::string without_quotes(std::string text);
// "cent trente-trois mille trois cent soixante-dix-huit euros"; "" for a negative amount.
std::string words(Amount amount);
// A printed amount cell in figures, its text when it does not parse, "" when absent.
std::string optional_amount(const std::optional<Printed<Amount>>& cell);
// The organisation's canonical name, else the name printed on the row.
std::string organisation_name(const ProgrammeDataset& dataset, const AnnexRow& row);
// The title of the row's operation, "" when unknown.
std::string operation_title(const ProgrammeDataset& dataset, const AnnexRow& row);
// ASCII letters in lower case (for "contains" matching of names).
std::string lower_ascii(std::string_view text);
// "du 1er janvier 2023 au 31 décembre 2023", else the printed text.
std::string period_text(const Printed<Period>& period);
// "18 septembre 2023", the printed text when it does not parse, "" when absent.
std::string date_text(const std::optional<Printed<Date>>& date);
// organisation.id, name, legal_form, siret, address, representative, representative_title.
void set_organisation(TemplateData& data, const ProgrammeDataset& dataset,
                      const OrganisationReference& reference);

}  // namespace octroi::docs
