// The SCDL "subventions" table schema 2.1.1
// (data/opendata/scdl-subventions-2.1.1.schema.json): its 16 fields in
// order, and the check of one value of each field — the schema's type,
// pattern, enumeration, length and bounds, plus what the schema leaves out
// and publishers get wrong: the SIRET's Luhn key (the schema's custom check
// french-siret-value), a SIRET a spreadsheet turned into "3.84578E+13", an
// impossible date (2023-02-30), a period ending before it starts, a French
// decimal comma, the SCDL 1.x period separator '_'. Checks allocate nothing
// when the value is valid, so a million rows validate quickly.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/date.h"
#include "money/amount.h"

namespace octroi {

enum class ScdlSubventionField : std::size_t {
  kNomAttribuant,          // string, required
  kIdAttribuant,           // SIRET, required
  kDateConvention,         // date, required
  kReferenceDecision,      // string
  kNomBeneficiaire,        // string, required
  kIdBeneficiaire,         // SIRET; this or rnaBeneficiaire is required
  kRnaBeneficiaire,        // ^W\d{9}$
  kObjet,                  // string, required, at most 256 characters
  kMontant,                // number (point decimal), required
  kNature,                 // enumeration, required
  kConditionsVersement,    // string, required, at most 256 characters
  kDatesPeriodeVersement,  // date or date/date, required
  kIdRae,                  // string, at most 5 characters
  kNotificationUe,         // oui | non, required
  kPourcentageSubvention,  // number in [0.01, 1], required
  kDispositifAide,         // string
};
inline constexpr std::size_t kScdlSubventionFieldCount = 16;

inline constexpr std::array<std::string_view, kScdlSubventionFieldCount> kScdlSubventionFields = {
    "nomAttribuant",   "idAttribuant",   "dateConvention",        "referenceDecision",
    "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire",       "objet",
    "montant",         "nature",         "conditionsVersement",   "datesPeriodeVersement",
    "idRAE",           "notificationUE", "pourcentageSubvention", "dispositifAide"};

// The fields of the SCDL 1.x subventions files (no rnaBeneficiaire nor
// dispositifAide; periods written with '_'), recognised and reported.
inline constexpr std::array<std::string_view, 14> kScdlSubventionFieldsV1 = {
    "nomAttribuant",
    "idAttribuant",
    "dateConvention",
    "referenceDecision",
    "nomBeneficiaire",
    "idBeneficiaire",
    "objet",
    "montant",
    "nature",
    "conditionsVersement",
    "datesPeriodeVersement",
    "idRAE",
    "notificationUE",
    "pourcentageSubvention"};

inline constexpr std::string_view field_name(ScdlSubventionField field) {
  return kScdlSubventionFields[static_cast<std::size_t>(field)];
}

// The awards the law requires to publish: above 23 000 € (décret 2017-779,
// loi 2000-321 art. 10: "dont le montant dépasse 23 000 euros").
inline constexpr Amount kScdlPublicationThreshold = Amount::from_cents(2'300'000);

// What is wrong with one value: the French explanation of what was
// expected, and whether it is the SCDL 1.x period form.
struct ScdlValueProblem {
  std::string message{};
  bool old_format = false;
};

// Checks `value` (already without surrounding quotes) as a value of `field`.
// nullopt when valid. The cross-field rule (idBeneficiaire or
// rnaBeneficiaire) is the validator's.
std::optional<ScdlValueProblem> check_scdl_value(ScdlSubventionField field, std::string_view value);

// A quick look for the common valid forms, allocating nothing: true only
// when check_scdl_value(field, value) finds nothing; false means "ask
// check_scdl_value" (the value may still be valid: La Poste's SIRETs,
// leading spaces, 0.010 as a percentage…).
bool scdl_value_plainly_valid(ScdlSubventionField field, std::string_view value);
// scdl_value_plainly_valid of each field of a row: `columns[f]` is the index
// in `values` of field f (negative or past the end: not in the file).
bool scdl_values_plainly_valid(std::span<const std::string_view> values,
                               const std::array<int, kScdlSubventionFieldCount>& columns);

// Typed readings of valid values (REQUIRES: check_scdl_value found nothing;
// otherwise an Error with the same message).
Result<Amount> scdl_amount(std::string_view value);  // "47800.20"
Result<Date> scdl_date(std::string_view value);      // "2017-06-27"
struct ScdlPeriod {
  Date start;
  Date end;
};
Result<ScdlPeriod> scdl_period(std::string_view value);  // "2017-03-14/2018-03-14"

// "47800.20": the schema's number form of an amount.
std::string scdl_amount_text(Amount amount);

}  // namespace octroi
