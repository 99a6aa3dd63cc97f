// AgreementLifecycle: draft, send, sign, amend, review, close.
#include "service/agreement_lifecycle.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "calendar/format.h"
#include "money/format.h"
#include "service/payment_rules.h"
#include "service/payment_schedule.h"

namespace octroi {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Error refused_move(const AgreementFile& file, AgreementStatus to) {
  return Error(ErrorCode::kInvalidValue,
               fmt::format("{} : impossible de passer de l'état « {} » à l'état « {} »",
                           file.title(), to_label(file.status), to_label(to)));
}

Period whole_year(int year) {
  return Period::create(Date::create(year, 1, 1).value(), Date::create(year, 12, 31).value())
      .value();
}

Result<const AnnexRow*> find_row(const ProgrammeDataset& dataset, std::string_view wanted) {
  for (const AnnexRow& row : dataset.rows) {
    if (row.award.id.key() == wanted) return &row;
  }
  std::vector<const AnnexRow*> matches;
  const std::string needle = lower(wanted);
  for (const AnnexRow& row : dataset.rows) {
    const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
    const bool by_id = row.award.organisation.key() == wanted;
    const bool by_name = entry != nullptr && lower(entry->organisation.name) == needle;
    if ((by_id || by_name) && !row.award.is_refusal()) matches.push_back(&row);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("aucune attribution « {} » dans le programme (ni clé "
                             "d'attribution, ni structure)",
                             wanted));
  }
  std::string keys;
  for (const AnnexRow* row : matches) keys += (keys.empty() ? "" : ", ") + row->award.id.key();
  return Error(ErrorCode::kInvalidValue,
               fmt::format("la structure « {} » a {} attributions ({}) : nommez-en une", wanted,
                           matches.size(), keys));
}

// The row's quantity (its first printed one): 230 places.
std::optional<Quantity> quantity_of(const AnnexRow& row) {
  if (row.award.quantity) return row.award.quantity->value;
  if (!row.quantities.empty()) return row.quantities.front().quantity.value;
  return std::nullopt;
}

const AmendmentRecord* amendment_of_row(const ProgrammeDataset& dataset, const AnnexRow& row) {
  if (!row.instrument || row.instrument->kind != LegalInstrument::kAmendment) return nullptr;
  for (const AmendmentRecord& amendment : dataset.amendments) {
    if (row.instrument->annex && amendment.annex == *row.instrument->annex) return &amendment;
  }
  return nullptr;
}

std::string budget_line_of(const ProgrammeDataset& dataset, const AnnexRow& row,
                           const AmendmentRecord* amendment) {
  if (amendment != nullptr && !amendment->budget_lines.empty()) {
    return amendment->budget_lines.front().code;
  }
  if (const OperationEntry* operation = dataset.find_operation(row.theme, row.operation)) {
    if (!operation->budget_line.code.empty()) return operation->budget_line.code;
    const std::string& key = operation->operation.budget_line.key();
    if (const BudgetTableRow* budget = find_budget_row(dataset, key)) return *budget->code;
    std::string upper = key;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return upper;
  }
  return "";
}

// The tranches an amendment sets: one per amount clause (the total of the
// agreement left out, a clause restated in the annex counted once).
Result<std::vector<FundingTranche>> tranches_of(const AmendmentRecord& amendment,
                                                Date date_of_effect, const AnnexRow* row) {
  std::vector<FundingTranche> out;
  std::vector<std::pair<std::optional<int>, Amount>> seen;
  for (const AmountClause& clause : amendment.amounts) {
    if (!clause.amount.value) continue;
    const std::string applies = clause.applies_to.value_or("");
    if (lower(applies).find("total de la convention") != std::string::npos) continue;
    const auto identity = std::make_pair(clause.origin.year, *clause.amount.value);
    if (std::find(seen.begin(), seen.end(), identity) != seen.end()) continue;
    seen.push_back(identity);

    // The period: of the same year, else the one the clause names, else the
    // one whose scheme contains the clause's, else the year of effect.
    std::optional<Period> period;
    if (clause.period && clause.period->value) period = *clause.period->value;
    for (const PeriodClause& candidate : amendment.periods) {
      if (period || !candidate.period.value) continue;
      if (clause.origin.year && candidate.origin.year == clause.origin.year) {
        period = *candidate.period.value;
      }
    }
    std::string scheme = lower(applies);
    for (const std::string prefix : {"dispositifs ", "dispositif "}) {
      if (scheme.starts_with(prefix)) scheme = scheme.substr(prefix.size());
    }
    for (const PeriodClause& candidate : amendment.periods) {
      if (period || !candidate.period.value || scheme.empty()) continue;
      if (lower(candidate.applies_to.value_or("")).find(scheme) != std::string::npos) {
        period = *candidate.period.value;
      }
    }
    const int year =
        clause.origin.year.value_or(period ? period->end().year() : date_of_effect.year());
    if (!period) period = whole_year(year);

    FundingTranche tranche{.key = std::to_string(year),
                           .label = applies,
                           .period = *period,
                           .amount = *clause.amount.value,
                           .review_due = default_review_due(*period)};
    int same_year = 1;
    for (const FundingTranche& other : out) {
      if (other.key == tranche.key || other.key.starts_with(tranche.key + "-")) ++same_year;
    }
    if (same_year > 1) tranche.key += "-" + std::to_string(same_year);
    for (const SplitClause& split : amendment.splits) {
      if (split.part == "quantitative" && split.rate.value &&
          (!split.origin.year || split.origin.year == year)) {
        tranche.quantitative_share = *split.rate.value;
      }
    }
    for (const PlacesClause& places : amendment.places) {
      if (places.origin.year != year || !places.quantity.quantity.value) continue;
      Indicator target{.kind = IndicatorKind::kPlaces, .value = *places.quantity.quantity.value};
      if (!places.territory.canonical_keys.empty()) {
        OCTROI_TRY(target.territory, territory_from_key(places.territory.canonical_keys.front()));
      }
      tranche.targets.push_back(target);
    }
    // No places printed for the tranche: the annex row's quantity, when it is the row's amount.
    if (tranche.targets.empty() && row != nullptr && row->award.amount == tranche.amount) {
      if (std::optional<Quantity> row_places = quantity_of(*row)) {
        tranche.targets.push_back(Indicator{.kind = IndicatorKind::kPlaces, .value = *row_places});
      }
    }
    for (const ReviewClause& review : amendment.review) {
      if (review.deadline && review.deadline->value && *review.deadline->value >= period->end()) {
        tranche.review_due = *review.deadline->value;
      }
    }
    out.push_back(std::move(tranche));
  }
  return out;
}

// The award's own tranche of a standard agreement.
FundingTranche tranche_of_row(const AnnexRow& row, Date date_of_effect) {
  const Period period = row.award.period ? *row.award.period : whole_year(date_of_effect.year());
  FundingTranche tranche{.key = std::to_string(period.end().year()),
                         .label = row.award.description,
                         .period = period,
                         .amount = row.award.amount,
                         .review_due = default_review_due(period)};
  if (std::optional<Quantity> places = quantity_of(row)) {
    tranche.targets.push_back(Indicator{.kind = IndicatorKind::kPlaces, .value = *places});
  }
  return tranche;
}

}  // namespace

Result<Rate> advance_rate_on(const ParameterSet& parameters, Date date) {
  OCTROI_TRY(ParameterValue rate, parameters.value_at("advance_rate", date));
  OCTROI_TRY(Decimal millionths, rate.value.times(Decimal::from_integer(Rate::kScale)));
  // An exact count of millionths has no cents once read as euros.
  OCTROI_TRY(Amount as_amount, millionths.to_amount(Rounding::kHalfUpToCent));
  OCTROI_TRY(Decimal back, Decimal::from_amount(as_amount).minus(millionths));
  if (!(back == Decimal::from_integer(0)) || as_amount.cents_part() != 0) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("paramètre advance_rate : {} n'est pas un taux au millionième près",
                             rate.printed));
  }
  return Rate::from_millionths(as_amount.euros_part());
}

Result<Amount> advance_of(const FundingTranche& tranche, Rate rate) {
  OCTROI_TRY(AdvanceSplit split, split_advance(tranche.amount, Decimal::from_rate(rate)));
  return split.advance;
}

Result<AgreementFile> draft_agreement(const ProgrammeDataset& dataset, std::string_view programme,
                                      std::string_view award, Rate advance_rate,
                                      Date date_of_effect, Date today) {
  OCTROI_TRY(const AnnexRow* row, find_row(dataset, award));
  if (row->award.is_refusal()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("l'attribution {} est un refus (0,00 €) : pas de convention",
                             row->award.id.key()));
  }
  const AmendmentRecord* amendment = amendment_of_row(dataset, *row);
  AgreementFile file;
  file.programme = std::string(programme);
  file.award = row->award.id;
  file.organisation = row->award.organisation;
  file.drafted_on = today;
  file.advance_rate = advance_rate;
  file.budget_line = budget_line_of(dataset, *row, amendment);
  if (const OperationEntry* operation = dataset.find_operation(row->theme, row->operation)) {
    file.subject = operation->operation.title;
  }
  if (amendment == nullptr) {
    file.tranches.push_back(tranche_of_row(*row, date_of_effect));
  } else {
    // The agreement as it stood before the amendment: its tranches other than
    // the one this deliberation grants (the award's amount), under its number.
    file.subject = amendment->agreement.title;
    OCTROI_TRY(file.number, AgreementNumber::parse(amendment->agreement.number));
    OCTROI_TRY(auto tranches, tranches_of(*amendment, date_of_effect, row));
    for (FundingTranche& tranche : tranches) {
      if (tranche.amount != row->award.amount) file.tranches.push_back(std::move(tranche));
    }
    // An amendment that prints no amounts: the award's row is all we know.
    if (tranches.empty()) file.tranches.push_back(tranche_of_row(*row, date_of_effect));
  }
  OCTROI_TRY_STATUS(file.validate());
  return file;
}

Status send_agreement(AgreementFile& file, Date on) {
  if (!can_move(file.status, AgreementStatus::kSent)) {
    return refused_move(file, AgreementStatus::kSent);
  }
  file.status = AgreementStatus::kSent;
  file.sent_on = on;
  return ok_status();
}

Status sign_agreement(AgreementFile& file, Date on, std::optional<AgreementNumber> number) {
  if (!can_move(file.status, AgreementStatus::kSigned)) {
    return refused_move(file, AgreementStatus::kSigned);
  }
  if (file.tranches.empty()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : aucune tranche de financement, rien à signer", file.title()));
  }
  if (number) file.number = number;
  file.status = AgreementStatus::kSigned;
  file.signed_on = on;
  return ok_status();
}

Status amend_from_dataset(AgreementFile& file, const ProgrammeDataset& dataset, Date signed_on) {
  if (!can_move(file.status, AgreementStatus::kAmended)) {
    return refused_move(file, AgreementStatus::kAmended);
  }
  const AmendmentRecord* amendment = nullptr;
  for (const AmendmentRecord& candidate : dataset.amendments) {
    if (file.number && candidate.agreement.number == file.number->text()) amendment = &candidate;
  }
  if (amendment == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("le programme ne contient aucun avenant à la {}", file.title()));
  }
  for (const AmendmentEntry& entry : file.amendments) {
    if (entry.reference == amendment->id) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("l'avenant n°{} à la {} est déjà enregistré (signé le {})",
                               entry.ordinal, file.title(), format_date_long(entry.signed_on)));
    }
  }
  if (file.signed_on && signed_on < *file.signed_on) {
    return Error(
        ErrorCode::kInvalidValue,
        fmt::format("avenant signé le {}, avant la {} (signée le {})", format_date_long(signed_on),
                    file.title(), format_date_long(*file.signed_on)));
  }
  const AnnexRow* row = nullptr;
  for (const AnnexRow& candidate : dataset.rows) {
    if (candidate.instrument && candidate.instrument->annex == amendment->annex) row = &candidate;
  }
  const Date year_of_effect =
      file.tranches.empty() ? signed_on : file.tranches.front().period.start();
  OCTROI_TRY(auto after, tranches_of(*amendment, year_of_effect, row));
  AmendmentEntry entry{.ordinal = amendment->number, .signed_on = signed_on};
  entry.reference = amendment->id;
  for (const ModifiedArticle& article : amendment->modifies) {
    entry.replaced_articles.push_back(article.article);
  }
  entry.before = file.tranches;
  entry.retention_before = file.retention_until;
  std::vector<FundingTranche> merged;
  for (const FundingTranche& tranche : file.tranches) {
    const bool replaced = std::any_of(
        after.begin(), after.end(), [&](const FundingTranche& t) { return t.key == tranche.key; });
    if (!replaced) merged.push_back(tranche);
  }
  for (const FundingTranche& tranche : after) merged.push_back(tranche);
  std::sort(merged.begin(), merged.end(),
            [](const FundingTranche& a, const FundingTranche& b) { return a.key < b.key; });
  entry.after = after;
  if (amendment->retention_until && amendment->retention_until->date.value) {
    file.retention_until = *amendment->retention_until->date.value;
  }
  entry.retention_after = file.retention_until;
  file.tranches = std::move(merged);
  file.amendments.push_back(std::move(entry));
  file.status = AgreementStatus::kAmended;
  return file.validate();
}

Status record_review(AgreementFile& file, ReviewReport review) {
  if (!is_in_force(file.status)) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : un bilan ne s'enregistre que sur une convention signée "
                             "(état « {} »)",
                             file.title(), to_label(file.status)));
  }
  if (file.find_tranche(review.tranche) == nullptr) {
    std::string keys;
    for (const FundingTranche& tranche : file.tranches)
      keys += (keys.empty() ? "" : ", ") + tranche.key;
    return Error(ErrorCode::kNotFound, fmt::format("{} : tranche « {} » inconnue (tranches : {})",
                                                   file.title(), review.tranche, keys));
  }
  OCTROI_TRY_STATUS(review.validate());
  for (ReviewReport& existing : file.reviews) {
    if (existing.tranche != review.tranche) continue;
    if (existing.settlement) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("{} : le bilan {} est déjà soldé (le {}) ; il ne se modifie plus",
                               file.title(), review.tranche,
                               format_date_long(existing.settlement->settled_on)));
    }
    existing = std::move(review);
    return ok_status();
  }
  file.reviews.push_back(std::move(review));
  return ok_status();
}

Status close_agreement(AgreementFile& file, Date on) {
  if (!can_move(file.status, AgreementStatus::kClosed)) {
    return refused_move(file, AgreementStatus::kClosed);
  }
  for (const FundingTranche& tranche : file.tranches) {
    const ReviewReport* review = file.find_review(tranche.key);
    if (review == nullptr || !review->settlement) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("{} : la tranche {} n'est pas soldée (bilan {}) : clôture refusée",
                               file.title(), tranche.key,
                               review == nullptr ? "non reçu" : "reçu, non soldé"));
    }
  }
  file.status = AgreementStatus::kClosed;
  file.closed_on = on;
  return ok_status();
}

}  // namespace octroi
