// AnnexBuilder (see annex_builder.h): the dataset conventions shared by the
// deliberation text reader and the table reader.
#include "import/annex/annex_builder.h"

#include <algorithm>
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"

namespace octroi::annex_import {

namespace {

constexpr std::string_view kCarriedTerritoryNote =
    "Cellule territoire vide ; territoire repris de la ligne précédente (cellule fusionnée "
    "présumée), non imprimé.";

// The first "du JJ/MM/AA(AA) au JJ/MM/AA(AA)" of a description; an impossible
// date is kept as printed, flagged, and listed in `unreadable`.
std::optional<Printed<Period>> period_in(const std::string& description, int line,
                                         std::vector<UnreadableValue>& unreadable) {
  static const std::regex period_pattern(
      R"(du ([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}) au ([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}))");
  std::smatch match;
  if (!std::regex_search(description, match, period_pattern)) return std::nullopt;
  Printed<Period> printed;
  printed.text = match[0].str();
  printed.line = line;
  Result<Period> value = import::parse_printed_period(printed.text);
  if (value.ok()) {
    printed.value = *value;
  } else {
    printed.unparseable = true;
    printed.note = value.error().message();
    unreadable.push_back(UnreadableValue{
        line, printed.text, fmt::format("période illisible : {}", value.error().message())});
  }
  return printed;
}

}  // namespace

void AnnexBuilder::start_theme(int number, std::string label, std::string title,
                               std::string printed, int line) {
  const bool known =
      std::any_of(dataset_.themes.begin(), dataset_.themes.end(),
                  [&](const ThemeEntry& entry) { return entry.theme.number == number; });
  if (!known) {
    ThemeEntry entry;
    entry.theme.id = ThemeId(fmt::format("t{}", number));
    entry.theme.programme = programme_;
    entry.theme.number = number;
    entry.theme.title = title;
    entry.titles.push_back(PrintedTitle{"annex4", label, title, SourceLines{line, line}});
    // Keep themes in numerical order.
    auto at = std::find_if(dataset_.themes.begin(), dataset_.themes.end(),
                           [&](const ThemeEntry& other) { return other.theme.number > number; });
    dataset_.themes.insert(at, std::move(entry));
    dataset_.programme.call_themes.push_back(
        CallTheme{number, std::move(label), std::move(title), true, SourceLines{line, line}});
  }
  AnnexSection section;
  section.theme = number;
  section.heading = PrintedBlock{std::move(printed), SourceLines{line, line}, std::nullopt};
  dataset_.sections.push_back(std::move(section));
  section_ = static_cast<int>(dataset_.sections.size()) - 1;
  theme_ = number;
  operation_ = 0;
  territory_.reset();
  theme_total_seen_ = false;
}

void AnnexBuilder::start_operation(int number, std::string label, std::string title, int line) {
  operation_ = number;
  territory_.reset();
  if (dataset_.find_operation(theme_, number) != nullptr) return;
  OperationEntry entry;
  entry.operation.id = OperationId(fmt::format("t{}-o{}", theme_, number));
  entry.operation.theme = ThemeId(fmt::format("t{}", theme_));
  entry.operation.number = number;
  entry.operation.title = title;
  entry.theme = theme_;
  entry.titles.push_back(
      PrintedTitle{"annex4", std::move(label), std::move(title), SourceLines{line, line}});
  // Keep operations theme by theme, in numerical order.
  auto at = std::find_if(
      dataset_.operations.begin(), dataset_.operations.end(), [&](const OperationEntry& other) {
        return other.theme > theme_ || (other.theme == theme_ && other.operation.number > number);
      });
  dataset_.operations.insert(at, std::move(entry));
}

std::optional<std::string> AnnexBuilder::set_budget_line(std::string code, int line) {
  OperationEntry* entry = nullptr;
  for (OperationEntry& operation : dataset_.operations) {
    if (operation.theme == theme_ && operation.operation.number == operation_) entry = &operation;
  }
  if (entry == nullptr) return std::string("ligne budgétaire sans opération au-dessus");
  OperationBudgetLine& stated = entry->budget_line;
  if (stated.code.empty()) {
    stated = OperationBudgetLine{
        .code = std::move(code), .stated = true, .source = SourceLines{line, line}};
    return std::nullopt;
  }
  if (stated.code == code) return std::nullopt;
  return fmt::format(
      "ligne budgétaire « {} » : l'opération {} du thème {} est déjà imputée sur « {} "
      "» (ligne {})",
      code, operation_, theme_, stated.code, stated.source ? stated.source->line : 0);
}

OrganisationReference AnnexBuilder::organisation_for(const AwardInput& input) {
  const std::string_view printed = input.structure;
  const std::string key =
      input.organisation_id ? "id:" + input.organisation_id->key() : fold_text(printed);
  auto found = organisations_.find(key);
  if (found != organisations_.end()) {
    OrganisationEntry& entry = dataset_.organisations[found->second];
    if (entry.organisation.name != printed &&
        std::find(entry.aliases.begin(), entry.aliases.end(), printed) == entry.aliases.end()) {
      entry.aliases.emplace_back(printed);
    }
    if (!entry.organisation.siret && input.siret) entry.organisation.siret = input.siret;
    return OrganisationReference{std::string(printed), entry.organisation.id, std::nullopt};
  }
  std::string id;
  if (input.organisation_id && used_ids_.count(input.organisation_id->key()) == 0) {
    id = input.organisation_id->key();
  } else {
    std::string slug = text_import::organisation_slug(printed);
    if (slug.empty()) slug = "structure";
    id = slug;
    for (int n = 2; used_ids_.count(id) > 0; ++n) id = fmt::format("{}-{}", slug, n);
  }
  used_ids_.insert(id);
  OrganisationEntry entry;
  entry.organisation.id = OrganisationId(id);
  entry.organisation.name = std::string(printed);
  entry.organisation.siret = input.siret;
  organisations_.emplace(key, dataset_.organisations.size());
  dataset_.organisations.push_back(std::move(entry));
  return OrganisationReference{std::string(printed), OrganisationId(id), std::nullopt};
}

std::optional<std::string> AnnexBuilder::add_award(AwardInput input) {
  if (operation_ == 0) return "ligne de répartition avant toute opération";
  const int line = input.line;
  TerritoryReference territory{"", TerritoryScope::department_wide(), {}, std::nullopt};
  if (input.territory) {
    territory = *input.territory;
    territory_ = std::move(input.territory);
  } else {
    if (!territory_) {
      return "territoire absent, et aucun territoire à reprendre de la ligne précédente";
    }
    territory = TerritoryReference{"", territory_->scope, territory_->canonical_keys,
                                   std::string(kCarriedTerritoryNote)};
  }
  std::vector<PrintedQuantity> quantities;
  std::optional<Printed<Period>> period = std::move(input.period);
  if (input.description) {
    quantities = text_import::read_quantities(*input.description, line);
    if (!period) period = period_in(*input.description, line, unreadable_);
  }
  OrganisationReference organisation = organisation_for(input);
  int& count = row_counts_[{theme_, operation_}];
  ++count;
  const std::string id = fmt::format("t{}-o{}-{:02}", theme_, operation_, count);
  Award award{.id = AwardId(id),
              .organisation = organisation.id,
              .operation = OperationId(fmt::format("t{}-o{}", theme_, operation_)),
              .territory = territory.scope,
              .description = input.description.value_or(""),
              .quantity = input.quantity,
              .period = std::nullopt,
              .amount = input.amount,
              .instrument = input.instrument ? input.instrument->kind : LegalInstrument::kNone,
              .instrument_reference = std::nullopt};
  if (!award.quantity) {
    for (const PrintedQuantity& quantity : quantities) {
      if (quantity.quantity.value && quantity.domain_unit) {
        award.quantity = UnitQuantity{*quantity.quantity.value, *quantity.domain_unit};
        break;
      }
    }
  }
  if (period && period->value) award.period = *period->value;
  if (input.instrument) award.instrument_reference = input.instrument->printed;
  open_rows_.push_back(id);
  since_subtotal_.push_back(id);
  Printed<Amount> printed_amount{std::move(input.amount_text), input.amount, false, std::nullopt,
                                 line};
  dataset_.rows.push_back(AnnexRow{.award = std::move(award),
                                   .order = order_++,
                                   .section = section_,
                                   .theme = theme_,
                                   .operation = operation_,
                                   .territory = std::move(territory),
                                   .organisation = std::move(organisation),
                                   .description = std::move(input.description),
                                   .quantities = std::move(quantities),
                                   .period = std::move(period),
                                   .amount = std::move(printed_amount),
                                   .instrument = std::move(input.instrument),
                                   .source = SourceLines{line, line},
                                   .notes = std::nullopt});
  section_has_rows_ = true;
  return std::nullopt;
}

std::string AnnexBuilder::unique_total_id(const std::string& id) {
  std::string candidate = id;
  for (int n = 2; total_ids_.count(candidate) > 0; ++n) candidate = fmt::format("{}-{}", id, n);
  total_ids_.insert(candidate);
  return candidate;
}

std::optional<std::string> AnnexBuilder::add_total(std::optional<std::string> label, TotalKind kind,
                                                   std::string amount_text, Amount amount,
                                                   int line) {
  if (section_ < 0) return "total avant tout titre de thématique";
  DeclaredTotal total;
  total.order = order_;
  total.section = section_;
  total.theme = theme_;
  const bool unlabelled = !label.has_value();
  total.label = std::move(label);
  if (kind == TotalKind::kInferred) {
    kind = operation_ != 0 && !open_rows_.empty()    ? TotalKind::kOperation
           : section_has_rows_ && !theme_total_seen_ ? TotalKind::kTheme
                                                     : TotalKind::kProgramme;
  }
  switch (kind) {
    case TotalKind::kRows: {
      if (operation_ == 0 || since_subtotal_.empty()) {
        return "sous-total sans ligne de répartition à couvrir";
      }
      total.scope = TotalScope::kRows;
      total.operation = operation_;
      int& count = subtotal_counts_[{theme_, operation_}];
      ++count;
      total.id = unique_total_id(fmt::format("t{}-o{}-subtotal-{}", theme_, operation_, count));
      for (const std::string& id : since_subtotal_) total.listed.emplace_back(id);
      total.covered = total.listed;
      since_subtotal_.clear();
      break;
    }
    case TotalKind::kOperation:
      if (operation_ == 0) return "total d'opération avant toute opération";
      total.scope = TotalScope::kOperation;
      total.operation = operation_;
      total.id = unique_total_id(fmt::format("t{}-o{}-total", theme_, operation_));
      open_rows_.clear();
      since_subtotal_.clear();
      break;
    case TotalKind::kTheme:
      total.scope = TotalScope::kTheme;
      total.id = unique_total_id(fmt::format("t{}-total", theme_));
      theme_total_seen_ = true;
      break;
    case TotalKind::kInferred:
    case TotalKind::kProgramme:
      total.scope = TotalScope::kProgramme;
      total.id = unique_total_id("total");
      break;
  }
  total.amount = Printed<Amount>{std::move(amount_text), amount, false, std::nullopt, line};
  total.source = SourceLines{line, line};
  if (unlabelled) {
    total.notes = "Ligne de total sans libellé : montant seul dans la colonne des montants.";
  }
  ++order_;
  dataset_.totals.push_back(std::move(total));
  return std::nullopt;
}

void AnnexBuilder::finish() {
  // Operation and theme totals cover the award rows of their operation or
  // section; programme totals every row.
  for (DeclaredTotal& total : dataset_.totals) {
    if (total.scope == TotalScope::kRows) continue;
    total.covered.clear();
    for (const AnnexRow& row : dataset_.rows) {
      if (row.order > total.order) continue;
      const bool covered = total.scope == TotalScope::kProgramme ||
                           (row.section == total.section && (total.scope == TotalScope::kTheme ||
                                                             row.operation == *total.operation));
      if (covered) total.covered.push_back(row.award.id);
    }
  }
  for (const DeclaredTotal& total : dataset_.totals) {
    if (!total.amount.value) continue;
    Amount sum = Amount::zero();
    bool overflow = false;
    for (const AwardId& id : total.covered) {
      const AnnexRow* row = dataset_.find_row(id.key());
      if (row == nullptr || !row->amount.value) continue;
      Result<Amount> next = sum.plus(*row->amount.value);
      if (!next.ok()) {
        overflow = true;
        break;
      }
      sum = *next;
    }
    if (overflow || sum != *total.amount.value) {
      mismatches_.push_back(TotalMismatch{total.id, total.amount.line, *total.amount.value, sum});
    }
  }
}

}  // namespace octroi::annex_import
