#include "calendar/parse.h"

#include <fmt/format.h>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "calendar/date_scanner.h"
#include "calendar/format.h"
#include "calendar/text.h"

namespace octroi {
namespace {

using calendar_detail::DateParts;
using calendar_detail::DateScanner;
using calendar_detail::Problem;
using calendar_detail::to_date;
using calendar_detail::YearRule;
using calendar_text::column_of;
using calendar_text::quote;
using calendar_text::skip_spaces;
using calendar_text::space_length;

// "date invalide « 32/01/2023 » : jour 32 inexistant (1 à 31)".
std::string date_sentence(const Problem& problem, std::string_view date_text) {
  const char* what =
      problem.code == ErrorCode::kImpossibleDate ? "date impossible" : "date invalide";
  return fmt::format("{} {} : {}", what, quote(date_text), problem.reason);
}

Error date_error(const Problem& problem, std::string_view whole_text, std::string_view date_text) {
  return Error(problem.code, date_sentence(problem, date_text),
               Location{"", 0, column_of(whole_text, problem.position), ""});
}

// One word of a period and where it lies.
struct Word {
  std::string folded;  // lower case without accents; empty for a non-word
  std::size_t begin;
  std::size_t end;
};

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  std::size_t position = skip_spaces(text, 0);
  while (position < text.size()) {
    const std::size_t begin = position;
    while (position < text.size() && space_length(text, position) == 0) ++position;
    words.push_back({calendar_text::fold_word(text.substr(begin, position - begin)).value_or(""),
                     begin, position});
    position = skip_spaces(text, position);
  }
  return words;
}

// How many leading words introduce the period: "du", "sur la période du",
// "pour la période du", "Opération du", "Opérations du", "allant du".
std::size_t introduction_length(const std::vector<Word>& words) {
  std::size_t index = 0;
  const auto accept = [&](std::initializer_list<std::string_view> choices) {
    if (index >= words.size()) return false;
    for (std::string_view choice : choices) {
      if (words[index].folded == choice) {
        ++index;
        return true;
      }
    }
    return false;
  };
  if (!accept({"operation", "operations", "allant"})) {
    accept({"sur", "pour"});
    accept({"la"});
    accept({"periode"});
  }
  accept({"du"});
  return index;
}

enum class End { kStart, kEnd };

Error period_end_error(const Problem& problem, End end, std::string_view whole_text,
                       std::string_view period_text, std::string_view date_text) {
  const char* which = end == End::kStart ? "début" : "fin";
  return Error(problem.code,
               fmt::format("{} de la période {} : {}", which, quote(period_text),
                           date_sentence(problem, date_text)),
               Location{"", 0, column_of(whole_text, problem.position), ""});
}

Error invalid_period(std::string_view whole_text, std::string_view period_text,
                     std::size_t position, std::string_view reason) {
  return Error(ErrorCode::kInvalidPeriod,
               fmt::format("période invalide {} : {}", quote(period_text), reason),
               Location{"", 0, column_of(whole_text, position), ""});
}

}  // namespace

Result<Date> parse_date(std::string_view text) {
  const std::string_view trimmed = calendar_text::trim(text);
  const std::size_t begin = static_cast<std::size_t>(trimmed.data() - text.data());
  if (trimmed.empty()) {
    return Error(ErrorCode::kInvalidDate,
                 fmt::format("date invalide {} : aucune date", quote(trimmed)));
  }
  DateScanner scanner(text, begin, begin + trimmed.size());
  std::variant<DateParts, Problem> parts = scanner.scan(YearRule::kRequired);
  if (const Problem* problem = std::get_if<Problem>(&parts)) {
    return date_error(*problem, text, trimmed);
  }
  std::variant<Date, Problem> date = to_date(std::get<DateParts>(parts));
  if (const Problem* problem = std::get_if<Problem>(&date)) {
    return date_error(*problem, text, trimmed);
  }
  return std::get<Date>(date);
}

Result<Period> parse_period(std::string_view text) {
  const std::string_view trimmed = calendar_text::trim(text);
  const std::size_t begin = static_cast<std::size_t>(trimmed.data() - text.data());
  if (trimmed.empty()) {
    return Error(ErrorCode::kInvalidPeriod,
                 fmt::format("période invalide {} : aucune période", quote(trimmed)));
  }
  const std::vector<Word> words = split_words(text);
  const std::size_t first = introduction_length(words);
  std::optional<std::size_t> separator;
  for (std::size_t index = first; index < words.size(); ++index) {
    if (words[index].folded != "au") continue;
    if (separator) {
      return invalid_period(text, trimmed, words[index].begin,
                            "un seul « au » attendu entre les deux dates");
    }
    separator = index;
  }
  if (!separator) {
    return invalid_period(text, trimmed, begin,
                          "« au » attendu entre les deux dates (« du 01/01/2023 au 31/12/2023 »)");
  }
  if (*separator == first) {
    return invalid_period(text, trimmed, words[*separator].begin,
                          "date de début manquante avant « au »");
  }
  if (*separator + 1 == words.size()) {
    return invalid_period(text, trimmed, words[*separator].end,
                          "date de fin manquante après « au »");
  }
  const std::size_t start_begin = words[first].begin;
  const std::size_t start_end = words[*separator - 1].end;
  const std::size_t end_begin = words[*separator + 1].begin;
  const std::size_t end_end = words.back().end;
  const std::string_view start_text = text.substr(start_begin, start_end - start_begin);
  const std::string_view end_text = text.substr(end_begin, end_end - end_begin);

  std::variant<DateParts, Problem> start_parts =
      DateScanner(text, start_begin, start_end).scan(YearRule::kOptional);
  if (const Problem* problem = std::get_if<Problem>(&start_parts)) {
    return period_end_error(*problem, End::kStart, text, trimmed, start_text);
  }
  std::variant<DateParts, Problem> end_parts =
      DateScanner(text, end_begin, end_end).scan(YearRule::kRequired);
  if (const Problem* problem = std::get_if<Problem>(&end_parts)) {
    return period_end_error(*problem, End::kEnd, text, trimmed, end_text);
  }
  DateParts& start = std::get<DateParts>(start_parts);
  const DateParts& end = std::get<DateParts>(end_parts);

  const bool start_has_year = start.year.has_value();
  std::optional<Date> start_date;
  if (start_has_year) {
    std::variant<Date, Problem> date = to_date(start);
    if (const Problem* problem = std::get_if<Problem>(&date)) {
      return period_end_error(*problem, End::kStart, text, trimmed, start_text);
    }
    start_date = std::get<Date>(date);
  }
  std::variant<Date, Problem> end_date = to_date(end);
  if (const Problem* problem = std::get_if<Problem>(&end_date)) {
    return period_end_error(*problem, End::kEnd, text, trimmed, end_text);
  }
  if (!start_has_year) {
    // "du 1er janvier au 31 décembre 2023": the start takes the end's year,
    // or the year before when that would put it after the end
    // ("du 1er novembre au 31 octobre 2024").
    const Date& last = std::get<Date>(end_date);
    const bool after_end =
        start.month > last.month() || (start.month == last.month() && start.day > last.day());
    start.year = after_end ? last.year() - 1 : last.year();
    start.year_position = end.year_position;
    std::variant<Date, Problem> date = to_date(start);
    if (const Problem* problem = std::get_if<Problem>(&date)) {
      return period_end_error(*problem, End::kStart, text, trimmed, start_text);
    }
    start_date = std::get<Date>(date);
  }
  Result<Period> period = Period::create(*start_date, std::get<Date>(end_date));
  if (!period.ok()) {
    return invalid_period(
        text, trimmed, end_begin,
        fmt::format("la fin ({}) précède le début ({})", format_date_long(std::get<Date>(end_date)),
                    format_date_long(*start_date)));
  }
  return period;
}

}  // namespace octroi
