// The SCDL "délibérations" open-data export (schema 2.1.5,
// data/opendata/scdl-deliberations-2.1.5.schema.json): one row per
// voted report of the given sessions, as CSV (UTF-8, comma, RFC 4180
// quoting, header of the schema's 17 fields in its order).
//   VOTE_EFFECTIF: the members in office with a deliberative vote;
//   VOTE_REEL: those who took part (for + against + abstention);
//   DELIB_MATIERE_NOM: the ACTES level-2 subject name of DELIB_MATIERE_CODE.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/authority.h"
#include "domain/session.h"

namespace octroi {

// The ACTES nomenclature's level-2 subject name for a code, in the schema's
// form ("7.5" -> "finances locales/subventions"); nullopt for an unknown code.
std::optional<std::string> actes_subject_name(std::string_view code);

inline constexpr std::string_view kScdlDeliberationFields[] = {
    "COLL_NOM",          "COLL_SIRET",    "DELIB_ID",     "DELIB_DATE", "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM", "DELIB_OBJET",   "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
    "PREF_DATE",         "VOTE_EFFECTIF", "VOTE_REEL",    "VOTE_POUR",  "VOTE_CONTRE",
    "VOTE_ABSTENTION",   "DELIB_URL"};

// One row: the values in kScdlDeliberationFields order ("" when empty).
using ScdlRow = std::vector<std::string>;

// The rows of every voted report with a deliberation number. kMissingField
// when the authority has no name or SIRET (naming the command that sets
// them); kInvalidValue, naming the session and report, for an unknown ACTES
// subject code.
Result<std::vector<ScdlRow>> scdl_deliberation_rows(const Authority& authority,
                                                    const std::vector<Session>& sessions);

// The rows as CSV, header first, lines ending in CRLF (RFC 4180).
std::string to_csv(const std::vector<std::string_view>& header, const std::vector<ScdlRow>& rows);

}  // namespace octroi
