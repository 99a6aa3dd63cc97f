// The sentences of a description annex that name organisations of an
// operation's rows besides the lists « - X sur le territoire de … pour un
// total de … » (statement_text.cc): the lists « - Territoire : Structure »,
// « il est proposé de financer A et B pour … » and « A a déposé une demande de
// subvention à hauteur de X € » (see prose_readers.h).
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// "de Tous Parrains" -> "Tous Parrains"; "la structure DIESE" -> "DIESE": the
// words introducing the names are not part of them.
std::string_view without_introduction(std::string_view names) {
  for (std::string_view introduction :
       {"de ", "la structure ", "les structures ", "l'association ", "l’association ",
        "les associations ", "L'association ", "l'organisme ", "les organismes "}) {
    if (names.rfind(introduction, 0) == 0) return trim_cell(names.substr(introduction.size()));
  }
  return names;
}

bool starts_with_digit(std::string_view text) {
  return !text.empty() && text[0] >= '0' && text[0] <= '9';
}

// "A, B et C" -> {"A", "B", "C"}.
std::vector<std::string_view> split_names(std::string_view names) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t end = names.size();
    std::size_t next = names.size() + 1;
    for (std::string_view separator : {", ", " et "}) {
      const std::size_t at = names.find(separator, start);
      if (at != std::string_view::npos && at < end) {
        end = at;
        next = at + separator.size();
      }
    }
    parts.push_back(trim_cell(names.substr(start, end - start)));
    start = next;
  }
  return parts;
}

// The rows named by `names` (one name, else a list "A, B et C"), each
// naming a different row; empty when a name names no row.
std::vector<std::pair<std::string, const AnnexRow*>> rows_named(const ProgrammeDataset& dataset,
                                                                const OperationEntry& operation,
                                                                std::string_view names) {
  std::vector<std::pair<std::string, const AnnexRow*>> named;
  if (names.empty() || starts_with_digit(names)) return named;  // "4 structures": a count
  if (const AnnexRow* row = row_naming(dataset, operation, names)) {
    named.emplace_back(std::string(names), row);
    return named;
  }
  const std::vector<std::string_view> parts = split_names(names);
  named.reserve(parts.size());
  for (std::string_view part : parts) {
    const AnnexRow* row =
        part.empty() || starts_with_digit(part) ? nullptr : row_naming(dataset, operation, part);
    if (row == nullptr) return {};
    for (const auto& [printed, known] : named) {
      if (known == row) return {};
    }
    named.emplace_back(std::string(part), row);
  }
  return named;
}

// Reads the amount `printed` of line `index` into `statement`; false (the
// line listed) when it does not read.
bool read_amount(const std::vector<std::string_view>& lines, std::size_t index,
                 const std::string& printed, DeclaredStatement& statement,
                 DeliberationTextImport& out) {
  Result<Amount> amount = import::parse_printed_amount(printed);
  if (!amount.ok()) {
    list_unparsed(out, lines, index,
                  fmt::format("phrase chiffrée : montant illisible « {} » : {}", printed,
                              amount.error().message()));
    return false;
  }
  statement.amount =
      Printed<Amount>{printed, *amount, false, std::nullopt, static_cast<int>(index) + 1};
  return true;
}

// Adds a statement about `named` rows of `operation`, unless its id is taken.
void add_statement(const std::vector<std::string_view>& lines, std::size_t index,
                   const OperationEntry& operation,
                   const std::vector<std::pair<std::string, const AnnexRow*>>& named,
                   DeclaredStatement statement, DeliberationTextImport& out) {
  const int number = static_cast<int>(index) + 1;
  statement.id = named.size() == 1
                     ? fmt::format("a{}-o{}-{}", operation.theme, operation.operation.number,
                                   named[0].second->organisation.id.key())
                     : fmt::format("a{}-o{}", operation.theme, operation.operation.number);
  for (const DeclaredStatement& known : out.dataset.report.statements) {
    if (known.id == statement.id) {
      list_unparsed(out, lines, index,
                    fmt::format("phrase nommant des structures : énoncé « {} » déjà lu l. {}",
                                statement.id, known.source.line));
      return;
    }
  }
  statement.in = fmt::format("annex{}", operation.theme);
  statement.scope = named.size() == 1 ? StatementScope::kOrganisation : StatementScope::kOperation;
  statement.theme = operation.theme;
  statement.operation = operation.operation.number;
  statement.rows.reserve(named.size());
  statement.organisations.reserve(named.size());
  for (const auto& [printed, row] : named) {
    statement.rows.push_back(row->award.id);
    statement.organisations.push_back(
        OrganisationReference{printed, row->organisation.id, std::nullopt});
  }
  statement.source = SourceLines{number, number};
  out.dataset.report.statements.push_back(std::move(statement));
}

// "- Audomarois : MIPE du Pays de St Omer".
void read_territory_bullet(const std::vector<std::string_view>& lines, std::size_t index,
                           const OperationEntry& operation, DeliberationTextImport& out) {
  const std::string_view line = trim_cell(lines[index]);
  const std::size_t dash = line.rfind("- ", 0) == 0 ? 2 : 4;  // "- " or "– "
  const std::size_t colon = line.find(" : ");
  if (colon == std::string_view::npos || colon <= dash) return;
  std::optional<TerritoryReference> territory =
      read_territory_cell(trim_cell(line.substr(dash, colon - dash)));
  if (!territory) return;
  std::string_view name = trim_cell(line.substr(colon + 3));
  while (!name.empty() && (name.back() == ';' || name.back() == '.' || name.back() == ',')) {
    name = trim_cell(name.substr(0, name.size() - 1));
  }
  const AnnexRow* row =
      name.empty() || starts_with_digit(name) ? nullptr : row_naming(out.dataset, operation, name);
  if (row == nullptr) return;
  DeclaredStatement statement;
  statement.territories.push_back(std::move(*territory));
  statement.quote = std::string(line.substr(dash));
  add_statement(lines, index, operation, {{std::string(name), row}}, std::move(statement), out);
}

// "il est proposé de financer de Tous Parrains et ID formation pour … pour un
// total de 101 764 €".
void read_financing_sentence(const std::vector<std::string_view>& lines, std::size_t index,
                             const OperationEntry& operation, DeliberationTextImport& out) {
  static const std::regex amount_pattern(
      R"(pour un (?:total|montant(?: total)?) de \*{0,2}([0-9][0-9 \xC2\xA0\xE2\x80\xAF.]{0,15}(?:,[0-9]{1,2})? ?€))");
  const std::string line(trim_cell(lines[index]));
  constexpr std::string_view kVerb = "proposé de financer ";
  const std::size_t verb = line.find(kVerb);
  if (verb == std::string::npos) return;
  const std::size_t names_at = verb + kVerb.size();
  const std::size_t end = line.find(" pour ", names_at);
  if (end == std::string::npos) return;
  const auto named = rows_named(
      out.dataset, operation,
      without_introduction(trim_cell(std::string_view(line).substr(names_at, end - names_at))));
  if (named.empty()) return;
  DeclaredStatement statement;
  const std::string sentence = sentence_at(line, verb);
  std::smatch match;
  if (std::regex_search(sentence, match, amount_pattern) &&
      !read_amount(lines, index, std::string(trim_cell(match[1].str())), statement, out)) {
    return;
  }
  statement.quote = sentence;
  add_statement(lines, index, operation, named, std::move(statement), out);
}

// "…, Eurasanté a déposé une demande de subvention à hauteur de 20 000€."
void read_request_sentence(const std::vector<std::string_view>& lines, std::size_t index,
                           const OperationEntry& operation, DeliberationTextImport& out) {
  static const std::regex request_pattern(
      R"( a déposé une demande de subvention(?: (?:à hauteur de|de|d'un montant de) \*{0,2}([0-9][0-9 \xC2\xA0\xE2\x80\xAF.]{0,15}(?:,[0-9]{1,2})? ?€))?)");
  const std::string line(trim_cell(lines[index]));
  std::smatch match;
  if (!std::regex_search(line, match, request_pattern)) return;
  const auto verb = static_cast<std::size_t>(match.position(0));
  const std::string sentence = sentence_at(line, verb);
  const std::size_t sentence_at_line = line.find(sentence);
  // The subject: from the sentence's start, or its last comma, to the verb.
  std::size_t start = sentence_at_line == std::string::npos ? 0 : sentence_at_line;
  if (const std::size_t comma = line.rfind(", ", verb);
      comma != std::string::npos && comma >= start && comma + 2 <= verb) {
    start = comma + 2;
  }
  const std::string_view subject = trim_cell(std::string_view(line).substr(start, verb - start));
  const AnnexRow* row = subject.empty() || starts_with_digit(subject)
                            ? nullptr
                            : row_naming(out.dataset, operation, subject);
  if (row == nullptr) return;
  DeclaredStatement statement;
  if (!match[1].matched) {
    list_unparsed(out, lines, index, "demande de subvention : montant « à hauteur de X € » non lu");
    return;
  }
  if (!read_amount(lines, index, std::string(trim_cell(match[1].str())), statement, out)) return;
  statement.quote = sentence;
  add_statement(lines, index, operation, {{std::string(subject), row}}, std::move(statement), out);
}

}  // namespace

void read_named_statement(const std::vector<std::string_view>& lines, std::size_t index,
                          const OperationEntry& operation, DeliberationTextImport& out) {
  const std::string_view line = trim_cell(lines[index]);
  if (line.rfind("- ", 0) == 0 || line.rfind("\xE2\x80\x93 ", 0) == 0) {
    read_territory_bullet(lines, index, operation, out);
    return;
  }
  if (line.find("proposé de financer ") != std::string_view::npos) {
    read_financing_sentence(lines, index, operation, out);
  }
  if (line.find(" a déposé une demande de subvention") != std::string_view::npos) {
    read_request_sentence(lines, index, operation, out);
  }
}

}  // namespace octroi::text_import
