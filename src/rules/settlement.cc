// Settlement: pro rata of places, score, cap by the actual cost.
#include "rules/settlement.h"

#include <fmt/format.h>

#include "money/format.h"
#include "rules/decimal.h"

namespace octroi {

namespace {

Error invalid(std::string message) { return Error(ErrorCode::kInvalidValue, std::move(message)); }

Status check(const SettlementInput& input) {
  if (input.granted.is_negative() || input.actual_cost.is_negative() ||
      input.advances_paid.is_negative()) {
    return invalid("solde : montant négatif");
  }
  if (input.places_planned <= Quantity::zero()) {
    return invalid("solde : le nombre de places prévues doit être positif");
  }
  if (input.places_achieved < Quantity::zero()) {
    return invalid("solde : nombre de places réalisées négatif");
  }
  for (const Rate rate : {input.quantitative_share, input.qualitative_score}) {
    if (rate.millionths() < 0 || rate.millionths() > Rate::kScale) {
      return invalid(fmt::format("solde : taux {} hors de 0 à 100 %", format_rate(rate)));
    }
  }
  return ok_status();
}

}  // namespace

std::string Settlement::outcome() const {
  if (!to_pay.is_zero()) return "reste à verser : " + format_amount(to_pay);
  if (!to_recover.is_zero()) return "à reverser : " + format_amount(to_recover);
  return "soldé : rien à verser ni à reverser";
}

Result<Settlement> settle(const SettlementInput& input) {
  OCTROI_TRY_STATUS(check(input));
  const Decimal granted = Decimal::from_amount(input.granted);
  const Decimal share = Decimal::from_rate(input.quantitative_share);
  OCTROI_TRY(Decimal ratio, Decimal::from_quantity(input.places_achieved)
                                .divided_by(Decimal::from_quantity(input.places_planned)));
  const bool above_plan = ratio > Decimal::from_integer(1);
  if (above_plan) ratio = Decimal::from_integer(1);

  Settlement out;
  OCTROI_TRY(Decimal quantitative_part, granted.times(share));
  OCTROI_TRY(Decimal quantitative, quantitative_part.times(ratio));
  OCTROI_TRY(out.quantitative, quantitative.to_amount(Rounding::kHalfUpToCent));
  OCTROI_TRY(Decimal qualitative_share, Decimal::from_integer(1).minus(share));
  OCTROI_TRY(Decimal qualitative_part, granted.times(qualitative_share));
  OCTROI_TRY(Decimal qualitative,
             qualitative_part.times(Decimal::from_rate(input.qualitative_score)));
  OCTROI_TRY(out.qualitative, qualitative.to_amount(Rounding::kHalfUpToCent));
  OCTROI_TRY(out.computed, out.quantitative.plus(out.qualitative));
  out.capped_by_cost = input.actual_cost < out.computed;
  out.settled = out.capped_by_cost ? input.actual_cost : out.computed;
  OCTROI_TRY(Amount difference, out.settled.minus(input.advances_paid));
  if (difference.is_negative()) {
    OCTROI_TRY(out.to_recover, difference.negated());
  } else {
    out.to_pay = difference;
  }

  OCTROI_TRY(Amount quantitative_max, quantitative_part.to_amount(Rounding::kHalfUpToCent));
  OCTROI_TRY(Amount qualitative_max, qualitative_part.to_amount(Rounding::kHalfUpToCent));
  out.lines.push_back(
      fmt::format("part quantitative : {} = {} × {} places réalisées / {} prévues{}",
                  format_amount(out.quantitative), format_amount(quantitative_max),
                  format_quantity(input.places_achieved), format_quantity(input.places_planned),
                  above_plan ? " (plafonnée aux places prévues)" : ""));
  out.lines.push_back(fmt::format("part qualitative : {} = {} × note {}",
                                  format_amount(out.qualitative), format_amount(qualitative_max),
                                  format_rate(input.qualitative_score)));
  out.lines.push_back(fmt::format("montant calculé : {} = {} + {}", format_amount(out.computed),
                                  format_amount(out.quantitative), format_amount(out.qualitative)));
  if (out.capped_by_cost) {
    out.lines.push_back(fmt::format("plafond appliqué : coût réel de l'action {} < {}",
                                    format_amount(input.actual_cost), format_amount(out.computed)));
  }
  out.lines.push_back(fmt::format("montant définitif : {} ; avances versées : {}",
                                  format_amount(out.settled), format_amount(input.advances_paid)));
  out.lines.push_back(out.outcome());
  return out;
}

}  // namespace octroi
