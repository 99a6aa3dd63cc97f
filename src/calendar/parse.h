// Parsing of dates and periods as French documents write them. Errors quote
// the text and say what is wrong ("date impossible « 31/11/2024 » : novembre
// 2024 n'a que 30 jours").
#pragma once

#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "calendar/period.h"

namespace octroi {

// "01/09/23" (two-digit years are 20yy), "01/09/2023", "1/9/2023",
// "1er janvier 2023", "1^{er} novembre 2023", "1 er janvier 2023",
// "31 décembre 2024" (month names in any case, with or without accents),
// ISO 8601 "2023-09-18". Spaces may be ordinary, no-break (U+00A0) or narrow
// no-break (U+202F); surrounding spaces are ignored. Years have four digits
// except in "dd/mm/yy".
// kImpossibleDate for a well-formed date absent from the calendar, with the
// text quoted ("date impossible « 31/11/2024 » : novembre 2024 n'a que 30
// jours"); kInvalidDate for anything else (day outside 1..31, month outside
// 1..12, unknown month name, malformed text), with the text quoted and
// Location.column (1-based, in characters of `text`) on the faulty part.
Result<Date> parse_date(std::string_view text);

// "du 01/12/2023 au 31/11/2024", "01/01/2022 au 30/06/2022",
// "du 1er janvier au 31 décembre 2023" (the start takes the end's year, or
// the previous year when it would fall after the end), "du 1^{er} septembre
// 2023 au 31 décembre 2024", "sur la période du ... au ...". The opening
// words are optional: "du", "[sur|pour] [la] période du", "Opération(s) du",
// "allant du" (any case). Only the start may lack its year.
// A bad end gives parse_date's code, its message prefixed by "début de la
// période « … » : " or "fin de la période « … » : ", Location.column in
// `text`. kInvalidPeriod when "au" or one end is missing, or the end precedes
// the start ("la fin (1er janvier 2023) précède le début (31 décembre 2023)").
Result<Period> parse_period(std::string_view text);

}  // namespace octroi
