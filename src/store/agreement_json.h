// Canonical JSON (sorted keys, no spaces) of an AgreementFile, kept whole in
// agreements.document and journaled before and after each change; and the
// decoder back. Dates are ISO 8601 text, amounts integer cents, rates
// millionths, quantities ten-thousandths (exact integers: no floating point);
// an absent optional value is null. The decoder never throws: a malformed
// document is kIo naming the agreement; a decoded file is validated.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/agreement_file.h"
#include "service/agreement_repository.h"

namespace octroi::store {

std::string agreement_json(const AgreementFile& file);
Result<AgreementFile> agreement_from_json(std::string_view text);

// A payment as the journal records it: agreement, amount (cents), budget
// line, kind, date, programme, tranche.
std::string payment_json(const PaymentRecord& payment);

}  // namespace octroi::store
