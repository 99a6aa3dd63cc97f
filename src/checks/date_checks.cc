// Dates: impossible dates ("31/11/2024"), a start after the end, a row's
// period longer than its operation's maximum duration, and periods that lie
// outside the programme (before the year preceding it or after the following one).
#include <cctype>
#include <fmt/format.h>

#include "calendar/format.h"
#include "checks/check_support.h"
#include "checks/checks.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

struct ScannedDate {
  std::string text;  // "31/11/2024"
  int day = 0;
  int month = 0;
  int year = 0;
  bool valid = false;
};

// Reads the next run of digits at `position`; -1 when there is none.
int read_number(std::string_view text, std::size_t& position, std::size_t& length) {
  std::size_t start = position;
  int value = 0;
  while (position < text.size() && std::isdigit(static_cast<unsigned char>(text[position])) != 0 &&
         position - start < 4) {
    value = value * 10 + (text[position] - '0');
    ++position;
  }
  length = position - start;
  return length == 0 ? -1 : value;
}

// Every "dd/mm/yy" or "dd/mm/yyyy" of `text`, in order.
std::vector<ScannedDate> scan_dates(std::string_view text) {
  std::vector<ScannedDate> dates;
  std::size_t position = 0;
  while (position < text.size()) {
    if (std::isdigit(static_cast<unsigned char>(text[position])) == 0) {
      ++position;
      continue;
    }
    const std::size_t start = position;
    std::size_t length = 0;
    const int day = read_number(text, position, length);
    if (length > 2 || position >= text.size() || text[position] != '/') continue;
    ++position;
    const int month = read_number(text, position, length);
    if (length == 0 || length > 2 || position >= text.size() || text[position] != '/') continue;
    ++position;
    int year = read_number(text, position, length);
    if (length != 2 && length != 4) continue;
    if (length == 2) year += 2000;
    ScannedDate date{std::string(text.substr(start, position - start)), day, month, year, false};
    date.valid = month >= 1 && month <= 12 && day >= 1 && day <= Date::days_in_month(year, month);
    dates.push_back(date);
  }
  return dates;
}

void check_unparsed_period(const AnnexRow& row, std::vector<Finding>& findings) {
  const Printed<Period>& period = *row.period;
  std::vector<ScannedDate> dates = scan_dates(period.text);
  bool reported = false;
  for (const ScannedDate& date : dates) {
    if (date.valid) continue;
    findings.push_back(
        make_finding(Severity::kError, "dates.impossible_date", row_where(row),
                     fmt::format("La date « {} » de la période « {} » ({}) n'existe pas.",
                                 date.text, period.text, row.organisation.printed),
                     {{"date imprimée", date.text, "", row.source.line}}));
    reported = true;
  }
  if (dates.size() == 2 && dates[0].valid && dates[1].valid) {
    auto start = Date::create(dates[0].year, dates[0].month, dates[0].day);
    auto end = Date::create(dates[1].year, dates[1].month, dates[1].day);
    if (start.ok() && end.ok() && *end < *start) {
      findings.push_back(
          make_finding(Severity::kError, "dates.start_after_end", row_where(row),
                       fmt::format("La période « {} » ({}) commence après sa fin.", period.text,
                                   row.organisation.printed),
                       {{"début", dates[0].text, format_date_short(*start), row.source.line},
                        {"fin", dates[1].text, format_date_short(*end), row.source.line}}));
      reported = true;
    }
  }
  if (!reported) {
    findings.push_back(
        make_finding(Severity::kWarning, "dates.unreadable_period", row_where(row),
                     fmt::format("La période « {} » ({}) ne se lit pas comme deux dates.",
                                 period.text, row.organisation.printed),
                     {{"période imprimée", period.text, "", row.source.line}}));
  }
}

void check_row_period(const ProgrammeDataset& dataset, const AnnexRow& row,
                      std::vector<Finding>& findings) {
  if (!row.period) return;
  if (!row.period->value) {
    check_unparsed_period(row, findings);
    return;
  }
  const Period& period = *row.period->value;
  const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
  if (operation != nullptr && operation->max_duration && operation->max_duration->months.value &&
      period.exceeds_months(*operation->max_duration->months.value)) {
    const int maximum = *operation->max_duration->months.value;
    findings.push_back(make_finding(
        Severity::kError, "dates.period_exceeds_maximum", row_where(row),
        fmt::format("La période « {} » ({}, {} jours) dépasse la durée maximale de {} mois fixée "
                    "pour l'opération (l. {}).",
                    row.period->text, row.organisation.printed, period.length_in_days(), maximum,
                    operation->max_duration->source.line),
        {{"période", row.period->text, fmt::format("{} jours", period.length_in_days()),
          row.source.line},
         {"durée maximale", operation->max_duration->months.text, fmt::format("{} mois", maximum),
          operation->max_duration->source.line}}));
  }
  const int year = dataset.programme.programme.year;
  if (year == 0) return;
  auto earliest = Date::create(year - 1, 1, 1);
  auto latest = Date::create(year + 1, 12, 31);
  if (!earliest.ok() || !latest.ok()) return;
  if (period.end() < *earliest || period.start() > *latest) {
    findings.push_back(make_finding(
        Severity::kWarning, "dates.outside_programme", row_where(row),
        fmt::format("La période « {} » ({}) est hors des années {} à {} du programme {}.",
                    row.period->text, row.organisation.printed, year - 1, year + 1, year),
        {{"période", row.period->text, "", row.source.line}}));
  }
}

}  // namespace

std::vector<Finding> check_dates(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  for (const AnnexRow& row : dataset.rows) check_row_period(dataset, row, findings);
  return findings;
}

}  // namespace octroi
