// The report's statements a description annex prints as a list of
// organisations ("- L'APSA sur le territoire de Lens Hénin à hauteur de 13
// mesures pour un total de **65 000 €** ..."): one statement per bullet,
// about the one row of the operation naming that organisation (see
// prose_readers.h).
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// The most typos between a name in a sentence and in the annex (as the names check).
constexpr int kOrganisationTypos = 3;

// "L'association Accueil 9 de Cœur" -> "Accueil 9 de Cœur": the generic noun
// is not part of the name as the annex prints it.
std::string_view without_generic_noun(std::string_view name) {
  for (std::string_view noun : {"L'association ", "l'association ", "L’association "}) {
    if (name.rfind(noun, 0) == 0) return trim_cell(name.substr(noun.size()));
  }
  return name;
}

// Folded, without a leading article: "L'APSA" -> "apsa", "Le Coin Familial" -> "coin familial".
std::string comparable(std::string_view name) {
  std::string folded = fold_text(name);
  for (std::string_view article : {"l ", "le ", "la ", "les "}) {
    if (folded.rfind(article, 0) == 0) return folded.substr(article.size());
  }
  return folded;
}

// "Lens Hénin à hauteur de 13 mesures ..." -> "Lens Hénin"; "l'Artois avec
// 1 ETP" -> "Artois".
std::string territory_part(std::string_view rest) {
  std::size_t end = rest.size();
  for (std::string_view stop : {" à hauteur", " avec ", ",", " pour ", " de **", " de ", ";"}) {
    const std::size_t at = rest.find(stop);
    if (at != std::string_view::npos && at < end) end = at;
  }
  std::string_view territory = trim_cell(rest.substr(0, end));
  for (std::string_view article : {"l'", "l’", "la ", "le "}) {
    if (territory.rfind(article, 0) == 0) territory = trim_cell(territory.substr(article.size()));
  }
  return std::string(territory);
}

}  // namespace

const AnnexRow* row_naming(const ProgrammeDataset& dataset, const OperationEntry& operation,
                           std::string_view name) {
  const std::string wanted = comparable(name);
  const AnnexRow* close = nullptr;
  int close_count = 0;
  for (const AnnexRow& row : dataset.rows) {
    if (row.theme != operation.theme || row.operation != operation.operation.number) continue;
    const std::string candidate = comparable(row.organisation.printed);
    if (candidate == wanted) return &row;
    if (name_distance(candidate, wanted) <= kOrganisationTypos) {
      close = &row;
      ++close_count;
    }
  }
  return close_count == 1 ? close : nullptr;
}

bool is_organisation_bullet(std::string_view line) {
  return line.rfind("- ", 0) == 0 &&
         line.find(" sur le territoire de ") != std::string_view::npos &&
         line.find("\xE2\x82\xAC") != std::string_view::npos;
}

void read_organisation_bullet(const std::vector<std::string_view>& lines, std::size_t index,
                              const OperationEntry& operation, StatementComponent component,
                              DeliberationTextImport& out) {
  ProgrammeDataset& dataset = out.dataset;
  const std::string line(trim_cell(lines[index]));
  const std::size_t territory_at = line.find(" sur le territoire de ");
  if (territory_at < 3) return;  // "- sur le territoire de ...": no name
  const std::string_view name =
      without_generic_noun(trim_cell(std::string_view(line).substr(2, territory_at - 2)));
  const AnnexRow* row = row_naming(dataset, operation, name);
  // A bullet whose subject names no row of the operation ("- Financer le
  // Cheval Bleu pour ... sur le territoire de Lens Liévin, pour un montant
  // total de 50 000 €") is another kind of sentence: not read as a statement.
  if (row == nullptr) return;
  static const std::regex amount_pattern(
      R"((pour un total de|de) \*{0,2}([0-9][0-9 \xC2\xA0\xE2\x80\xAF]{0,15}(,[0-9]{1,2})? ?€))");
  const std::string rest = line.substr(territory_at);
  std::smatch match;
  if (!std::regex_search(rest, match, amount_pattern)) {
    list_unparsed(out, lines, index, "phrase chiffrée : montant « pour un total de X € » non lu");
    return;
  }
  const int number = static_cast<int>(index) + 1;
  Result<Amount> amount = import::parse_printed_amount(match[2].str());
  if (!amount.ok()) {
    list_unparsed(out, lines, index,
                  fmt::format("phrase chiffrée : montant illisible « {} » : {}", match[2].str(),
                              amount.error().message()));
    return;
  }
  DeclaredStatement statement;
  statement.id = fmt::format("a{}-o{}-{}{}", operation.theme, operation.operation.number,
                             row->organisation.id.key(),
                             component == StatementComponent::kSegur ? "-segur" : "");
  statement.in = fmt::format("annex{}", operation.theme);
  statement.scope = StatementScope::kOrganisation;
  statement.theme = operation.theme;
  statement.operation = operation.operation.number;
  statement.rows.push_back(row->award.id);
  statement.component = component;
  statement.organisations.push_back(
      OrganisationReference{std::string(name), row->organisation.id, std::nullopt});
  const std::string territory = territory_part(
      std::string_view(rest).substr(std::string_view(" sur le territoire de ").size()));
  if (std::optional<TerritoryReference> reference = read_territory_cell(territory)) {
    statement.territories.push_back(std::move(*reference));
  }
  statement.amount = Printed<Amount>{match[2].str(), *amount, false, std::nullopt, number};
  statement.quote = line.substr(2);
  statement.source = SourceLines{number, number};
  for (const DeclaredStatement& known : dataset.report.statements) {
    if (known.id == statement.id) {
      list_unparsed(out, lines, index,
                    fmt::format("phrase chiffrée : « {} » déjà nommée dans la même liste (l. {})",
                                name, known.source.line));
      return;
    }
  }
  dataset.report.statements.push_back(std::move(statement));
}

void read_detail_reference(const std::vector<std::string_view>& lines, std::size_t index,
                           const OperationEntry& operation, DeliberationTextImport& out) {
  static const std::regex detail_pattern(R"(\(détail en (annexes? ([0-9]{1,2}))\))");
  const std::string line(trim_cell(lines[index]));
  std::smatch match;
  if (!std::regex_search(line, match, detail_pattern)) return;
  const int number = static_cast<int>(index) + 1;
  DeclaredStatement statement;
  statement.id = fmt::format("a{}-o{}", operation.theme, operation.operation.number);
  for (const DeclaredStatement& known : out.dataset.report.statements) {
    if (known.id == statement.id) {
      list_unparsed(out, lines, index,
                    fmt::format("second renvoi « {} » pour l'opération {} de la thématique {} "
                                "(le premier, l. {}, est retenu)",
                                match[1].str(), operation.operation.number, operation.theme,
                                known.source.line));
      return;
    }
  }
  statement.in = fmt::format("annex{}", operation.theme);
  statement.scope = StatementScope::kOperation;
  statement.theme = operation.theme;
  statement.operation = operation.operation.number;
  for (const AnnexRow& row : out.dataset.rows) {
    if (row.theme == operation.theme && row.operation == operation.operation.number) {
      statement.rows.push_back(row.award.id);
    }
  }
  statement.annex_references.push_back(
      AnnexReference{match[1].str(), {std::stoi(match[2].str())}, std::nullopt});
  statement.quote = sentence_at(line, static_cast<std::size_t>(match.position(0)));
  statement.source = SourceLines{number, number};
  out.dataset.report.statements.push_back(std::move(statement));
}

void mark_accompaniment(const OperationEntry& operation, DeliberationTextImport& out) {
  for (DeclaredStatement& statement : out.dataset.report.statements) {
    if (statement.theme == operation.theme && statement.operation == operation.operation.number &&
        statement.component == StatementComponent::kWhole) {
      statement.component = StatementComponent::kAccompaniment;
    }
  }
}

}  // namespace octroi::text_import
