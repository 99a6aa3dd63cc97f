// Names: territory labels that are misspellings of one of the nine
// territories, an organisation printed under two spellings, and a member's
// name spelled differently in the attendance list and in a statement.
// Matching is accent-, case- and punctuation-insensitive (fold_text) and
// tolerates typos (edit_distance).
#include <fmt/format.h>
#include <map>
#include <set>

#include "checks/check_support.h"
#include "checks/checks.h"
#include "domain/territory.h"

namespace octroi {
namespace {

using namespace check_support;  // NOLINT(google-build-using-namespace)

constexpr std::size_t kShortestCheckedWord = 6;  // "Artois"; shorter words are too ambiguous
constexpr int kTerritoryTypos = 2;
constexpr int kOrganisationTypos = 3;
constexpr int kMemberTypos = 3;

std::vector<std::string> split_words(const std::string& folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

struct Occurrence {
  std::string printed;
  SourceLines source;
};

void check_territories(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  std::set<std::string> canonical;
  for (Territory territory : all_territories()) {
    for (const std::string& word : split_words(fold_text(to_label(territory)))) {
      canonical.insert(word);
    }
  }
  std::vector<Occurrence> cells;
  for (const AnnexRow& row : dataset.rows) cells.push_back({row.territory.printed, row.source});
  for (const DeclaredStatement& statement : dataset.report.statements) {
    for (const TerritoryReference& territory : statement.territories) {
      cells.push_back({territory.printed, statement.source});
    }
  }
  std::map<std::string, std::pair<std::string, std::vector<SourceLines>>> misspelt;  // word ->
  std::vector<std::string> order;
  for (const Occurrence& cell : cells) {
    for (const std::string& word : split_words(fold_text(cell.printed))) {
      if (word.size() < kShortestCheckedWord || canonical.count(word) != 0) continue;
      for (const std::string& known : canonical) {
        if (known.size() < kShortestCheckedWord || edit_distance(word, known) > kTerritoryTypos) {
          continue;
        }
        auto [entry, inserted] = misspelt.try_emplace(word);
        if (inserted) order.push_back(word);
        entry->second.first = known;
        entry->second.second.push_back(cell.source);
      }
    }
  }
  for (const std::string& word : order) {
    const auto& [known, lines] = misspelt[word];
    std::string label;
    for (Territory territory : all_territories()) {
      if (fold_text(to_label(territory)).find(known) != std::string::npos) {
        label = std::string(to_label(territory));
      }
    }
    Where where;
    where.article = word;
    where.lines = lines;
    std::vector<ComparedValue> values;
    for (const SourceLines& line : lines)
      values.push_back({"graphie imprimée", word, label, line.line});
    findings.push_back(make_finding(
        Severity::kWarning, "names.territory_misspelt", where,
        fmt::format("Le territoire est imprimé « {} » ({} fois) : faute de frappe pour « {} ».",
                    word, lines.size(), label),
        std::move(values)));
  }
}

// "l apsa" -> "apsa": a leading article is not part of the name.
std::string without_article(const std::string& folded) {
  for (std::string_view article : {"l ", "le ", "la ", "les "}) {
    if (folded.rfind(article, 0) == 0) return folded.substr(article.size());
  }
  return folded;
}

void check_organisations(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  std::map<std::string, std::vector<Occurrence>> forms;  // organisation id -> printed forms
  auto add = [&forms](const OrganisationReference& reference, SourceLines source) {
    std::vector<Occurrence>& list = forms[reference.id.key()];
    for (const Occurrence& known : list) {
      if (known.printed == reference.printed) return;
    }
    list.push_back({reference.printed, source});
  };
  for (const AnnexRow& row : dataset.rows) add(row.organisation, row.source);
  for (const DeclaredStatement& statement : dataset.report.statements) {
    for (const OrganisationReference& reference : statement.organisations) {
      add(reference, statement.source);
    }
  }
  for (const OrganisationEntry& entry : dataset.organisations) {
    auto found = forms.find(entry.organisation.id.key());
    if (found == forms.end()) continue;
    const std::vector<Occurrence>& list = found->second;
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        const std::string left = without_article(fold_text(list[i].printed));
        const std::string right = without_article(fold_text(list[j].printed));
        if (left == right && list[i].printed != list[j].printed &&
            fold_text(list[i].printed) == fold_text(list[j].printed)) {
          Where where;
          where.organisation = entry.organisation.id.key();
          where.lines = {list[i].source, list[j].source};
          findings.push_back(make_finding(
              Severity::kInfo, "names.organisation_variant", where,
              fmt::format("La structure est imprimée « {} » (l. {}) et « {} » (l. {}) : "
                          "majuscules ou accents différents.",
                          list[i].printed, list[i].source.line, list[j].printed,
                          list[j].source.line),
              {{"graphie", list[i].printed, "", list[i].source.line},
               {"graphie", list[j].printed, "", list[j].source.line}}));
        } else if (left != right && edit_distance(left, right) <= kOrganisationTypos) {
          Where where;
          where.organisation = entry.organisation.id.key();
          where.lines = {list[i].source, list[j].source};
          findings.push_back(make_finding(
              Severity::kWarning, "names.organisation_misspelt", where,
              fmt::format("La même structure est imprimée « {} » (l. {}) et « {} » (l. {}).",
                          list[i].printed, list[i].source.line, list[j].printed,
                          list[j].source.line),
              {{"graphie", list[i].printed, "", list[i].source.line},
               {"graphie", list[j].printed, "", list[j].source.line}}));
        }
      }
    }
  }
}

// "M. André KUHCINSKI" -> "André KUHCINSKI".
std::string without_civility(const std::string& printed) {
  for (std::string_view civility : {"Monsieur ", "Madame ", "Mme ", "M. "}) {
    if (printed.rfind(civility, 0) == 0) return printed.substr(civility.size());
  }
  return printed;
}

void check_members(const ProgrammeDataset& dataset, std::vector<Finding>& findings) {
  std::map<std::string, std::string> names;
  for (const SessionMemberEntry& member : dataset.session.members) {
    names[member.id.key()] = member.name;
  }
  auto compare = [&](const MemberReference& reference, SourceLines source) {
    auto found = names.find(reference.member.key());
    if (found == names.end()) return;
    const std::string printed = without_civility(reference.printed);
    if (printed == found->second) return;
    Where where;
    where.member = reference.member.key();
    where.lines.push_back(source);
    const bool variant = fold_text(printed) == fold_text(found->second);
    if (!variant && edit_distance(fold_text(printed), fold_text(found->second)) > kMemberTypos) {
      return;  // a different wording ("le Président"), not a spelling
    }
    findings.push_back(make_finding(
        variant ? Severity::kInfo : Severity::kWarning,
        variant ? "names.member_variant" : "names.member_misspelt", where,
        fmt::format("L'élu(e) « {} » de la liste des présents est écrit(e) « {} » (l. {}){}.",
                    found->second, printed, source.line,
                    variant ? " : accents ou majuscules différents" : ""),
        {{"nom de la liste", found->second, found->second, 0},
         {"nom imprimé", printed, printed, source.line}}));
  };
  for (const AttendanceList& list : dataset.session.attendance) {
    for (const MemberReference& reference : list.members) compare(reference, list.source);
  }
  for (const RecusalStatement& recusal : dataset.session.recusals) {
    for (const MemberReference& reference : recusal.members) compare(reference, recusal.source);
  }
}

}  // namespace

std::vector<Finding> check_names(const ProgrammeDataset& dataset) {
  std::vector<Finding> findings;
  check_territories(dataset, findings);
  check_organisations(dataset, findings);
  check_members(dataset, findings);
  return findings;
}

}  // namespace octroi
