// The decisions of a deliberation text: the deliberation's articles and the
// decisions the report proposes, with the values they state, and the report's
// number and budget table (see prose_readers.h).
#include <cctype>
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// The paragraph starting at line index `first`: its lines up to a blank line,
// and the lines after a blank line when the paragraph stops mid-sentence
// ("pour un montant total de" / "783 128,51 €, ..."). `last` receives its
// last line index.
std::string paragraph_at(const std::vector<std::string_view>& lines, std::size_t first,
                         std::size_t end, std::size_t& last) {
  std::string text(trim_cell(lines[first]));
  last = first;
  for (std::size_t i = first + 1; i < end; ++i) {
    const std::string_view next = trim_cell(lines[i]);
    if (next.empty()) continue;
    const char tail = text.empty() ? '.' : text.back();
    const auto head = static_cast<unsigned char>(next.front());
    const bool continues = tail != '.' && tail != ';' && tail != ':' &&
                           (std::isdigit(head) != 0 || std::islower(head) != 0);
    if (!continues || is_budget_table_header(lines[i])) break;
    text += ' ';
    text += next;
    last = i;
  }
  return text;
}

std::vector<AnnexReference> annex_references(const std::string& text) {
  static const std::regex annex_pattern(R"([Aa]nnexes? ([0-9]{1,2})( et ([0-9]{1,2}))?)");
  std::vector<AnnexReference> references;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), annex_pattern);
       it != std::sregex_iterator(); ++it) {
    AnnexReference reference{(*it)[0].str(), {std::stoi((*it)[1].str())}, std::nullopt};
    if ((*it)[3].matched) reference.annexes.push_back(std::stoi((*it)[3].str()));
    references.push_back(std::move(reference));
  }
  return references;
}

// Reads what a decision's text states. False when a value it announces
// cannot be read (listed by the caller).
bool read_decision_values(const std::string& text, int line, DeclaredDecision& decision,
                          std::string& problem) {
  const std::string folded = fold_text(text.substr(0, 40));
  decision.annex_references = annex_references(text);
  std::smatch match;
  if (folded.rfind("de valider le financement", 0) == 0) {
    decision.action = DecisionAction::kValidateFunding;
    static const std::regex count_pattern(
        R"(des ([0-9]{1,3}) opérations de la thématique ([0-9]{1,2}))");
    if (std::regex_search(text, match, count_pattern)) {
      decision.operations_count =
          Printed<int>{match[1].str(), std::stoi(match[1].str()), false, std::nullopt, line};
      decision.theme = std::stoi(match[2].str());
    }
    constexpr std::string_view kTotal = "montant total de ";
    const std::size_t at = text.find(kTotal);
    if (at != std::string::npos) {
      const std::size_t euro = text.find("\xE2\x82\xAC", at);
      if (euro == std::string::npos) {
        problem = "montant total sans « € » : non lu";
        return false;
      }
      const std::string printed =
          std::string(trim_cell(text.substr(at + kTotal.size(), euro + 3 - at - kTotal.size())));
      Result<Amount> amount = import::parse_printed_amount(printed);
      if (!amount.ok()) {
        problem = fmt::format("montant illisible « {} » : {}", printed, amount.error().message());
        return false;
      }
      decision.amount = Printed<Amount>{printed, *amount, false, std::nullopt, line};
    }
    return true;
  }
  if (folded.rfind("d autoriser", 0) == 0 || folded.rfind("de m autoriser", 0) == 0) {
    decision.action = DecisionAction::kAuthoriseSignature;
    static const std::regex amendment_pattern(
        R"(l'avenant n°\s?([0-9]{1,3}) à la convention n°\s?([0-9]{4}-[0-9]{1,6}) « ([^»]{1,200}) »)");
    if (std::regex_search(text, match, amendment_pattern)) {
      decision.agreement_kind = "amendment";
      decision.amendment = DecisionAmendment{
          match[0].str(),
          Printed<int>{match[1].str(), std::stoi(match[1].str()), false, std::nullopt, line},
          match[2].str(), match[3].str()};
    } else if (text.find("avenant") != std::string::npos) {
      decision.agreement_kind = "amendment";
    } else if (text.find("frais de déplacement") != std::string::npos) {
      decision.agreement_kind = "travel_agreement";
    } else if (text.find("convention") != std::string::npos) {
      decision.agreement_kind = "standard_agreement";
    }
    return true;
  }
  if (text.find("imputée") != std::string::npos) {
    decision.action = DecisionAction::kBudgetImputation;
    static const std::regex articles_pattern(
        R"(des articles ([0-9]{1,2}(, [0-9]{1,2}){0,20}( et [0-9]{1,2})?))");
    if (std::regex_search(text, match, articles_pattern)) {
      static const std::regex number_pattern(R"([0-9]{1,2})");
      const std::string list = match[1].str();
      for (auto it = std::sregex_iterator(list.begin(), list.end(), number_pattern);
           it != std::sregex_iterator(); ++it) {
        decision.applies_to_articles.push_back(std::stoi((*it)[0].str()));
      }
    }
    return true;
  }
  problem = "décision d'un type non reconnu (ni financement, ni signature, ni imputation)";
  return false;
}

// After a budget-imputation decision, the table that follows it, if any.
void attach_table(const std::vector<std::string_view>& lines, std::size_t from, std::size_t end,
                  DeliberationTextImport& out, DeclaredDecision& decision) {
  for (std::size_t i = from; i < end; ++i) {
    if (trim_cell(lines[i]).empty()) continue;
    if (is_budget_table_header(lines[i])) {
      std::size_t last = i;
      decision.budget_table = read_budget_table_at(lines, i, out, last);
    }
    return;
  }
}

}  // namespace

void read_deliberation_articles(const std::vector<std::string_view>& lines, std::size_t before,
                                DeliberationTextImport& out) {
  static const std::regex article_pattern(R"(^Article ([0-9]{1,2}) ?:)");
  DeliberationRecord& record = out.dataset.deliberation;
  const ProgrammeIdentity& identity = out.dataset.programme;
  record.number_text = identity.deliberation_number;
  record.number = PrintedBlock{fmt::format("(N°{})", identity.deliberation_number),
                               identity.deliberation_source, std::nullopt};
  record.title = identity.title;
  record.authority = PrintedBlock{identity.authority_printed, identity.authority_source, {}};
  const std::size_t end = std::min(before, lines.size());
  for (std::size_t i = 0; i < end; ++i) {
    const std::string heading(trim_cell(lines[i]));
    std::smatch match;
    if (!std::regex_search(heading, match, article_pattern)) continue;
    DeclaredDecision decision;
    decision.number = std::stoi(match[1].str());
    // The text follows the heading on its line ("Article 1 : D'attribuer
    // ..."), or in the next paragraph.
    // (No ".*" in the pattern: libstdc++'s regex recurses once per character.)
    const std::string after(trim_cell(std::string_view(heading).substr(
        static_cast<std::size_t>(match.position(0) + match.length(0)))));
    const bool inline_text = !after.empty();
    std::size_t first = i + (inline_text ? 0 : 1);
    while (!inline_text && first < end && trim_cell(lines[first]).empty()) ++first;
    if (first >= end) {
      list_unparsed(out, lines, i, "article sans texte");
      break;
    }
    std::size_t last = first;
    decision.label = inline_text ? heading.substr(0, heading.find(':') + 1) : heading;
    decision.text = paragraph_at(lines, first, end, last);
    if (inline_text) decision.text = after + decision.text.substr(heading.size());
    decision.source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(last) + 1};
    std::string problem;
    if (!read_decision_values(decision.text, static_cast<int>(first) + 1, decision, problem)) {
      list_unparsed(out, lines, first, fmt::format("article {} : {}", decision.number, problem));
      i = last;
      continue;
    }
    if (decision.action == DecisionAction::kBudgetImputation) {
      attach_table(lines, last + 1, end, out, decision);
    }
    record.articles.push_back(std::move(decision));
    i = last;
  }
  // "ARRAS, le 18 septembre 2023": the place and date of signature.
  static const std::regex place_pattern(
      R"(^([A-ZÉÈ' -]{1,60}), le ([0-9]{1,2}(er)? [a-zéû]{1,12} [0-9]{4})$)");
  for (std::size_t i = 0; i < end; ++i) {
    const std::string line(trim_cell(lines[i]));
    std::smatch match;
    if (!std::regex_search(line, match, place_pattern)) continue;
    Result<Date> date = import::parse_printed_date(match[2].str());
    if (!date.ok()) {
      list_unparsed(out, lines, i,
                    fmt::format("date de signature illisible : {}", date.error().message()));
      break;
    }
    const int number = static_cast<int>(i) + 1;
    record.place_and_date = PrintedBlock{line, SourceLines{number, number}, std::nullopt};
    record.date = Printed<Date>{match[2].str(), *date, false, std::nullopt, number};
    out.dataset.session.place = record.place_and_date;
    out.dataset.session.place_name = match[1].str();
    out.dataset.session.place_date = record.date;
    break;
  }
}

void read_report_text(const std::vector<std::string_view>& lines, DeliberationTextImport& out) {
  ReportRecord& report = out.dataset.report;
  const ProgrammeIdentity& identity = out.dataset.programme;
  if (identity.report_number.empty()) return;
  const auto start = static_cast<std::size_t>(identity.report_source.line - 1);
  report.number_text = identity.report_number;
  report.number = PrintedBlock{std::string(trim_cell(lines[start])), identity.report_source, {}};
  int order = 0;
  bool proposals = false;
  for (std::size_t i = start + 1; i < lines.size(); ++i) {
    const std::string_view line = trim_cell(lines[i]);
    if (line.empty()) continue;
    if (report.title.printed.empty() && line == identity.title.printed) {
      const int number = static_cast<int>(i) + 1;
      report.title = PrintedBlock{std::string(line), SourceLines{number, number}, std::nullopt};
      continue;
    }
    if (is_budget_table_header(lines[i])) {
      std::size_t last = i;
      out.dataset.budget_table = read_budget_table_at(lines, i, out, last);
      i = last;
      proposals = false;
      continue;
    }
    if (fold_text(line).rfind("il convient de statuer", 0) == 0) {
      proposals = true;
      continue;
    }
    if (!proposals) continue;
    // The bullets: "- De valider ..." or "– De m'autoriser ...".
    std::string_view bullet = line;
    if (bullet.rfind("- ", 0) == 0) {
      bullet.remove_prefix(2);
    } else if (bullet.rfind("\xE2\x80\x93 ", 0) == 0) {
      bullet.remove_prefix(4);
    } else {
      proposals = false;  // the end of the list: "La dépense serait imputée ..."
      continue;
    }
    std::size_t last = i;
    DeclaredDecision decision;
    decision.number = ++order;
    decision.text = paragraph_at(lines, i, lines.size(), last);
    decision.text.erase(0, line.size() - bullet.size());
    decision.source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(last) + 1};
    std::string problem;
    if (read_decision_values(decision.text, static_cast<int>(i) + 1, decision, problem)) {
      report.proposed_decisions.push_back(std::move(decision));
    } else {
      list_unparsed(out, lines, i, fmt::format("décision proposée par le rapport : {}", problem));
    }
    i = last;
  }
}

}  // namespace octroi::text_import
