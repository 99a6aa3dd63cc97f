// AnnexCsv (see annex_csv.h).
#include "docs/annex_csv.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "base/csv_cell.h"

namespace octroi::docs {

namespace {

constexpr std::array<std::string_view, 20> kHeaders{{
    "Thématique",   "Opération",   "Territoire",     "Structure",       "Identifiant structure",
    "SIRET",        "Description", "Quantité",       "Unité",           "Période début",
    "Période fin",  "Montant",     "Convention",     "Type de ligne",   "Programme",
    "Collectivité", "Organe",      "Date de séance", "N° délibération", "Ligne budgétaire",
}};

// "-1234,50": digits only, no thousands separator (a spreadsheet reads it as a number).
std::string plain_amount(Amount amount) {
  const std::int64_t cents = amount.cents();
  const auto magnitude =
      cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  return fmt::format("{}{},{:02}", cents < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

// "8,1", "50": up to four decimals, trailing zeros dropped.
std::string plain_quantity(Quantity quantity) {
  const std::int64_t units = quantity.units();
  const auto magnitude =
      units < 0 ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  const auto scale = static_cast<std::uint64_t>(Quantity::kScale);
  std::string text = fmt::format("{}{}", units < 0 ? "-" : "", magnitude / scale);
  std::string decimals = fmt::format("{:04}", magnitude % scale);
  while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
  if (!decimals.empty()) text += "," + decimals;
  return text;
}

std::string date_text(const Date& date) {
  return fmt::format("{:02}/{:02}/{:04}", date.day(), date.month(), date.year());
}

// "Département", "Arrageois et Artois": what the table reader reads back.
std::string territory_text(const TerritoryScope& scope) {
  if (scope.is_department_wide()) return "Département";
  std::string text;
  for (Territory territory : scope.territories()) {
    text += (text.empty() ? "" : " et ") + std::string(to_label(territory));
  }
  return text;
}

std::string_view scope_text(TotalScope scope) {
  switch (scope) {
    case TotalScope::kRows:
      return "sous-total";
    case TotalScope::kOperation:
      return "total opération";
    case TotalScope::kTheme:
      return "total thématique";
    case TotalScope::kProgramme:
      return "total général";
  }
  return "total";
}

class Writer {
 public:
  explicit Writer(const ProgrammeDataset& dataset) : dataset_(dataset) {
    const ProgrammeIdentity& identity = dataset.programme;
    title_ = identity.title.printed.empty() ? identity.programme.title : identity.title.printed;
    body_ = std::string(to_label(identity.session_body));
    if (identity.session_date.value) session_ = date_text(*identity.session_date.value);
  }

  std::string write() {
    out_ = "\xEF\xBB\xBF";
    std::array<std::string, kHeaders.size()> header;
    std::copy(kHeaders.begin(), kHeaders.end(), header.begin());
    line(header);
    std::vector<const AnnexRow*> rows;
    rows.reserve(dataset_.rows.size());
    for (const AnnexRow& row : dataset_.rows) rows.push_back(&row);
    std::vector<const DeclaredTotal*> totals;
    totals.reserve(dataset_.totals.size());
    for (const DeclaredTotal& total : dataset_.totals) totals.push_back(&total);
    auto by_order = [](const auto* a, const auto* b) { return a->order < b->order; };
    std::stable_sort(rows.begin(), rows.end(), by_order);
    std::stable_sort(totals.begin(), totals.end(), by_order);
    std::size_t r = 0;
    std::size_t t = 0;
    while (r < rows.size() || t < totals.size()) {
      if (t == totals.size() || (r < rows.size() && rows[r]->order <= totals[t]->order)) {
        award(*rows[r++]);
      } else {
        total(*totals[t++]);
      }
    }
    return std::move(out_);
  }

 private:
  using Line = std::array<std::string, kHeaders.size()>;

  void line(const Line& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out_ += ';';
      out_ += csv_cell(fields[i]);
    }
    out_ += "\r\n";
  }

  void identity(Line& fields) const {
    fields[14] = title_;
    fields[15] = dataset_.programme.programme.authority;
    fields[16] = body_;
    fields[17] = session_;
    fields[18] = dataset_.programme.deliberation_number;
  }

  std::string theme_text(int number) const {
    for (const ThemeEntry& theme : dataset_.themes) {
      if (theme.theme.number == number) return fmt::format("{}. {}", number, theme.theme.title);
    }
    return std::to_string(number);
  }

  std::string operation_text(int theme, int number) const {
    const OperationEntry* operation = dataset_.find_operation(theme, number);
    if (operation == nullptr) return std::to_string(number);
    return fmt::format("Opération {} : {}", number, operation->operation.title);
  }

  void award(const AnnexRow& row) {
    Line fields;
    fields[0] = theme_text(row.theme);
    fields[1] = operation_text(row.theme, row.operation);
    fields[2] = territory_text(row.award.territory);
    fields[3] =
        row.organisation.printed.empty() ? row.award.organisation.key() : row.organisation.printed;
    fields[4] = row.award.organisation.key();
    if (const OrganisationEntry* entry = dataset_.find_organisation(row.award.organisation.key());
        entry != nullptr && entry->organisation.siret) {
      fields[5] = entry->organisation.siret->digits();
    }
    fields[6] = row.description.value_or(row.award.description);
    if (row.award.quantity) {
      fields[7] = plain_quantity(row.award.quantity->value);
      fields[8] = std::string(to_label(row.award.quantity->unit));
    }
    if (row.award.period) {
      fields[9] = date_text(row.award.period->start());
      fields[10] = date_text(row.award.period->end());
    }
    fields[11] = plain_amount(row.award.amount);
    if (row.instrument) {
      fields[12] = row.instrument->printed;
    } else if (row.award.instrument_reference) {
      fields[12] = *row.award.instrument_reference;
    }
    fields[13] = "attribution";
    if (const OperationEntry* operation = dataset_.find_operation(row.theme, row.operation)) {
      fields[19] = operation->budget_line.code;
    }
    identity(fields);
    line(fields);
  }

  void total(const DeclaredTotal& total) {
    Line fields;
    fields[0] = theme_text(total.theme);
    if (total.operation) fields[1] = operation_text(total.theme, *total.operation);
    fields[3] = total.label.value_or("");
    if (total.amount.value) {
      fields[11] = plain_amount(*total.amount.value);
    } else {
      fields[11] = total.amount.text;
    }
    fields[13] = std::string(scope_text(total.scope));
    identity(fields);
    line(fields);
  }

  const ProgrammeDataset& dataset_;
  std::string title_;
  std::string body_;
  std::string session_;
  std::string out_;
};

}  // namespace

std::string annex_csv(const ProgrammeDataset& dataset) { return Writer(dataset).write(); }

}  // namespace octroi::docs
