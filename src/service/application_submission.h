// Submitting an application to a call: every check an application must pass
// before it is received (complete, in time, by an organisation with a SIRET,
// its period inside the call's, its budget adding up, the documents the call
// requires attached as PDFs), the form of receipt numbers, and the checks an
// attached file must pass. Pure: the date of submission is passed in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/application.h"
#include "domain/call.h"

namespace octroi {

// 10 MiB: the largest attachment received.
inline constexpr std::int64_t kMaxAttachmentBytes = std::int64_t{10} * 1024 * 1024;
inline constexpr std::string_view kPdfMediaType = "application/pdf";

// kInvalidValue when `bytes` is empty, larger than kMaxAttachmentBytes, or
// does not start with the PDF signature "%PDF-" (whatever its name says);
// kMissingField for an empty file name.
Status check_attachment(std::string_view file_name, std::string_view bytes);

// The application as submitted on `today`: status submitted, date set (the
// store issues the receipt number in its transaction). kInvalidValue listing
// every problem found, in French, when:
//  - it is not a draft, the call is not published, or `today` is outside the
//    call's application period (before opening or after the deadline);
//  - the operation is not one the call offers;
//  - the SIRET, the organisation's name, the title, the territories or the
//    requested amount (above zero) is missing;
//  - its period is not inside the call's action window;
//  - the budget's lines do not add up to its declared total, or the amount
//    requested exceeds that total;
//  - a document the call requires is not attached, or an attachment is not a PDF.
Result<Application> submit(Application application, const Call& call, Date today);

// "aap-2023-phase4-00001": the call's id and the sequence on five digits.
std::string receipt_number(const Call& call, std::int64_t sequence);

}  // namespace octroi
