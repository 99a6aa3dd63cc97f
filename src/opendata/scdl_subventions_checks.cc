// The checks of an SCDL subventions file (see scdl_subventions_checks.h),
// moved here unchanged from the streaming validator so that both validators
// word their findings in one place.
#include "opendata/scdl_subventions_checks.h"

#include <fmt/format.h>
#include <vector>

namespace octroi {
namespace {

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// At most 80 bytes of `text`, cut on a character boundary.
std::string_view excerpt(std::string_view text) {
  constexpr std::size_t kShown = 80;
  if (text.size() <= kShown) return text;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

std::size_t position_of(std::string_view name) {
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    if (kScdlSubventionFields[f] == name) return f;
  }
  return 0;
}

}  // namespace

ScdlSubventionsChecks::ScdlSubventionsChecks(std::string file, char separator,
                                             const ScdlFindingSink& on_finding,
                                             const ScdlRowSink& on_row)
    : file_(std::move(file)), separator_(separator), on_finding_(on_finding), on_row_(on_row) {
  columns_.fill(kAbsent);
}

ScdlSubventionsChecks::ScdlSubventionsChecks(const ScdlSubventionsChecks& header,
                                             const ScdlFindingSink& on_finding)
    : file_(header.file_),
      separator_(header.separator_),
      on_finding_(on_finding),
      on_row_(header.on_row_),
      columns_(header.columns_),
      header_size_(header.header_size_) {
  summary_.old_header = header.summary_.old_header;
}

void ScdlSubventionsChecks::report(const ScdlFinding& finding) {
  ++summary_.findings;
  if (finding.old_format) ++summary_.old_format_findings;
  if (on_finding_) on_finding_(finding);
}

void ScdlSubventionsChecks::report_file(std::string message) {
  ScdlFinding finding;
  finding.location.file = file_;
  finding.message = std::move(message);
  report(finding);
}

void ScdlSubventionsChecks::report_at(const CsvRecord& record, const CsvField* field,
                                      std::string_view name, std::string message, bool old_format) {
  ScdlFinding finding;
  finding.location.file = file_;
  finding.location.line = field != nullptr ? field->line : record.line;
  finding.location.column = field != nullptr ? field->column : 0;
  finding.location.field = std::string(name);
  if (field != nullptr) finding.value = std::string(field->text);
  finding.message = std::move(message);
  finding.record = record.number;
  finding.old_format = old_format;
  report(finding);
}

void ScdlSubventionsChecks::check_encoding(const CsvRecord& record) {
  if (encoding_reported_) return;
  for (const CsvField& field : record.fields) {
    if (!field.windows1252) continue;
    encoding_reported_ = true;
    report_at(record, &field, "",
              fmt::format("encodage Windows-1252 détecté (octets qui ne sont pas de l'UTF-8, "
                          "lus comme Windows-1252 : « {} ») : le schéma SCDL demande un "
                          "fichier UTF-8 ; réenregistrez-le en « CSV UTF-8 »",
                          excerpt(field.text)));
    return;
  }
}

void ScdlSubventionsChecks::read_header(const CsvRecord& record) {
  header_size_ = record.fields.size();
  std::vector<std::string_view> names;
  for (const CsvField& field : record.fields) names.push_back(trimmed(field.text));
  bool exact = names.size() == kScdlSubventionFieldCount;
  for (std::size_t i = 0; exact && i < names.size(); ++i) {
    exact = names[i] == kScdlSubventionFields[i];
  }
  bool v1 = names.size() == kScdlSubventionFieldsV1.size();
  for (std::size_t i = 0; v1 && i < names.size(); ++i) {
    v1 = names[i] == kScdlSubventionFieldsV1[i];
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
      if (names[i] == kScdlSubventionFields[f] && columns_[f] == kAbsent) {
        columns_[f] = static_cast<int>(i);
      }
    }
  }
  if (exact) return;
  if (v1) {
    summary_.old_header = true;
    report_at(record, &record.fields.front(), "",
              "en-tête à l'ancien format SCDL 1.x (14 colonnes, sans rnaBeneficiaire ni "
              "dispositifAide) : le schéma 2.1.1 attend 16 colonnes",
              true);
    return;
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    bool known = false;
    for (std::string_view name : kScdlSubventionFields) known = known || names[i] == name;
    if (known) {
      if (i < kScdlSubventionFieldCount && names[i] != kScdlSubventionFields[i]) {
        report_at(record, &record.fields[i], names[i],
                  fmt::format("colonne « {} » en position {} : le schéma l'attend en position "
                              "{} (ordre attendu : {})",
                              names[i], i + 1, position_of(names[i]) + 1,
                              fmt::join(kScdlSubventionFields, ", ")));
      }
      continue;
    }
    std::string hint;
    for (std::string_view name : kScdlSubventionFields) {
      if (lower(names[i]) == lower(name)) hint = fmt::format(" (voulez-vous dire « {} » ?)", name);
    }
    report_at(record, &record.fields[i], names[i],
              fmt::format("colonne inconnue « {} »{} : le schéma SCDL subventions 2.1.1 ne la "
                          "prévoit pas",
                          names[i], hint));
  }
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    if (columns_[f] != kAbsent) continue;
    report_at(record, nullptr, kScdlSubventionFields[f],
              fmt::format("colonne « {} » absente de l'en-tête", kScdlSubventionFields[f]));
  }
}

const CsvField* ScdlSubventionsChecks::field_of(const CsvRecord& record,
                                                ScdlSubventionField field) const {
  const int column = columns_[static_cast<std::size_t>(field)];
  if (column == kAbsent || static_cast<std::size_t>(column) >= record.fields.size()) {
    return nullptr;
  }
  return &record.fields[static_cast<std::size_t>(column)];
}

Status ScdlSubventionsChecks::check_row(const CsvRecord& record) {
  ++summary_.rows;
  const std::int64_t before = summary_.findings;
  for (const CsvIssue& issue : record.issues) {
    ScdlFinding finding;
    finding.location = Location{file_, issue.line, issue.column, ""};
    finding.message = issue.message;
    finding.record = record.number;
    report(finding);
  }
  if (record.fields.size() != header_size_) {
    report_at(record, nullptr, "",
              fmt::format("{} champ(s) au lieu de {} (comme l'en-tête) : séparateur « {} » "
                          "dans une valeur non entourée de guillemets, ou colonne manquante",
                          record.fields.size(), header_size_, separator_));
    ++summary_.invalid_rows;
    return ok_status();
  }
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    const auto kind = static_cast<ScdlSubventionField>(f);
    const CsvField* field = field_of(record, kind);
    if (field == nullptr) continue;  // a missing column, reported once with the header
    if (auto bad = check_scdl_value(kind, field->text)) {
      ++summary_.findings_by_field[f];
      report_at(record, field, kScdlSubventionFields[f], std::move(bad->message), bad->old_format);
    }
  }
  const CsvField* siret = field_of(record, ScdlSubventionField::kIdBeneficiaire);
  const CsvField* rna = field_of(record, ScdlSubventionField::kRnaBeneficiaire);
  const bool has_siret = siret != nullptr && !trimmed(siret->text).empty();
  const bool has_rna = rna != nullptr && !trimmed(rna->text).empty();
  if (!has_siret && !has_rna && (siret != nullptr || rna != nullptr)) {
    ++summary_.findings_by_field[static_cast<std::size_t>(ScdlSubventionField::kIdBeneficiaire)];
    report_at(record, siret != nullptr ? siret : rna, "idBeneficiaire",
              "ni idBeneficiaire (SIRET) ni rnaBeneficiaire (numéro RNA) : l'un des deux est "
              "obligatoire");
  }
  if (summary_.findings != before) {
    ++summary_.invalid_rows;
    return ok_status();
  }
  ++summary_.valid_rows;
  const CsvField* amount_field = field_of(record, ScdlSubventionField::kMontant);
  Amount amount{};
  if (amount_field != nullptr) {
    auto parsed = scdl_amount(amount_field->text);
    if (parsed.ok()) amount = *parsed;
  }
  if (auto total = summary_.total.plus(amount); total.ok()) {
    summary_.total = *total;
  } else {
    total_overflowed_ = true;
  }
  if (!on_row_) return ok_status();
  fill_award(record, amount);
  return on_row_(award_);
}

// Fills award_ in place: its strings keep their capacity from row to row.
void ScdlSubventionsChecks::fill_award(const CsvRecord& record, Amount amount) {
  const auto set = [&](std::string& into, ScdlSubventionField field) {
    const CsvField* found = field_of(record, field);
    if (found != nullptr) {
      into.assign(found->text);
    } else {
      into.clear();
    }
  };
  OpendataAward& award = award_;
  award.line = record.line;
  set(award.attributing_name, ScdlSubventionField::kNomAttribuant);
  set(award.attributing_siret, ScdlSubventionField::kIdAttribuant);
  set(award.agreement_date, ScdlSubventionField::kDateConvention);
  set(award.decision_reference, ScdlSubventionField::kReferenceDecision);
  set(award.beneficiary_name, ScdlSubventionField::kNomBeneficiaire);
  set(award.beneficiary_siret, ScdlSubventionField::kIdBeneficiaire);
  set(award.beneficiary_rna, ScdlSubventionField::kRnaBeneficiaire);
  set(award.purpose, ScdlSubventionField::kObjet);
  award.amount = amount;
  set(award.nature, ScdlSubventionField::kNature);
  set(award.payment_terms, ScdlSubventionField::kConditionsVersement);
  const CsvField* period = field_of(record, ScdlSubventionField::kDatesPeriodeVersement);
  const std::string_view dates = period != nullptr ? period->text : std::string_view{};
  award.payment_start.assign(dates.substr(0, 10));
  award.payment_end.assign(dates.size() > 11 ? dates.substr(11) : dates.substr(0, 10));
  set(award.rae_id, ScdlSubventionField::kIdRae);
  const CsvField* notified = field_of(record, ScdlSubventionField::kNotificationUe);
  award.notified_to_eu = notified != nullptr && notified->text == "oui";
  set(award.percentage, ScdlSubventionField::kPourcentageSubvention);
  set(award.aid_scheme, ScdlSubventionField::kDispositifAide);
}

bool ScdlSubventionsChecks::row_is_valid(std::span<const std::string_view> fields,
                                         Amount& amount) const {
  // As check_row, on views: the same field lookup, value checks and rule.
  if (fields.size() != header_size_) return false;
  const auto field_at = [&](ScdlSubventionField field) -> const std::string_view* {
    const int column = columns_[static_cast<std::size_t>(field)];
    if (column == kAbsent || static_cast<std::size_t>(column) >= fields.size()) return nullptr;
    return &fields[static_cast<std::size_t>(column)];
  };
  // The common valid forms first; check_scdl_value has the last word.
  const bool plain = scdl_values_plainly_valid(fields, columns_);
  for (std::size_t f = 0; !plain && f < kScdlSubventionFieldCount; ++f) {
    const std::string_view* value = field_at(static_cast<ScdlSubventionField>(f));
    if (value == nullptr) continue;
    if (check_scdl_value(static_cast<ScdlSubventionField>(f), *value)) return false;
  }
  const std::string_view* siret = field_at(ScdlSubventionField::kIdBeneficiaire);
  const std::string_view* rna = field_at(ScdlSubventionField::kRnaBeneficiaire);
  const bool has_siret = siret != nullptr && !trimmed(*siret).empty();
  const bool has_rna = rna != nullptr && !trimmed(*rna).empty();
  if (!has_siret && !has_rna && (siret != nullptr || rna != nullptr)) return false;
  amount = Amount{};
  const std::string_view* montant = field_at(ScdlSubventionField::kMontant);
  if (montant != nullptr) {
    // check_scdl_value accepted it: digits, at most one point and two
    // decimals — read as scdl_amount reads it.
    std::int64_t cents = 0;
    std::size_t decimals = 0;
    for (char c : *montant) {
      if (c == '.') {
        decimals = 1;
        continue;
      }
      cents = cents * 10 + (c - '0');
      if (decimals > 0) ++decimals;
    }
    for (std::size_t i = decimals == 0 ? 0 : decimals - 1; i < 2; ++i) cents *= 10;
    amount = Amount::from_cents(cents);
  }
  return true;
}

void ScdlSubventionsChecks::count_valid_row(Amount amount) {
  ++summary_.rows;
  ++summary_.valid_rows;
  if (auto total = summary_.total.plus(amount); total.ok()) {
    summary_.total = *total;
  } else {
    total_overflowed_ = true;
  }
}

}  // namespace octroi
