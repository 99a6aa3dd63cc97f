// Settlement of a tranche: places counted per territory, then rules::settle.
#include "service/settlement.h"

#include <fmt/format.h>
#include <optional>

#include "money/format.h"

namespace octroi {

namespace {

std::string territory_name(const std::optional<Territory>& territory) {
  return territory ? std::string(to_label(*territory)) : std::string("ensemble");
}

}  // namespace

std::vector<std::string> TrancheSettlement::explanation() const {
  std::vector<std::string> out = place_lines;
  out.push_back(fmt::format("places retenues : {} sur {} prévues", format_quantity(places_counted),
                            format_quantity(places_planned)));
  out.insert(out.end(), settlement.lines.begin(), settlement.lines.end());
  return out;
}

Result<TrancheSettlement> settle_tranche(const AgreementFile& file, std::string_view key,
                                         Amount paid) {
  const FundingTranche* tranche = file.find_tranche(key);
  if (tranche == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("{} : tranche « {} » inconnue", file.title(), key));
  }
  const ReviewReport* review = file.find_review(key);
  if (review == nullptr) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("{} : aucun bilan reçu pour la tranche {} (dû le {})", file.title(),
                             key, tranche->review_due.iso()));
  }
  TrancheSettlement out;
  out.tranche = tranche->key;
  out.amount = tranche->amount;
  OCTROI_TRY(out.places_planned, total_of(tranche->targets, IndicatorKind::kPlaces));
  if (out.places_planned.is_zero()) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : la tranche {} n'a pas d'objectif de places : le solde ne peut "
                             "pas être calculé au prorata des places réalisées",
                             file.title(), key));
  }
  bool reported = false;
  for (const Indicator& indicator : review->indicators) {
    if (indicator.kind == IndicatorKind::kPlaces) reported = true;
  }
  if (!reported) {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} : le bilan {} ne donne pas les places réalisées (indicateur "
                             "places[:TERRITOIRE]=NOMBRE)",
                             file.title(), key));
  }
  OCTROI_TRY(Quantity achieved_total, total_of(review->indicators, IndicatorKind::kPlaces));
  bool per_territory = true;
  for (const Indicator& target : tranche->targets) {
    if (target.kind == IndicatorKind::kPlaces && !target.territory) per_territory = false;
  }
  if (!per_territory) {
    // A total target: totals compared (cap 1 by rules::settle, at the planned places).
    out.places_counted = achieved_total < out.places_planned ? achieved_total : out.places_planned;
    out.place_lines.push_back(fmt::format("places réalisées : {} pour {} prévues",
                                          format_quantity(achieved_total),
                                          format_quantity(out.places_planned)));
  } else {
    Quantity counted = Quantity::zero();
    for (const Indicator& target : tranche->targets) {
      if (target.kind != IndicatorKind::kPlaces) continue;
      Quantity achieved = Quantity::zero();
      for (const Indicator& indicator : review->indicators) {
        if (indicator.kind == IndicatorKind::kPlaces && indicator.territory == target.territory) {
          OCTROI_TRY(achieved, achieved.plus(indicator.value));
        }
      }
      const Quantity retained = achieved < target.value ? achieved : target.value;
      OCTROI_TRY(counted, counted.plus(retained));
      out.place_lines.push_back(
          fmt::format("{} : {} places réalisées pour {} prévues, {} retenues{}",
                      territory_name(target.territory), format_quantity(achieved),
                      format_quantity(target.value), format_quantity(retained),
                      achieved > target.value ? " (plafonnées à l'objectif du territoire)" : ""));
    }
    for (const Indicator& indicator : review->indicators) {
      if (indicator.kind != IndicatorKind::kPlaces) continue;
      bool targeted = false;
      for (const Indicator& target : tranche->targets) {
        if (target.kind == IndicatorKind::kPlaces && target.territory == indicator.territory) {
          targeted = true;
        }
      }
      if (!targeted) {
        out.place_lines.push_back(
            fmt::format("{} : {} places réalisées hors objectif, non retenues",
                        territory_name(indicator.territory), format_quantity(indicator.value)));
      }
    }
    out.places_counted = counted;
  }
  SettlementInput input{.granted = tranche->amount,
                        .quantitative_share = tranche->quantitative_share,
                        .places_planned = out.places_planned,
                        .places_achieved = out.places_counted,
                        .qualitative_score = review->qualitative_score,
                        .actual_cost = review->actual_cost,
                        .advances_paid = paid};
  OCTROI_TRY(out.settlement, settle(input));
  return out;
}

}  // namespace octroi
