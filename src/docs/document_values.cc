// DocumentValues: formatting shared by the document data builders.
#include "docs/document_values.h"

#include "calendar/format.h"
#include "money/format.h"
#include "money/words.h"

namespace octroi::docs {

std::string figures(Amount amount) { return format_amount(amount); }

// "« Association »" as the reference prints it -> "Association": templates add their own quotes.
std::string without_quotes(std::string text) {
  for (std::string_view mark : {"«", "»", "\u00A0", "\u202F"}) {
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark)) {
      text.erase(at, mark.size());
    }
  }
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string words(Amount amount) {
  Result<std::string> text = amount_in_words(amount);
  return text.ok() ? *text : std::string();
}

std::string optional_amount(const std::optional<Printed<Amount>>& cell) {
  if (!cell) return {};
  if (cell->value) return figures(*cell->value);
  return cell->text;
}

std::string organisation_name(const ProgrammeDataset& dataset, const AnnexRow& row) {
  const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
  return entry != nullptr ? entry->organisation.name : row.organisation.printed;
}

std::string operation_title(const ProgrammeDataset& dataset, const AnnexRow& row) {
  const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
  return operation != nullptr ? operation->operation.title : std::string();
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string period_text(const Printed<Period>& period) {
  return period.value ? format_period_long(*period.value) : period.text;
}

std::string date_text(const std::optional<Printed<Date>>& date) {
  if (!date) return {};
  return date->value ? format_date_long(*date->value) : date->text;
}

void set_organisation(TemplateData& data, const ProgrammeDataset& dataset,
                      const OrganisationReference& reference) {
  const OrganisationEntry* entry = dataset.find_organisation(reference.id.key());
  const Organisation body = entry != nullptr ? entry->organisation : Organisation{};
  data.set("organisation.id", reference.id.key());
  data.set("organisation.name", entry != nullptr ? body.name : reference.printed);
  data.set("organisation.legal_form", without_quotes(body.legal_form));
  data.set("organisation.siret", body.siret ? body.siret->digits() : std::string());
  data.set("organisation.address", body.address);
  data.set("organisation.representative", body.representative_name);
  data.set("organisation.representative_title", body.representative_title);
}

}  // namespace octroi::docs
