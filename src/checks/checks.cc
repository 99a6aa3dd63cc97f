// check_programme, severities, Where labels and the text matching helpers.
#include "checks/checks.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace octroi {

std::string_view to_key(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::string_view to_label(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "Erreur";
    case Severity::kWarning:
      return "Avertissement";
    case Severity::kInfo:
      return "Information";
  }
  return "Erreur";
}

std::string Where::label() const {
  std::string text;
  auto add = [&text](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += ' ';
    text += part;
  };
  if (!row.empty()) {
    add(row);
  } else {
    if (theme) add(fmt::format("t{}", *theme));
    if (operation) add(fmt::format("o{}", *operation));
    add(organisation);
  }
  add(article);
  add(member);
  for (const SourceLines& source : lines) {
    if (source.line == 0) continue;
    add(source.to_line > source.line ? fmt::format("l. {}-{}", source.line, source.to_line)
                                     : fmt::format("l. {}", source.line));
  }
  return text;
}

std::vector<Finding> check_programme(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  for (auto* family : {&check_arithmetic, &check_dates, &check_statements, &check_names,
                       &check_votes, &check_legal, &check_outliers}) {
    std::vector<Finding> found = family(dataset);
    findings.insert(findings.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
  }
  return findings;
}

std::vector<Finding> check_programme(const ProgrammeDataset& dataset,
                                     const ParameterSet& parameters, Date date_of_effect) {
  std::vector<Finding> findings = check_programme(dataset);
  std::vector<Finding> found = check_rules(dataset, parameters, date_of_effect);
  findings.insert(findings.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  return findings;
}

bool has_error(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& finding) { return finding.severity == Severity::kError; });
}

int edit_distance(std::string_view left, std::string_view right) {
  const std::size_t rows = left.size() + 1;
  const std::size_t columns = right.size() + 1;
  std::vector<int> table(rows * columns, 0);
  auto at = [&](std::size_t i, std::size_t j) -> int& { return table[i * columns + j]; };
  for (std::size_t i = 0; i < rows; ++i) at(i, 0) = static_cast<int>(i);
  for (std::size_t j = 0; j < columns; ++j) at(0, j) = static_cast<int>(j);
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < columns; ++j) {
      const int cost = left[i - 1] == right[j - 1] ? 0 : 1;
      int best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1]) {
        best = std::min(best, at(i - 2, j - 2) + 1);
      }
      at(i, j) = best;
    }
  }
  return at(rows - 1, columns - 1);
}

}  // namespace octroi
