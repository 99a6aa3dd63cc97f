// The amendments annexed to a deliberation text (« AVENANT N°1 … Objet :
// Avenant à la convention n° 2023-00963 … »): the amended agreement, the
// organisation and the clauses the checker compares — unit costs, the parts of
// the participation and the maximum costs (see prose_readers.h).
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// An amount as the clauses print it: "250 euros", "40 000€", "20 000 €".
constexpr std::string_view kClauseAmount =
    R"(([0-9][0-9 \xC2\xA0\xE2\x80\xAF.]{0,15}(?:,[0-9]{1,2})? ?(?:€|euros)))";

// `before` followed by kClauseAmount and `after`, as one pattern.
std::regex with_amount(std::string_view before, std::string_view after = "") {
  std::string pattern(before);
  pattern.append(kClauseAmount).append(after);
  return std::regex(pattern);
}

// "AVENANT N°1" alone on its line.
std::optional<int> amendment_heading(std::string_view line) {
  static const std::regex heading_pattern(R"(^(?:AVENANT|Avenant) N°\s?([0-9]{1,3})$)");
  const std::string text(line);
  std::smatch match;
  if (!std::regex_match(text, match, heading_pattern)) return std::nullopt;
  return std::stoi(match[1].str());
}

// The heading of the next act or part: another amendment, an agreement
// (« CONVENTION » alone), the report.
bool ends_amendment(std::string_view line) {
  return amendment_heading(line).has_value() || line == "CONVENTION" ||
         line.rfind("RAPPORT N°", 0) == 0;
}

// The text without its HTML tags ("<u>Part quantitative :</u>" -> "Part quantitative :").
std::string without_tags(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // A tag is at most kLongestTag bytes: a lone "<" is text.
    constexpr std::size_t kLongestTag = 200;
    const std::size_t close =
        text[i] == '<' ? text.substr(i, kLongestTag + 1).find('>') : std::string_view::npos;
    if (close != std::string_view::npos) {
      i += close + 1;
      continue;
    }
    result += text[i];
    ++i;
  }
  return result;
}

// "Modalités de financement 2023" -> 2023: the year a table row is labelled with.
std::optional<int> label_year(std::string_view label) {
  static const std::regex year_pattern(R"( (20[0-9]{2})$)");
  const std::string text(trim_cell(label));
  std::smatch match;
  if (!std::regex_search(text, match, year_pattern)) return std::nullopt;
  return std::stoi(match[1].str());
}

// The year of "pour la période du 1^{er} janvier au 31 décembre 2023" in
// `text`, when the period lies within one year.
std::optional<int> period_year(const std::string& text) {
  static const std::regex period_pattern(R"((du [^,;:]{3,60}? au [^,;:]{3,40}?[0-9]{4}))");
  std::smatch match;
  if (!std::regex_search(text, match, period_pattern)) return std::nullopt;
  Result<Period> period = import::parse_printed_period(match[1].str());
  if (!period.ok() || period->start().year() != period->end().year()) return std::nullopt;
  return period->start().year();
}

// Where a clause quoted from a cell ends: at the next ".", bullet or ":"
// (« … comme suit : »), or through the colons (« Part quantitative : 50% … »).
enum class ClauseEnd { kAtColon, kThroughColon };

// From `begin` to the end of its clause.
std::string clause_from(const std::string& text, std::size_t begin,
                        ClauseEnd clause_end = ClauseEnd::kAtColon) {
  std::size_t end = text.size();
  for (std::string_view stop : {". ", ":", "\xE2\x80\xA2", "\xE2\x97\x8B"}) {
    if (clause_end == ClauseEnd::kThroughColon && stop == ":") continue;
    const std::size_t at = text.find(stop, begin + 1);
    if (at != std::string::npos && at < end) end = at + (stop == ":" ? 1 : 0);
  }
  if (end < text.size() && text[end] == '.') ++end;
  return std::string(trim_cell(std::string_view(text).substr(begin, end - begin)));
}

struct ClauseContext {
  const std::vector<std::string_view>& lines;
  std::size_t index;
  int number;  // 1-based line
  std::optional<int> year;
  DeliberationTextImport& out;
};

std::optional<Printed<Amount>> clause_amount(const ClauseContext& context,
                                             const std::string& printed, std::string_view what) {
  const std::string text(trim_cell(printed));
  Result<Amount> amount = import::parse_printed_amount(text);
  if (!amount.ok()) {
    list_unparsed(
        context.out, context.lines, context.index,
        fmt::format("avenant : {} illisible « {} » : {}", what, text, amount.error().message()));
    return std::nullopt;
  }
  return Printed<Amount>{text, *amount, false, std::nullopt, context.number};
}

// "Sur la base d'un coût de la place d'accompagnement à 250 euros".
void read_unit_costs(const ClauseContext& context, const std::string& text,
                     AmendmentRecord& amendment) {
  static const std::regex cost_pattern =
      with_amount(R"(coût (?:de la |d'une |par )([a-zA-Z]+)[^.;:€]{0,60}? à )");
  static const std::regex mention_pattern(R"(coût (?:de la |d'une |par )([a-zA-Z]+))");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), mention_pattern);
       it != std::sregex_iterator(); ++it) {
    const auto at = static_cast<std::size_t>(it->position(0));
    const std::optional<QuantityUnit> unit = read_unit((*it)[1].str());
    if (!unit) continue;  // "coût de la formation": not a cost per unit
    const std::string rest = text.substr(at);
    std::smatch match;
    if (!std::regex_search(rest, match, cost_pattern, std::regex_constants::match_continuous)) {
      list_unparsed(context.out, context.lines, context.index,
                    fmt::format("avenant : coût unitaire « {} » sans montant « à X € »",
                                clause_from(text, at)));
      continue;
    }
    std::optional<Printed<Amount>> amount = clause_amount(context, match[2].str(), "coût unitaire");
    if (!amount) continue;
    std::size_t begin = text.rfind(". ", at);
    begin = begin == std::string::npos ? 0 : begin + 2;
    amendment.unit_costs.push_back(UnitCostClause{
        std::move(*amount), std::string(to_key(*unit)),
        ClauseOrigin{clause_from(text, begin), SourceLines{context.number, context.number},
                     context.year, std::nullopt}});
  }
}

// "Part quantitative : 50% de la participation financière, soit un maximum de
// 20 000 €, portera sur 100 places d'accompagnement".
void read_splits(const ClauseContext& context, const std::string& text,
                 AmendmentRecord& amendment) {
  static const std::regex part_pattern(R"(Part ([a-zA-Z]+) ?:)");
  static const std::regex split_pattern = with_amount(
      R"(Part ([a-zA-Z]+) ?: ?([0-9]{1,3}(?:,[0-9]{1,4})? ?%)[^€%]{0,80}?, soit un maximum (?:de )?)",
      R"((?:, porte(?:ra)? sur ([0-9]{1,6}) ([a-zA-Z]+))?)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), part_pattern);
       it != std::sregex_iterator(); ++it) {
    const auto at = static_cast<std::size_t>(it->position(0));
    const std::string rest = text.substr(at);
    std::smatch match;
    if (!std::regex_search(rest, match, split_pattern, std::regex_constants::match_continuous)) {
      list_unparsed(context.out, context.lines, context.index,
                    fmt::format("avenant : part « {} » sans taux ni « soit un maximum de X € »",
                                clause_from(text, at, ClauseEnd::kThroughColon)));
      continue;
    }
    Result<Rate> rate = import::parse_printed_rate(match[2].str());
    if (!rate.ok()) {
      list_unparsed(context.out, context.lines, context.index,
                    fmt::format("avenant : taux illisible « {} » : {}", match[2].str(),
                                rate.error().message()));
      continue;
    }
    std::optional<Printed<Amount>> maximum = clause_amount(context, match[3].str(), "part");
    if (!maximum) continue;
    SplitClause split;
    split.part = fold_text(match[1].str());
    split.rate = Printed<Rate>{match[2].str(), *rate, false, std::nullopt, context.number};
    split.maximum = std::move(*maximum);
    const std::optional<QuantityUnit> unit =
        match[5].matched ? read_unit(match[5].str()) : std::nullopt;
    if (unit && to_key(*unit) == "places") {
      Result<int> places = import::parse_printed_count(match[4].str());
      if (places.ok()) {
        split.places = Printed<int>{match[4].str(), *places, false, std::nullopt, context.number};
      }
    }
    split.origin =
        ClauseOrigin{clause_from(text, at, ClauseEnd::kThroughColon),
                     SourceLines{context.number, context.number}, context.year, std::nullopt};
    amendment.splits.push_back(std::move(split));
  }
}

// "le coût total de l'opération est estimé à un montant maximum de 40 000€".
void read_amounts(const ClauseContext& context, const std::string& text,
                  AmendmentRecord& amendment) {
  static const std::regex amount_pattern = with_amount(R"(un montant (maximum )?de )");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), amount_pattern);
       it != std::sregex_iterator(); ++it) {
    std::optional<Printed<Amount>> amount = clause_amount(context, (*it)[2].str(), "montant");
    if (!amount) continue;
    const auto at = static_cast<std::size_t>(it->position(0));
    const std::string sentence = sentence_at(text, at);
    AmountClause clause;
    clause.amount = std::move(*amount);
    clause.maximum = (*it)[1].matched;
    // « Pour la durée de la convention le coût total … » is the agreement's
    // total (the after-vote tranches leave it out), as amendments.yaml says.
    if (sentence.find("durée de la convention") != std::string::npos) {
      clause.applies_to = "total de la convention";
    }
    clause.origin = ClauseOrigin{sentence, SourceLines{context.number, context.number},
                                 context.year ? context.year : period_year(sentence), std::nullopt};
    amendment.amounts.push_back(std::move(clause));
  }
}

// The article authorising the amendment of agreement `number`.
const DeclaredDecision* authorising_article(const ProgrammeDataset& dataset,
                                            const std::string& number) {
  for (const DeclaredDecision& article : dataset.deliberation.articles) {
    if (article.amendment && article.amendment->agreement == number &&
        !article.annex_references.empty() && !article.annex_references[0].annexes.empty()) {
      return &article;
    }
  }
  return nullptr;
}

// The organisation of the annex rows signed by the amendment of annex `annex`:
// nullptr when no row, or rows of several organisations, name that annex.
const AnnexRow* amended_row(const ProgrammeDataset& dataset, int annex, int& count) {
  const AnnexRow* found = nullptr;
  count = 0;
  for (const AnnexRow& row : dataset.rows) {
    if (!row.instrument || row.instrument->kind_key != "amendment" ||
        row.instrument->annex != annex) {
      continue;
    }
    if (found == nullptr || found->organisation.id.key() != row.organisation.id.key()) ++count;
    if (found == nullptr) found = &row;
  }
  return count == 1 ? found : nullptr;
}

// The amendment whose heading is line index `heading`, up to line index
// `end` (excluded); false when it is not read (listed in `out.unparsed`).
bool read_amendment(const std::vector<std::string_view>& lines, std::size_t heading,
                    std::size_t end, int amendment_number, DeliberationTextImport& out) {
  static const std::regex object_pattern(
      R"(^Objet ?: ?Avenant à la convention n° ?([0-9]{4}-[0-9]{1,6})(?: « ([^»]{1,200}) »)?)");
  std::size_t object_line = end;
  std::smatch object;
  std::string object_text;
  for (std::size_t i = heading + 1; i < end && i <= heading + 10; ++i) {
    object_text = std::string(trim_cell(lines[i]));
    if (std::regex_search(object_text, object, object_pattern)) {
      object_line = i;
      break;
    }
  }
  if (object_line == end) {
    list_unparsed(out, lines, heading,
                  "avenant sans ligne « Objet : Avenant à la convention n° … » dans les dix "
                  "lignes suivantes");
    return false;
  }
  const std::string agreement = object[1].str();
  const DeclaredDecision* article = authorising_article(out.dataset, agreement);
  if (article == nullptr) {
    list_unparsed(out, lines, object_line,
                  fmt::format("avenant à la convention n° {} : aucun article de la délibération "
                              "n'en autorise la signature en nommant son annexe",
                              agreement));
    return false;
  }
  const int annex = article->annex_references[0].annexes[0];
  int organisations = 0;
  const AnnexRow* row = amended_row(out.dataset, annex, organisations);
  if (row == nullptr) {
    list_unparsed(out, lines, object_line,
                  organisations == 0
                      ? fmt::format("avenant de l'annexe {} : aucune ligne de l'annexe financière "
                                    "ne porte « Avenant annexe {} »",
                                    annex, annex)
                      : fmt::format("avenant de l'annexe {} : les lignes « Avenant annexe {} » "
                                    "nomment plusieurs structures",
                                    annex, annex));
    return false;
  }
  AmendmentRecord amendment;
  amendment.id = fmt::format("avenant-{}-convention-{}", amendment_number, agreement);
  amendment.annex = annex;
  amendment.article = article->number;
  amendment.number = amendment_number;
  const int heading_number = static_cast<int>(heading) + 1;
  const int object_number = static_cast<int>(object_line) + 1;
  amendment.heading = PrintedBlock{std::string(trim_cell(lines[heading])),
                                   SourceLines{heading_number, heading_number}, std::nullopt};
  amendment.object =
      PrintedBlock{object_text, SourceLines{object_number, object_number}, std::nullopt};
  amendment.agreement.number = agreement;
  amendment.agreement.title = object[2].matched ? object[2].str() : "";
  amendment.agreement.quote = object[0].str().substr(object[0].str().find("convention"));
  amendment.agreement.source = SourceLines{object_number, object_number};
  amendment.organisation = row->organisation;
  for (std::size_t i = object_line + 1; i < end; ++i) {
    const std::string_view line = trim_cell(lines[i]);
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    // A table row "Modalités de financement 2023<TAB>…" labels its clauses with its year.
    const std::optional<int> year =
        tab == std::string_view::npos ? std::nullopt : label_year(line.substr(0, tab));
    // Its clauses are in the cells after the label.
    const std::string text(
        trim_cell(without_tags(tab == std::string_view::npos ? line : line.substr(tab + 1))));
    const ClauseContext context{lines, i, static_cast<int>(i) + 1, year, out};
    read_unit_costs(context, text, amendment);
    read_splits(context, text, amendment);
    read_amounts(context, text, amendment);
  }
  out.dataset.amendments.push_back(std::move(amendment));
  return true;
}

}  // namespace

void read_amendment_annexes(const std::vector<std::string_view>& lines, std::size_t from,
                            DeliberationTextImport& out) {
  std::size_t i = from;
  while (i < lines.size()) {
    const std::optional<int> number = amendment_heading(trim_cell(lines[i]));
    if (!number) {
      if (trim_cell(lines[i]).rfind("RAPPORT N°", 0) == 0) return;
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < lines.size() && !ends_amendment(trim_cell(lines[end]))) ++end;
    read_amendment(lines, i, end, *number, out);
    i = end;
  }
}

}  // namespace octroi::text_import
