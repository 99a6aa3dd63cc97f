// The deliberation text reader's entry and the programme's identity read from
// the top of the text (see deliberation_text.h).
#include "import/text/deliberation_text.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "base/utf8.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi {

namespace {

using text_import::split_lines;
using text_import::trim_cell;

// How far from the top the identity lines are looked for.
constexpr std::size_t kIdentityLines = 120;

Error text_error(ErrorCode code, std::string message, std::string_view file, int line) {
  return Error(code, std::move(message), Location{std::string(file), line, 0, {}});
}

int line_of(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
  }
  return line;
}

// "DEPARTEMENT DU PAS-DE-CALAIS" -> "Département du Pas-de-Calais".
std::string display_name(std::string_view printed) {
  const std::string folded = fold_text(printed);
  std::string result;
  std::string_view rest = printed;
  if (folded.rfind("departement ", 0) == 0) {
    result = "Département ";
    rest = rest.substr(rest.find(' ') + 1);
  }
  bool start = true;
  std::string word;
  auto flush = [&] {
    static const std::vector<std::string> particles{"du", "de",  "des", "la", "le",
                                                    "et", "sur", "en",  "d",  "l"};
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool particle =
        !result.empty() && std::find(particles.begin(), particles.end(), lower) != particles.end();
    if (!particle && !lower.empty() && std::isalpha(static_cast<unsigned char>(lower[0])) != 0) {
      lower[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(lower[0])));
    }
    result += lower;
    word.clear();
  };
  for (char c : rest) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letter) {
      word += c;
    } else {
      flush();
      result += c;
    }
    start = false;
  }
  flush();
  (void)start;
  return result;
}

Status read_identity(const std::vector<std::string_view>& lines, std::string_view file_name,
                     std::string_view programme_id, ProgrammeDataset& dataset) {
  ProgrammeIdentity& identity = dataset.programme;
  const std::size_t limit = std::min(lines.size(), kIdentityLines);
  // The authority: the first line of text.
  for (std::size_t i = 0; i < limit; ++i) {
    std::string_view line = trim_cell(lines[i]);
    if (line.empty()) continue;
    identity.authority_printed = std::string(line);
    identity.authority_source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
    break;
  }
  if (identity.authority_printed.empty()) {
    return text_error(ErrorCode::kMissingField, "texte vide : aucune ligne lisible", file_name, 0);
  }
  static const std::regex number_pattern(R"(N°\s*([0-9]{4}-[0-9]+))");
  std::optional<std::size_t> number_line;
  for (std::size_t i = 0; i < limit; ++i) {
    const std::string folded = fold_text(lines[i]);
    if (identity.session_body_key.empty()) {
      if (folded.find("commission permanente") != std::string::npos) {
        identity.session_body_key = "commission_permanente";
        identity.session_body = DeliberativeBody::kStandingCommittee;
        identity.session_source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
      } else if (folded.rfind("deliberation du conseil departemental", 0) == 0) {
        identity.session_body_key = "conseil_departemental";
        identity.session_body = DeliberativeBody::kDepartmentalCouncil;
        identity.session_source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
      }
    }
    if (!identity.session_date.value &&
        (folded.rfind("reunion du ", 0) == 0 || folded.rfind("seance du ", 0) == 0)) {
      std::string_view line = trim_cell(lines[i]);
      std::size_t du = line.find(' ');
      du = du == std::string_view::npos ? du : line.find(' ', du + 1);
      if (du != std::string_view::npos) {
        std::string_view date = trim_cell(line.substr(du + 1));
        Result<Date> parsed = import::parse_printed_date(date);
        if (!parsed.ok()) {
          return text_error(
              ErrorCode::kInvalidValue,
              fmt::format("date de séance illisible « {} » : {}", date, parsed.error().message()),
              file_name, static_cast<int>(i) + 1);
        }
        identity.session_date =
            Printed<Date>{std::string(date), *parsed, false, std::nullopt, static_cast<int>(i) + 1};
      }
    }
    std::string line(lines[i]);
    std::smatch match;
    if (!number_line && std::regex_search(line, match, number_pattern)) {
      identity.deliberation_number = match[1].str();
      identity.deliberation_source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
      number_line = i;
    }
  }
  if (identity.session_body_key.empty()) {
    return text_error(ErrorCode::kMissingField,
                      "organe délibérant introuvable : une ligne « COMMISSION PERMANENTE » ou "
                      "« DELIBERATION DU CONSEIL DEPARTEMENTAL » est attendue en tête du texte",
                      file_name, 0);
  }
  if (!identity.session_date.value) {
    return text_error(ErrorCode::kMissingField,
                      "date de séance introuvable : une ligne « REUNION DU <date> » est attendue "
                      "en tête du texte",
                      file_name, 0);
  }
  if (!number_line) {
    return text_error(ErrorCode::kMissingField,
                      "numéro de délibération introuvable : une ligne « (N°AAAA-NNN) » est "
                      "attendue en tête du texte",
                      file_name, 0);
  }
  // The title: the line of text just above the number.
  std::optional<std::size_t> title_line;
  for (std::size_t i = *number_line; i-- > 0;) {
    if (!trim_cell(lines[i]).empty()) {
      title_line = i;
      break;
    }
  }
  if (!title_line || static_cast<int>(*title_line) == identity.authority_source.line - 1) {
    return text_error(
        ErrorCode::kMissingField,
        "titre de la délibération introuvable : il est attendu sur la ligne au-dessus "
        "du numéro",
        file_name, static_cast<int>(*number_line) + 1);
  }
  const std::string title(trim_cell(lines[*title_line]));
  identity.title = PrintedBlock{
      title, SourceLines{static_cast<int>(*title_line) + 1, static_cast<int>(*title_line) + 1},
      std::nullopt};
  // The report number, when the report is printed with the deliberation.
  static const std::regex report_pattern(R"(^RAPPORT N°\s*([0-9]+))");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line(trim_cell(lines[i]));
    std::smatch match;
    if (std::regex_search(line, match, report_pattern)) {
      identity.report_number = match[1].str();
      identity.report_source = SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1};
      break;
    }
  }

  Result<Programme> created = text_import::programme_from_title(
      programme_id, title, identity.authority_printed, *identity.session_date.value);
  if (!created.ok()) {
    return created.error().located(
        Location{std::string(file_name), static_cast<int>(*title_line) + 1, 0, {}});
  }
  identity.programme = std::move(created).value();
  return ok_status();
}

// "Article N :" followed by a paragraph "... thématique T ... montant total de X € ...".
void read_article_totals(const std::vector<std::string_view>& lines, std::size_t before,
                         DeliberationTextImport& out) {
  static const std::regex article_pattern(R"(^Article ([0-9]{1,2}) ?:)");
  static const std::regex theme_pattern(R"(thématique ([0-9]{1,2}))");
  int article = 0;
  for (std::size_t i = 0; i < before && i < lines.size(); ++i) {
    const std::string line(trim_cell(lines[i]));
    std::smatch match;
    if (std::regex_search(line, match, article_pattern)) {
      article = std::stoi(match[1].str());
      continue;
    }
    if (article == 0 || line.empty()) continue;
    constexpr std::string_view kTotal = "montant total de ";
    const std::size_t at = line.find(kTotal);
    const std::size_t euro = at == std::string::npos ? at : line.find("\xE2\x82\xAC", at);
    if (euro != std::string::npos && std::regex_search(line, match, theme_pattern)) {
      const std::string printed = line.substr(at + kTotal.size(), euro + 3 - at - kTotal.size());
      Result<Amount> amount = import::parse_printed_amount(printed);
      if (amount.ok()) {
        out.article_totals.push_back(ArticleTotal{
            article, std::stoi(match[1].str()),
            Printed<Amount>{printed, *amount, false, std::nullopt, static_cast<int>(i) + 1}});
      }
    }
    article = 0;
  }
  for (const ArticleTotal& total : out.article_totals) {
    Amount sum = Amount::zero();
    bool any = false;
    for (const AnnexRow& row : out.dataset.rows) {
      if (row.theme != total.theme) continue;
      any = true;
      Result<Amount> next = sum.plus(row.award.amount);
      if (next.ok()) sum = *next;
    }
    if (!any || sum != *total.amount.value) {
      out.mismatches.push_back(TotalMismatch{fmt::format("article-{}", total.article),
                                             total.amount.line, *total.amount.value, sum});
    }
  }
}

// "Étaient présents : M. A, Mme B" and the other lists of session.yaml.
void read_attendance(const std::vector<std::string_view>& lines, std::size_t before,
                     DeliberationTextImport& out) {
  struct Heading {
    std::string_view folded;
    std::string_view status;
  };
  static constexpr Heading kHeadings[] = {
      {"etaient presents", "present"},
      {"excuse s sans voix deliberative", "excused_non_voting"},
      {"assistant egalement sans voix deliberative", "attending_non_voting"},
      {"excuse s", "excused"},
      {"absent s", "absent"},
  };
  for (std::size_t i = 0; i < before && i < lines.size(); ++i) {
    const std::string_view line = trim_cell(lines[i]);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string heading = fold_text(line.substr(0, colon));
    for (const Heading& known : kHeadings) {
      if (heading != known.folded) continue;
      AttendanceLine list{std::string(known.status), static_cast<int>(i) + 1, {}};
      std::string_view rest = line.substr(colon + 1);
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        std::string_view name = trim_cell(rest.substr(0, comma));
        while (!name.empty() && name.back() == '.') name.remove_suffix(1);
        if (!name.empty()) list.names.emplace_back(name);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      out.attendance.push_back(std::move(list));
      break;
    }
  }
}

}  // namespace

namespace text_import {

Result<Programme> programme_from_title(std::string_view programme_id, const std::string& title,
                                       const std::string& authority_printed, Date session_date) {
  Programme programme;
  OCTROI_TRY(programme.id, ProgrammeId::parse(programme_id));
  programme.title = title;
  programme.call = title;
  programme.authority = display_name(authority_printed);
  const std::string folded_title = fold_text(title);
  static const std::regex year_pattern(R"(\b(20[0-9]{2})\b)");
  static const std::regex phase_pattern(R"(phase ([0-9]{1,2}))");
  std::smatch match;
  programme.year = std::regex_search(folded_title, match, year_pattern) ? std::stoi(match[1].str())
                                                                        : session_date.year();
  programme.phase =
      std::regex_search(folded_title, match, phase_pattern) ? std::stoi(match[1].str()) : 1;
  return Programme::create(std::move(programme));
}

}  // namespace text_import

std::string programme_id_from_file_name(std::string_view file_name) {
  std::string_view stem = file_name;
  const std::size_t slash = stem.find_last_of("/\\");
  if (slash != std::string_view::npos) stem.remove_prefix(slash + 1);
  // Only the extensions of importable documents (".txt", ".csv", ".xlsx") are
  // dropped: a stored copy is named by its programme id, which may hold dots.
  for (std::string_view known :
       {std::string_view(".txt"), std::string_view(".csv"), std::string_view(".xlsx")}) {
    if (stem.size() <= known.size()) continue;
    std::string extension(stem.substr(stem.size() - known.size()));
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == known) {
      stem.remove_suffix(known.size());
      break;
    }
  }
  if (ProgrammeId::parse(stem).ok()) return std::string(stem);
  const std::string folded = fold_text(stem);
  std::string id;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  if (id.size() > 100) id.resize(100);
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? std::string("deliberation") : id;
}

Result<DeliberationTextImport> read_deliberation_text(std::string_view programme_id,
                                                      std::string_view file_name,
                                                      std::string_view content) {
  if (const std::size_t nul = content.find('\0'); nul != std::string_view::npos) {
    return text_error(ErrorCode::kInvalidValue,
                      "octet nul dans le texte : ce n'est pas un fichier texte", file_name,
                      line_of(content, nul));
  }
  if (const std::size_t bad = first_invalid_utf8(content); bad != std::string_view::npos) {
    return text_error(ErrorCode::kInvalidValue,
                      "texte non UTF-8 : enregistrez le fichier en UTF-8 avant de l'importer",
                      file_name, line_of(content, bad));
  }
  const std::vector<std::string_view> lines = split_lines(content);
  DeliberationTextImport result;
  OCTROI_TRY_STATUS(read_identity(lines, file_name, programme_id, result.dataset));
  OCTROI_TRY_STATUS(text_import::read_annex_table(lines, file_name,
                                                  result.dataset.programme.programme.id, result));
  for (ThemeEntry& theme : result.dataset.themes)
    theme.theme.programme = result.dataset.programme.programme.id;
  const auto annex_start = static_cast<std::size_t>(result.annex_from_line - 1);
  read_article_totals(lines, annex_start, result);
  read_attendance(lines, std::min(annex_start, kIdentityLines), result);
  text_import::read_session_text(lines, annex_start, result);
  text_import::read_deliberation_articles(lines, annex_start, result);
  text_import::read_description_annexes(lines, annex_start, result);
  text_import::read_amendment_annexes(lines, static_cast<std::size_t>(result.annex_to_line),
                                      result);
  text_import::read_report_text(lines, result);
  // The prose readers list their lines after the annex's: one list, in line order.
  std::stable_sort(
      result.unparsed.begin(), result.unparsed.end(),
      [](const UnparsedLine& left, const UnparsedLine& right) { return left.line < right.line; });
  SourceDocument& document = result.dataset.programme.document;
  document.file = std::string(file_name);
  document.lines = static_cast<int>(lines.size());
  document.parts.push_back(
      DocumentPart{"annex4", result.annex_from_line, result.annex_to_line,
                   result.dataset.annex.title.printed.empty()
                       ? std::nullopt
                       : std::optional<PrintedBlock>(result.dataset.annex.title),
                   std::nullopt});
  return result;
}

}  // namespace octroi
