// A territory cell of a deliberation's annex (see annex_text_reader.h): the
// canonical territories it names, whatever the spelling — accents, case,
// hyphens, typos within an edit distance, several names in one cell.
#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "base/text.h"
#include "domain/territory.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"

namespace octroi::text_import {

namespace {

// --- Territories -----------------------------------------------------------

struct TerritoryName {
  std::string_view words;  // folded
  Territory territory;
};

constexpr std::array<TerritoryName, 9> kTerritoryNames{{
    {"arrageois", Territory::kArrageois},
    {"artois", Territory::kArtois},
    {"audomarois", Territory::kAudomarois},
    {"boulonnais", Territory::kBoulonnais},
    {"calaisis", Territory::kCalaisis},
    {"henin carvin", Territory::kHeninCarvin},
    {"lens lievin", Territory::kLensLievin},
    {"montreuillois", Territory::kMontreuillois},
    {"ternois", Territory::kTernois},
}};

// Levenshtein distance, bounded use on short words.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> words_of(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t space = folded.find(' ', start);
    if (space == std::string_view::npos) space = folded.size();
    if (space > start) words.emplace_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace

std::optional<TerritoryReference> read_territory_cell(std::string_view printed) {
  const std::string folded = fold_text(printed);
  if (folded.empty()) return std::nullopt;
  if (folded == "departement" || folded == "tout le departement" ||
      folded == "tous les territoires") {
    return TerritoryReference{
        std::string(printed), TerritoryScope::department_wide(), {"departement"}, std::nullopt};
  }
  std::vector<std::string> words = words_of(folded);
  std::vector<Territory> named;
  std::vector<Territory> excluded;
  std::vector<std::string> notes;
  bool except = false;
  for (std::size_t i = 0; i < words.size();) {
    const std::string& word = words[i];
    if (word == "multi" || word == "territoire" || word == "territoires" || word == "et" ||
        word == "multiterritoire") {
      ++i;
      continue;
    }
    if (word == "hors" || word == "sauf") {
      except = true;
      ++i;
      continue;
    }
    std::vector<Territory>& into = except ? excluded : named;
    bool matched = false;
    if (i + 1 < words.size()) {
      const std::string pair = word + " " + words[i + 1];
      for (const TerritoryName& name : kTerritoryNames) {
        if (name.words == pair) {
          into.push_back(name.territory);
          i += 2;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    for (const TerritoryName& name : kTerritoryNames) {
      if (name.words == word) {
        into.push_back(name.territory);
        matched = true;
        break;
      }
    }
    if (!matched && (word == "lens" || word == "lievin")) {
      into.push_back(Territory::kLensLievin);
      notes.push_back(fmt::format("« {} » lu comme Lens-Liévin", word));
      matched = true;
    } else if (!matched && (word == "henin" || word == "carvin")) {
      into.push_back(Territory::kHeninCarvin);
      notes.push_back(fmt::format("« {} » lu comme Hénin-Carvin", word));
      matched = true;
    }
    if (!matched && word.size() >= 6) {
      for (const TerritoryName& name : kTerritoryNames) {
        if (name.words.find(' ') == std::string_view::npos &&
            edit_distance(word, name.words) <= 1) {
          into.push_back(name.territory);
          notes.push_back(fmt::format("« {} » lu comme {} (orthographe imprimée différente)", word,
                                      to_label(name.territory)));
          matched = true;
          break;
        }
      }
    }
    if (!matched) return std::nullopt;
    ++i;
  }
  if (except) {
    if (excluded.empty()) return std::nullopt;
    for (Territory territory : all_territories()) {
      if (std::find(excluded.begin(), excluded.end(), territory) == excluded.end() &&
          std::find(named.begin(), named.end(), territory) == named.end()) {
        named.push_back(territory);
      }
    }
    notes.push_back("tous les territoires sauf ceux cités après « hors »");
  }
  if (named.empty()) return std::nullopt;
  std::vector<Territory> unique;
  for (Territory territory : named) {
    if (std::find(unique.begin(), unique.end(), territory) == unique.end()) {
      unique.push_back(territory);
    }
  }
  Result<TerritoryScope> scope = TerritoryScope::of(unique);
  if (!scope.ok()) return std::nullopt;
  std::vector<std::string> keys;
  keys.reserve(unique.size());
  for (Territory territory : unique) keys.emplace_back(to_key(territory));
  std::optional<std::string> note;
  if (!notes.empty()) {
    std::string joined;
    for (const std::string& part : notes) joined += (joined.empty() ? "" : " ; ") + part;
    note = "Lecture du libellé : " + joined + ".";
  }
  return TerritoryReference{std::string(printed), *scope, std::move(keys), std::move(note)};
}

}  // namespace octroi::text_import
