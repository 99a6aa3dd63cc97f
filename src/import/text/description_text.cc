// The description annexes of a deliberation text (one per theme, before the
// financial annex): each operation's printed title and the maximum duration
// the text fixes for it (see prose_readers.h).
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// "1. Descriptif de l'opération", "2. Bilan 2022", "3. Propositions": the
// numbered parts of an operation's description, not theme headings.
bool is_description_part(std::string_view title) {
  const std::string folded = fold_text(title);
  for (std::string_view part : {"descriptif", "description", "bilan", "proposition"}) {
    if (folded.rfind(part, 0) == 0) return true;
  }
  return false;
}

std::string without_emphasis(std::string_view text) {
  std::string result(text);
  for (std::size_t at = result.find("**"); at != std::string::npos; at = result.find("**")) {
    result.erase(at, 2);
  }
  return std::string(trim_cell(result));
}

OperationEntry* find_operation(ProgrammeDataset& dataset, int theme, int number) {
  for (OperationEntry& entry : dataset.operations) {
    if (entry.theme == theme && entry.operation.number == number) return &entry;
  }
  return nullptr;
}

ThemeEntry* find_theme(ProgrammeDataset& dataset, int number) {
  for (ThemeEntry& entry : dataset.themes) {
    if (entry.theme.number == number) return &entry;
  }
  return nullptr;
}

// "La durée de l'opération est fixée à 12 mois maximum."
void read_max_duration(const std::vector<std::string_view>& lines, std::size_t index,
                       OperationEntry& operation, DeliberationTextImport& out) {
  static const std::regex duration_pattern(
      R"(durée (de l'opération|de chaque opération|des opérations) est fixée à ([0-9]{1,3} mois) maximum)");
  const std::string line(trim_cell(lines[index]));
  std::smatch match;
  if (!std::regex_search(line, match, duration_pattern)) return;
  const int number = static_cast<int>(index) + 1;
  Result<int> months = import::parse_printed_duration(match[2].str());
  if (!months.ok()) {
    list_unparsed(out, lines, index,
                  fmt::format("durée maximale illisible « {} » : {}", match[2].str(),
                              months.error().message()));
    return;
  }
  if (operation.max_duration) {
    list_unparsed(out, lines, index,
                  fmt::format("seconde durée maximale pour l'opération {} de la thématique {} "
                              "(la première, l. {}, est retenue)",
                              operation.operation.number, operation.theme,
                              operation.max_duration->source.line));
    return;
  }
  operation.max_duration = MaxDuration{
      Printed<int>{match[2].str(), *months, false, std::nullopt, number},
      sentence_at(line, static_cast<std::size_t>(match.position(0))), SourceLines{number, number}};
}

}  // namespace

void read_description_annexes(const std::vector<std::string_view>& lines, std::size_t before,
                              DeliberationTextImport& out) {
  ProgrammeDataset& dataset = out.dataset;
  const auto number_line = static_cast<std::size_t>(dataset.programme.deliberation_source.line);
  const std::size_t end = std::min(before, lines.size());
  int theme = 0;
  OperationEntry* operation = nullptr;
  // Whether the operation's description states a Ségur valuation, and
  // whether the current list is the Ségur part ("A cela s'ajoute la
  // valorisation Ségur :").
  bool mentions_segur = false;
  bool segur_list = false;
  auto close_operation = [&] {
    if (operation != nullptr && mentions_segur) mark_accompaniment(*operation, out);
    mentions_segur = false;
    segur_list = false;
  };
  for (std::size_t i = number_line; i < end; ++i) {
    const std::string_view line = trim_cell(lines[i]);
    if (line.empty() || line.find('\t') != std::string_view::npos) continue;
    if (operation != nullptr && line.rfind("- ", 0) != 0) {
      const bool segur = line.find("Ségur") != std::string_view::npos;
      mentions_segur = mentions_segur || segur;
      if (line.back() == ':') segur_list = segur;
    }
    if (operation != nullptr && is_organisation_bullet(line)) {
      read_organisation_bullet(lines, i, *operation,
                               segur_list ? StatementComponent::kSegur : StatementComponent::kWhole,
                               out);
      continue;
    }
    const int number = static_cast<int>(i) + 1;
    if (std::optional<ThemeHeading> heading = read_theme_heading(line);
        heading && heading->number == theme + 1 && !is_description_part(heading->title)) {
      // A theme heading repeats the financial annex's theme title (else it is
      // a numbered paragraph of a description).
      ThemeEntry* entry = find_theme(dataset, heading->number);
      const std::string folded = fold_text(without_emphasis(heading->title));
      const std::string annex_title = entry == nullptr ? "" : fold_text(entry->theme.title);
      if (entry == nullptr || annex_title.empty() ||
          (folded.find(annex_title) == std::string::npos &&
           annex_title.find(folded) == std::string::npos)) {
        continue;
      }
      close_operation();
      theme = heading->number;
      operation = nullptr;
      entry->titles.push_back(PrintedTitle{fmt::format("annex{}", theme), heading->label,
                                           without_emphasis(heading->title),
                                           SourceLines{number, number}});
      continue;
    }
    if (theme == 0) continue;
    if (std::optional<OperationCell> cell = read_operation_cell(line)) {
      close_operation();
      operation = find_operation(dataset, theme, cell->number);
      if (operation == nullptr) {
        list_unparsed(out, lines, i,
                      fmt::format("opération {} de la thématique {} décrite mais absente de "
                                  "l'annexe financière",
                                  cell->number, theme));
        continue;
      }
      operation->titles.push_back(PrintedTitle{fmt::format("annex{}", theme), cell->label,
                                               without_emphasis(cell->title),
                                               SourceLines{number, number}});
      continue;
    }
    if (operation != nullptr) read_named_statement(lines, i, *operation, out);
    if (operation != nullptr && line.find("(détail en annexe") != std::string_view::npos) {
      read_detail_reference(lines, i, *operation, out);
    }
    if (operation != nullptr && line.find("mois maximum") != std::string_view::npos) {
      read_max_duration(lines, i, *operation, out);
    }
  }
  close_operation();
}

}  // namespace octroi::text_import
