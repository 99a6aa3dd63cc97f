// Payment: an advance or a balance payment of an award, as agreements schedule
// them and accounting records them. A plain aggregate.
#pragma once

#include <optional>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/id.h"
#include "domain/payment_kind.h"
#include "money/amount.h"

namespace octroi {

struct Payment {
  PaymentId id{};   // "t1-o5-passeport-forma-advance"
  AwardId award{};  // "t1-o5-passeport-forma"
  PaymentKind kind = PaymentKind::kAdvance;
  Amount amount{};  // 4 125,00 €
  // Paid or planned on; absent while unknown ("à la signature du présent avenant").
  std::optional<Date> date{};

  // kMissingField for an empty id or award; kInvalidValue for a negative amount.
  // A zero balance payment is valid: everything was paid in advance.
  Status validate() const;
  static Result<Payment> create(Payment fields);
};

}  // namespace octroi
