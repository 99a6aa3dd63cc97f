// Checks of SCDL subventions values (see scdl_subventions.h). Each check
// first tries the valid form with plain byte tests; only a refused value
// pays for the French message (and for the full parsers that word it).
#include "opendata/scdl_subventions.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>
#include <span>

#include "calendar/parse.h"
#include "domain/siret.h"
#include "money/parse.h"
#include "opendata/csv_reader.h"

namespace octroi {
namespace {

constexpr std::size_t kMaxTextLength = 256;
constexpr std::size_t kMaxRaeLength = 5;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

bool luhn_valid(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int digit = *it - '0';
    if (twice) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    twice = !twice;
  }
  return sum % 10 == 0;
}

// Eight ASCII digits in `word` (one per byte): each byte 0x30..0x39.
bool eight_digits(std::uint64_t word) {
  constexpr std::uint64_t kHigh = 0xF0F0F0F0F0F0F0F0ULL;
  constexpr std::uint64_t kThrees = 0x3030303030303030ULL;
  constexpr std::uint64_t kSixes = 0x0606060606060606ULL;
  // High nibble 3, and still 3 once 6 is added (so the low nibble is 0..9:
  // with a high nibble of 3 no carry leaves the byte).
  return (word & kHigh) == kThrees && ((word + kSixes) & kHigh) == kThrees;
}

// Luhn's sum of the digits (bytes 0..9) of `digits`, doubling those of the
// even bytes (byte 0 first): the sum of all, plus the even ones again, less
// 9 for each even one of 5 or more (2d - 9 when 2d has two digits).
int luhn_part(std::uint64_t digits) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kEven = 0x00FF00FF00FF00FFULL;
  constexpr std::uint64_t kFiveOrMore = 0x7B7B7B7B7B7B7B7BULL;  // d + 0x7B >= 0x80 iff d >= 5
  const auto byte_sum = [](std::uint64_t bytes) {
    return static_cast<int>((bytes * kOnes) >> 56);  // no byte sum past 255 here
  };
  const std::uint64_t large = (((digits + kFiveOrMore) >> 7) & kOnes) & kEven;
  return byte_sum(digits) + byte_sum(digits & kEven) - 9 * byte_sum(large);
}

// 14 digits with a valid Luhn key: luhn_valid(all_digits) 8 bytes at a time
// (the SIRETs of almost every row).
bool is_luhn_siret(std::string_view value) {
  constexpr std::size_t kDigits = 14;
  if (value.size() != kDigits) return false;
  if constexpr (std::endian::native != std::endian::little) {
    return all_digits(value) && luhn_valid(value);  // the words below are read little-endian
  }
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  std::memcpy(&first, value.data(), 8);     // digits 0..7
  std::memcpy(&last, value.data() + 6, 8);  // digits 6..13
  if (!eight_digits(first) || !eight_digits(last)) return false;
  constexpr std::uint64_t kZeros = 0x3030303030303030ULL;
  // From the right, every second digit is doubled: digits 0, 2, … 12 here,
  // the even bytes of both words (digits 8..13 are bytes 0..5 of `last` >> 16).
  const int sum = luhn_part(first - kZeros) + luhn_part((last - kZeros) >> 16);
  return sum % 10 == 0;
}

std::string shortened(std::string_view text) {
  constexpr std::size_t kShown = 80;
  if (text.size() <= kShown) return std::string(text);
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::optional<ScdlValueProblem> problem(std::string message, bool old_format = false) {
  return ScdlValueProblem{std::move(message), old_format};
}

// A spreadsheet's number: "3.84578E+13", "3,84578E+13", "3.84578e13".
bool is_scientific(std::string_view text) {
  const std::size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 1 >= text.size()) return false;
  for (std::size_t i = 0; i < e; ++i) {
    if (!is_digit(text[i]) && text[i] != '.' && text[i] != ',') return false;
  }
  std::size_t i = e + 1;
  if (text[i] == '+' || text[i] == '-') ++i;
  return i < text.size() && all_digits(text.substr(i));
}

std::optional<ScdlValueProblem> check_siret(std::string_view value) {
  if (value.size() == 14 && all_digits(value) && luhn_valid(value)) return std::nullopt;
  if (is_scientific(value)) {
    return problem(fmt::format(
        "SIRET en notation scientifique « {} » : un tableur l'a converti en nombre et en a perdu "
        "les derniers chiffres ; attendu 14 chiffres (formatez la colonne en texte avant "
        "d'enregistrer)",
        shortened(value)));
  }
  auto siret = Siret::parse(value);
  if (!siret.ok()) return problem(siret.error().message());
  if (siret->digits() != value) {
    return problem(
        fmt::format("SIRET « {} » : attendu 14 chiffres d'un seul tenant, sans espaces "
                    "({})",
                    shortened(value), siret->digits()));
  }
  return std::nullopt;  // La Poste's establishments
}

// YYYY-MM-DD with a real day; no allocation.
bool is_iso_date(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(value[i])) return false;
  }
  const int year =
      (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
  const int month = (value[5] - '0') * 10 + (value[6] - '0');
  const int day = (value[8] - '0') * 10 + (value[9] - '0');
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= Date::days_in_month(year, month);
}

std::string date_problem(std::string_view value) {
  auto parsed = parse_date(value);
  const bool iso_shape = value.size() == 10 && value[4] == '-' && value[7] == '-';
  if (!parsed.ok()) {
    if (iso_shape) return parsed.error().message();
    return fmt::format("date invalide « {} » : attendu AAAA-MM-JJ (par exemple 2023-09-18)",
                       shortened(value));
  }
  return fmt::format("date « {} » au format français : attendu AAAA-MM-JJ ({})", shortened(value),
                     parsed->iso());
}

std::optional<ScdlValueProblem> check_date(std::string_view value) {
  if (is_iso_date(value)) return std::nullopt;
  return problem(date_problem(value));
}

std::optional<ScdlValueProblem> check_period(std::string_view value) {
  if (value.size() == 10) return check_date(value);
  if (value.size() == 21 && (value[10] == '/' || value[10] == '_')) {
    const std::string_view start = value.substr(0, 10);
    const std::string_view end = value.substr(11);
    if (!is_iso_date(start)) return problem("début de la période : " + date_problem(start));
    if (!is_iso_date(end)) return problem("fin de la période : " + date_problem(end));
    if (end < start) {
      return problem(
          fmt::format("période « {} » : la fin ({}) précède le début ({})", value, end, start));
    }
    if (value[10] == '_') {
      return problem(fmt::format("période « {} » à l'ancien format SCDL 1.x (séparateur « _ ») : "
                                 "attendu AAAA-MM-JJ/AAAA-MM-JJ ({}/{})",
                                 value, start, end),
                     true);
    }
    return std::nullopt;
  }
  return problem(
      fmt::format("date ou période invalide « {} » : attendu AAAA-MM-JJ ou "
                  "AAAA-MM-JJ/AAAA-MM-JJ",
                  shortened(value)));
}

// ^\d+(\.\d+)?$ ; the number of decimals in `decimals`.
bool is_plain_number(std::string_view value, std::size_t& decimals) {
  const std::size_t point = value.find('.');
  const std::string_view whole = value.substr(0, point);
  if (whole.empty() || !all_digits(whole)) return false;
  decimals = 0;
  if (point == std::string_view::npos) return true;
  const std::string_view fraction = value.substr(point + 1);
  decimals = fraction.size();
  return !fraction.empty() && all_digits(fraction);
}

std::optional<ScdlValueProblem> check_amount(std::string_view value) {
  std::size_t decimals = 0;
  const std::size_t point = value.find('.');
  const std::size_t whole = point == std::string_view::npos ? value.size() : point;
  if (is_plain_number(value, decimals) && decimals <= 2 && whole <= 15) return std::nullopt;
  if (is_plain_number(value, decimals) && decimals > 2) {
    return problem(
        fmt::format("montant « {} » : plus de deux décimales (des euros et des centimes "
                    "attendus)",
                    shortened(value)));
  }
  if (is_plain_number(value, decimals)) {
    return problem(fmt::format("montant « {} » trop grand", shortened(value)));
  }
  if (!value.empty() && value[0] == '-' && is_plain_number(value.substr(1), decimals)) {
    return problem(fmt::format("montant négatif « {} » : une subvention attribuée est positive",
                               shortened(value)));
  }
  if (is_scientific(value)) {
    return problem(
        fmt::format("montant en notation scientifique « {} » : attendu un nombre écrit "
                    "en entier avec un point décimal (47800.20)",
                    shortened(value)));
  }
  auto french = parse_amount(value);
  if (french.ok() && !french->is_negative()) {
    return problem(
        fmt::format("montant au format français « {} » : attendu un nombre avec un "
                    "point décimal, sans espace ni symbole ({})",
                    shortened(value), scdl_amount_text(*french)));
  }
  return problem(
      fmt::format("montant invalide « {} » : attendu un nombre en euros avec un point "
                  "décimal (47800.20)",
                  shortened(value)));
}

std::optional<ScdlValueProblem> check_percentage(std::string_view value) {
  std::size_t decimals = 0;
  if (is_plain_number(value, decimals)) {
    const std::size_t point = value.find('.');
    std::string_view whole = value.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : value.substr(point + 1);
    while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
    const bool fraction_zero = fraction.find_first_not_of('0') == std::string_view::npos;
    const bool at_most_one = whole == "0" || (whole == "1" && fraction_zero);
    // At least 0.01: a whole part, or a first or second decimal that is not zero.
    const bool at_least_hundredth = whole != "0" || (!fraction.empty() && fraction[0] != '0') ||
                                    (fraction.size() >= 2 && fraction[1] != '0');
    if (at_most_one && at_least_hundredth) return std::nullopt;
    return problem(
        fmt::format("pourcentage « {} » hors de l'intervalle : attendu un nombre "
                    "décimal entre 0.01 et 1 (45 % s'écrit 0.45, 100 % s'écrit 1.00)",
                    shortened(value)));
  }
  if (value.find('%') != std::string_view::npos) {
    return problem(
        fmt::format("pourcentage « {} » écrit avec « % » : attendu un nombre décimal "
                    "entre 0.01 et 1 (45 % s'écrit 0.45)",
                    shortened(value)));
  }
  if (value.find(',') != std::string_view::npos) {
    return problem(
        fmt::format("pourcentage « {} » avec une virgule décimale : attendu un point "
                    "(0.45)",
                    shortened(value)));
  }
  return problem(
      fmt::format("pourcentage invalide « {} » : attendu un nombre décimal entre 0.01 "
                  "et 1 (0.45)",
                  shortened(value)));
}

std::optional<ScdlValueProblem> check_length(std::string_view value, std::size_t maximum) {
  if (value.size() <= maximum || utf8_length(value) <= maximum) return std::nullopt;
  return problem(fmt::format("{} caractères : au plus {} attendus (« {} »)", utf8_length(value),
                             maximum, shortened(value)));
}

bool required(ScdlSubventionField field) {
  switch (field) {
    case ScdlSubventionField::kReferenceDecision:
    case ScdlSubventionField::kIdBeneficiaire:
    case ScdlSubventionField::kRnaBeneficiaire:
    case ScdlSubventionField::kIdRae:
    case ScdlSubventionField::kDispositifAide:
      return false;
    default:
      return true;
  }
}

inline bool plainly_valid(ScdlSubventionField field, std::string_view value) {
  if (value.empty()) return !required(field);
  if (value.front() == ' ') return false;  // blank, or trimmed by no one: check_scdl_value says
  switch (field) {
    case ScdlSubventionField::kNomAttribuant:
    case ScdlSubventionField::kReferenceDecision:
    case ScdlSubventionField::kNomBeneficiaire:
    case ScdlSubventionField::kDispositifAide:
      return true;
    case ScdlSubventionField::kIdAttribuant:
    case ScdlSubventionField::kIdBeneficiaire:
      return is_luhn_siret(value);
    case ScdlSubventionField::kRnaBeneficiaire:
      return value.size() == 10 && value[0] == 'W' && all_digits(value.substr(1));
    case ScdlSubventionField::kDateConvention:
      return is_iso_date(value);
    case ScdlSubventionField::kObjet:
    case ScdlSubventionField::kConditionsVersement:
      return value.size() <= kMaxTextLength;
    case ScdlSubventionField::kMontant: {
      std::size_t decimals = 0;
      const std::size_t point = value.find('.');
      const std::size_t whole = point == std::string_view::npos ? value.size() : point;
      return is_plain_number(value, decimals) && decimals <= 2 && whole <= 15;
    }
    case ScdlSubventionField::kNature:
      return value == "aide en numéraire" || value == "aide en nature" ||
             value == "aide en numéraire;aide en nature" ||
             value == "aide en nature;aide en numéraire";
    case ScdlSubventionField::kDatesPeriodeVersement:
      if (value.size() == 10) return is_iso_date(value);
      return value.size() == 21 && value[10] == '/' && is_iso_date(value.substr(0, 10)) &&
             is_iso_date(value.substr(11)) && !(value.substr(11) < value.substr(0, 10));
    case ScdlSubventionField::kIdRae:
      return value.size() <= kMaxRaeLength;
    case ScdlSubventionField::kNotificationUe:
      return value == "oui" || value == "non";
    case ScdlSubventionField::kPourcentageSubvention:
      // 1.00, 1, or 0.dd with dd not 00: in [0.01, 1].
      if (value == "1.00" || value == "1") return true;
      return value.size() == 4 && value[0] == '0' && value[1] == '.' && is_digit(value[2]) &&
             is_digit(value[3]) && (value[2] != '0' || value[3] != '0');
  }
  return false;
}

template <ScdlSubventionField kField>
bool plainly_valid_at(std::span<const std::string_view> values,
                      const std::array<int, kScdlSubventionFieldCount>& columns) {
  const int column = columns[static_cast<std::size_t>(kField)];
  if (column < 0 || static_cast<std::size_t>(column) >= values.size()) return true;
  return plainly_valid(kField, values[static_cast<std::size_t>(column)]);
}

}  // namespace

std::optional<ScdlValueProblem> check_scdl_value(ScdlSubventionField field,
                                                 std::string_view value) {
  if (value.empty() || value.find_first_not_of(' ') == std::string_view::npos) {
    if (!required(field)) return std::nullopt;
    return problem("valeur obligatoire manquante");
  }
  switch (field) {
    case ScdlSubventionField::kNomAttribuant:
    case ScdlSubventionField::kReferenceDecision:
    case ScdlSubventionField::kNomBeneficiaire:
    case ScdlSubventionField::kDispositifAide:
      return std::nullopt;
    case ScdlSubventionField::kIdAttribuant:
    case ScdlSubventionField::kIdBeneficiaire:
      return check_siret(value);
    case ScdlSubventionField::kRnaBeneficiaire:
      if (value.size() == 10 && value[0] == 'W' && all_digits(value.substr(1))) {
        return std::nullopt;
      }
      return problem(
          fmt::format("numéro RNA invalide « {} » : attendu W suivi de 9 chiffres "
                      "(W380475558)",
                      shortened(value)));
    case ScdlSubventionField::kDateConvention:
      return check_date(value);
    case ScdlSubventionField::kObjet:
    case ScdlSubventionField::kConditionsVersement:
      return check_length(value, kMaxTextLength);
    case ScdlSubventionField::kMontant:
      return check_amount(value);
    case ScdlSubventionField::kNature:
      if (value == "aide en numéraire" || value == "aide en nature" ||
          value == "aide en numéraire;aide en nature" ||
          value == "aide en nature;aide en numéraire") {
        return std::nullopt;
      }
      return problem(
          fmt::format("nature inconnue « {} » : attendu « aide en numéraire », « aide "
                      "en nature », ou les deux séparées par « ; »",
                      shortened(value)));
    case ScdlSubventionField::kDatesPeriodeVersement:
      return check_period(value);
    case ScdlSubventionField::kIdRae:
      return check_length(value, kMaxRaeLength);
    case ScdlSubventionField::kNotificationUe:
      if (value == "oui" || value == "non") return std::nullopt;
      return problem(fmt::format("valeur « {} » : attendu « oui » ou « non »", shortened(value)));
    case ScdlSubventionField::kPourcentageSubvention:
      return check_percentage(value);
  }
  return std::nullopt;
}

bool scdl_value_plainly_valid(ScdlSubventionField field, std::string_view value) {
  return plainly_valid(field, value);
}

bool scdl_values_plainly_valid(std::span<const std::string_view> values,
                               const std::array<int, kScdlSubventionFieldCount>& columns) {
  using F = ScdlSubventionField;
  // One call per field kind, so that each check is inlined with its kind known.
  return plainly_valid_at<F::kNomAttribuant>(values, columns) &&
         plainly_valid_at<F::kIdAttribuant>(values, columns) &&
         plainly_valid_at<F::kDateConvention>(values, columns) &&
         plainly_valid_at<F::kReferenceDecision>(values, columns) &&
         plainly_valid_at<F::kNomBeneficiaire>(values, columns) &&
         plainly_valid_at<F::kIdBeneficiaire>(values, columns) &&
         plainly_valid_at<F::kRnaBeneficiaire>(values, columns) &&
         plainly_valid_at<F::kObjet>(values, columns) &&
         plainly_valid_at<F::kMontant>(values, columns) &&
         plainly_valid_at<F::kNature>(values, columns) &&
         plainly_valid_at<F::kConditionsVersement>(values, columns) &&
         plainly_valid_at<F::kDatesPeriodeVersement>(values, columns) &&
         plainly_valid_at<F::kIdRae>(values, columns) &&
         plainly_valid_at<F::kNotificationUe>(values, columns) &&
         plainly_valid_at<F::kPourcentageSubvention>(values, columns) &&
         plainly_valid_at<F::kDispositifAide>(values, columns);
}

Result<Amount> scdl_amount(std::string_view value) {
  if (auto bad = check_amount(value)) return Error(ErrorCode::kInvalidAmount, bad->message);
  std::int64_t cents = 0;
  std::size_t decimals = 0;
  for (char c : value) {
    if (c == '.') {
      decimals = 1;
      continue;
    }
    cents = cents * 10 + (c - '0');
    if (decimals > 0) ++decimals;
  }
  for (std::size_t i = decimals == 0 ? 0 : decimals - 1; i < 2; ++i) cents *= 10;
  return Amount::from_cents(cents);
}

Result<Date> scdl_date(std::string_view value) {
  if (!is_iso_date(value)) return Error(ErrorCode::kInvalidDate, date_problem(value));
  const auto number = [&](std::size_t at, std::size_t count) {
    int result = 0;
    for (std::size_t i = at; i < at + count; ++i) result = result * 10 + (value[i] - '0');
    return result;
  };
  return Date::create(number(0, 4), number(5, 2), number(8, 2));
}

Result<ScdlPeriod> scdl_period(std::string_view value) {
  if (auto bad = check_period(value)) return Error(ErrorCode::kInvalidPeriod, bad->message);
  OCTROI_TRY(Date start, scdl_date(value.substr(0, 10)));
  if (value.size() == 10) return ScdlPeriod{start, start};
  OCTROI_TRY(Date end, scdl_date(value.substr(11)));
  return ScdlPeriod{start, end};
}

std::string scdl_amount_text(Amount amount) {
  const std::int64_t cents = amount.cents();
  const std::int64_t magnitude = cents < 0 ? -cents : cents;
  return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

}  // namespace octroi
