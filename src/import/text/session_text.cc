// The session of a deliberation text: chair, secretary, attendance lists and
// their members, the statements of members "intéressés à l'affaire", and the
// vote (see prose_readers.h).
#include <algorithm>
#include <fmt/format.h>
#include <regex>

#include "base/text.h"
#include "import/attendance_status.h"
#include "import/text/annex_text_reader.h"
#include "import/text/prose_readers.h"

namespace octroi::text_import {

namespace {

// The most typos a member's name printed twice may show (as the name checks).
constexpr int kMemberTypos = 3;

bool has_lower_case(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte >= 'a' && byte <= 'z') return true;
    // Latin-1 supplement lower-case letters: U+00E0 to U+00FF (C3 A0..C3 BF).
    if (byte == 0xC3 && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) >= 0xA0) {
      return true;
    }
  }
  return false;
}

std::string dashed(std::string_view text) {
  std::string folded = fold_text(text);
  for (char& c : folded) {
    if (c == ' ') c = '-';
  }
  return folded;
}

struct PersonName {
  std::optional<Civility> civility{};
  std::string name{};  // "Jean-Claude LEROY", without the civility
};

PersonName split_civility(std::string_view printed) {
  struct Known {
    std::string_view prefix;
    Civility civility;
  };
  static constexpr Known kKnown[] = {{"Mme ", Civility::kMadam},
                                     {"Madame ", Civility::kMadam},
                                     {"M. ", Civility::kMister},
                                     {"Monsieur ", Civility::kMister}};
  for (const Known& known : kKnown) {
    if (printed.rfind(known.prefix, 0) == 0) {
      return PersonName{known.civility,
                        std::string(trim_cell(printed.substr(known.prefix.size())))};
    }
  }
  return PersonName{std::nullopt, std::string(trim_cell(printed))};
}

// "Jean-Claude LEROY" -> "leroy-jean-claude": the surname (the words in
// capitals at the end), then the given names, as session.yaml names members.
std::string member_key(std::string_view name) {
  std::vector<std::string_view> words;
  std::string_view rest = name;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (const std::string_view word = rest.substr(0, space); !word.empty()) words.push_back(word);
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  std::size_t surname = words.size();
  while (surname > 0 && !has_lower_case(words[surname - 1])) --surname;
  if (surname == words.size() || surname == 0) return dashed(name);
  std::string given;
  std::string family;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string& target = i < surname ? given : family;
    if (!target.empty()) target += ' ';
    target += words[i];
  }
  return dashed(family) + "-" + dashed(given);
}

// The member a name printed elsewhere designates: the same name folded, else
// the only member within kMemberTypos typos. nullptr when none or several.
const SessionMemberEntry* find_member(const SessionRecord& session, std::string_view name) {
  const std::string folded = fold_text(name);
  const SessionMemberEntry* close = nullptr;
  int close_count = 0;
  for (const SessionMemberEntry& member : session.members) {
    const std::string candidate = fold_text(member.name);
    if (candidate == folded) return &member;
    if (name_distance(candidate, folded) <= kMemberTypos) {
      close = &member;
      ++close_count;
    }
  }
  return close_count == 1 ? close : nullptr;
}

// "Mesdames A, B ainsi que Messieurs C et D" -> {"A", "B", "C", "D"}.
std::vector<std::string> recused_names(std::string names) {
  for (std::string_view separator : {" ainsi que ", " et "}) {
    for (std::size_t at = names.find(separator); at != std::string::npos;
         at = names.find(separator)) {
      names.replace(at, separator.size(), ",");
    }
  }
  std::vector<std::string> result;
  std::string_view rest = names;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    std::string_view name = trim_cell(rest.substr(0, comma));
    for (std::string_view title : {"Mesdames ", "Messieurs ", "Madame ", "Monsieur "}) {
      if (name.rfind(title, 0) == 0) name = trim_cell(name.substr(title.size()));
    }
    if (!name.empty()) result.emplace_back(name);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return result;
}

void read_recusal(const std::vector<std::string_view>& lines, std::size_t index,
                  DeliberationTextImport& out) {
  SessionRecord& session = out.dataset.session;
  const std::string text(trim_cell(lines[index]));
  const std::size_t at = text.find(", intéressé");
  if (at == std::string::npos) {
    list_unparsed(out, lines, index,
                  "déclaration d'intérêt : les élus ne précèdent pas « , intéressé(s) »");
    return;
  }
  RecusalStatement recusal;
  recusal.id = fmt::format("recusal-{}", session.recusals.size() + 1);
  recusal.quote = text;
  const int line = static_cast<int>(index) + 1;
  recusal.source = SourceLines{line, line};
  for (const std::string& name : recused_names(text.substr(0, at))) {
    const SessionMemberEntry* member = find_member(session, name);
    if (member == nullptr) {
      list_unparsed(out, lines, index,
                    fmt::format("déclaration d'intérêt : « {} » ne figure dans aucune liste de "
                                "présence",
                                name));
      continue;
    }
    MemberReference reference{name, member->id, std::nullopt};
    if (fold_text(name) != fold_text(member->name)) {
      reference.note = fmt::format("« {} » dans la liste de présence", member->name);
    }
    recusal.members.push_back(std::move(reference));
  }
  const std::string rest = fold_text(text.substr(at));
  if (rest.find("ni au debat ni au vote") != std::string::npos) {
    recusal.took_part_in_debate = false;
    recusal.took_part_in_vote = false;
  } else if (rest.find("pas pris part au debat") != std::string::npos) {
    recusal.took_part_in_debate = false;
  }
  if (rest.find("pas donne de delegation de vote") != std::string::npos) {
    recusal.proxy_given = false;
  }
  if (rest.find("sans voix deliberative") != std::string::npos) {
    recusal.stated_status = Attendance::kNonVotingPresent;
  } else if (rest.find("affaire et excuse") != std::string::npos) {
    recusal.stated_status = Attendance::kExcused;
  } else if (rest.find("affaire et absent") != std::string::npos) {
    recusal.stated_status = Attendance::kAbsent;
  }
  session.recusals.push_back(std::move(recusal));
}

// "Pour : 36 voix (groupes) Contre : 0 voix Abstention : 5 voix (groupes) ...".
std::optional<PrintedTally> read_tally(const std::string& text, const std::regex& pattern,
                                       int line) {
  std::smatch match;
  if (!std::regex_search(text, match, pattern)) return std::nullopt;
  PrintedTally tally;
  tally.printed = match[0].str();
  tally.count = Printed<int>{match[1].str(), std::stoi(match[1].str()), false, std::nullopt, line};
  const std::size_t after = static_cast<std::size_t>(match.position(0) + match.length(0));
  std::string_view rest = std::string_view(text).substr(after);
  rest = trim_cell(rest);
  if (!rest.empty() && rest.front() == '(') {
    const std::size_t close = rest.find(')');
    std::string_view groups = rest.substr(1, close == std::string_view::npos ? close : close - 1);
    while (!groups.empty()) {
      const std::size_t semicolon = groups.find(';');
      if (const std::string_view group = trim_cell(groups.substr(0, semicolon)); !group.empty()) {
        tally.groups.emplace_back(group);
      }
      if (semicolon == std::string_view::npos) break;
      groups.remove_prefix(semicolon + 1);
    }
  }
  return tally;
}

// The vote counted at line index `index`; its outcome is looked for on the
// next lines, before line index `before` (the financial annex: its lines are
// the annex reader's, never listed twice).
void read_vote(const std::vector<std::string_view>& lines, std::size_t index, std::size_t before,
               DeliberationTextImport& out) {
  static const std::regex for_pattern(R"(Pour\s{0,3}:\s{0,3}([0-9]{1,4})\s{0,3}voix)");
  static const std::regex against_pattern(R"(Contre\s{0,3}:\s{0,3}([0-9]{1,4})\s{0,3}voix)");
  static const std::regex abstain_pattern(R"(Abstentions?\s{0,3}:\s{0,3}([0-9]{1,4})\s{0,3}voix)");
  static const std::regex absent_pattern(
      R"(Absents sans délégation de vote\s{0,3}:\s{0,3}([0-9]{1,4}))");
  const std::string text(trim_cell(lines[index]));
  const int line = static_cast<int>(index) + 1;
  std::optional<PrintedTally> for_votes = read_tally(text, for_pattern, line);
  std::optional<PrintedTally> against = read_tally(text, against_pattern, line);
  std::optional<PrintedTally> abstain = read_tally(text, abstain_pattern, line);
  if (!for_votes || !against || !abstain) {
    list_unparsed(out, lines, index,
                  "conditions de vote : « Pour : N voix », « Contre : N voix » et « Abstention : "
                  "N voix » attendus sur la même ligne");
    return;
  }
  PrintedVote& vote = out.dataset.session.vote;
  vote.quote = text;
  vote.source = SourceLines{line, line};
  vote.for_votes = std::move(*for_votes);
  vote.against_votes = std::move(*against);
  vote.abstain_votes = std::move(*abstain);
  vote.absent_without_proxy = read_tally(text, absent_pattern, line);
  for (std::size_t i = index; i-- > 0;) {
    const std::string_view intro = trim_cell(lines[i]);
    if (intro.empty()) continue;
    if (intro.back() == ':') {
      vote.intro = PrintedBlock{
          std::string(intro), SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1}, {}};
    }
    break;
  }
  for (std::size_t i = index + 1; i < std::min(before, lines.size()); ++i) {
    const std::string_view outcome = trim_cell(lines[i]);
    if (outcome.empty()) continue;
    const std::string folded = fold_text(outcome);
    if (folded == "adopte" || folded == "adoptee" || folded == "rejete" || folded == "rejetee") {
      vote.outcome = PrintedBlock{
          std::string(outcome), SourceLines{static_cast<int>(i) + 1, static_cast<int>(i) + 1}, {}};
      vote.adopted = folded.rfind("adopte", 0) == 0;
    } else {
      list_unparsed(out, lines, i, "issue du vote attendue après le décompte : « (Adopté) »");
    }
    break;
  }
}

std::optional<PrintedMemberRole> member_role(const SessionRecord& session, std::string printed,
                                             std::string_view name, int line) {
  const SessionMemberEntry* member = find_member(session, name);
  if (member == nullptr) return std::nullopt;
  return PrintedMemberRole{std::move(printed), member->id, SourceLines{line, line}};
}

}  // namespace

int name_distance(std::string_view left, std::string_view right) {
  std::vector<int> previous(right.size() + 1);
  std::vector<int> current(right.size() + 1);
  for (std::size_t j = 0; j <= right.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= left.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= right.size(); ++j) {
      const int substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[right.size()];
}

void read_session_text(const std::vector<std::string_view>& lines, std::size_t before,
                       DeliberationTextImport& out) {
  SessionRecord& session = out.dataset.session;
  const ProgrammeIdentity& identity = out.dataset.programme;
  session.body_key = identity.session_body_key;
  session.body_value = identity.session_body;
  const auto body_line = static_cast<std::size_t>(identity.session_source.line - 1);
  if (body_line < lines.size()) {
    session.body = PrintedBlock{std::string(trim_cell(lines[body_line])), identity.session_source,
                                std::nullopt};
  }
  if (identity.session_date.value) {
    session.date = identity.session_date;
    const auto date_line = static_cast<std::size_t>(identity.session_date.line - 1);
    session.date_printed = PrintedBlock{
        std::string(trim_cell(lines[date_line])),
        SourceLines{identity.session_date.line, identity.session_date.line}, std::nullopt};
  }
  for (const AttendanceLine& list : out.attendance) {
    AttendanceList printed;
    printed.status = attendance_of_status(list.status);
    const std::string_view heading = trim_cell(lines[static_cast<std::size_t>(list.line - 1)]);
    printed.heading = std::string(heading.substr(0, heading.find(':') + 1));
    printed.source = SourceLines{list.line, list.line};
    for (const std::string& name : list.names) {
      PersonName person = split_civility(name);
      Result<MemberId> id = MemberId::parse(member_key(person.name));
      if (!id.ok()) {
        list_unparsed(out, lines, static_cast<std::size_t>(list.line - 1),
                      fmt::format("liste de présence : nom « {} » illisible", name));
        continue;
      }
      const bool known = std::any_of(
          session.members.begin(), session.members.end(),
          [&](const SessionMemberEntry& member) { return member.id.key() == id->key(); });
      if (!known) {
        session.members.push_back(
            SessionMemberEntry{*id, person.name, person.civility, std::nullopt});
      }
      printed.members.push_back(MemberReference{name, *id, std::nullopt});
    }
    session.attendance.push_back(std::move(printed));
  }
  const std::size_t end = std::min(before, lines.size());
  for (std::size_t i = 0; i < end; ++i) {
    const std::string line(trim_cell(lines[i]));
    const std::string folded = fold_text(line);
    if (folded.rfind("presidence de ", 0) == 0 && !session.chair) {
      // "PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY": the name after the civility.
      const std::size_t after_de = line.find(' ', line.find(' ') + 1);
      std::string_view name = trim_cell(std::string_view(line).substr(after_de));
      const std::string folded_name = fold_text(name);
      for (std::string_view civility : {"monsieur ", "madame "}) {
        if (folded_name.rfind(civility, 0) == 0) name = trim_cell(name.substr(civility.size()));
      }
      session.chair = member_role(session, line, name, static_cast<int>(i) + 1);
      if (!session.chair) list_unparsed(out, lines, i, "président de séance absent des listes");
    } else if (folded.rfind("secretaire ", 0) == 0 && !session.secretary) {
      const std::string_view printed = trim_cell(std::string_view(line).substr(line.find(':') + 1));
      const PersonName person = split_civility(printed);
      session.secretary =
          member_role(session, std::string(printed), person.name, static_cast<int>(i) + 1);
      if (!session.secretary) list_unparsed(out, lines, i, "secrétaire absent(e) des listes");
    } else if (folded.find(" interesse") != std::string::npos &&
               folded.find("a l affaire") != std::string::npos) {
      read_recusal(lines, i, out);
    } else if (folded.rfind("pour ", 0) == 0 && folded.find(" contre ") != std::string::npos) {
      read_vote(lines, i, before, out);
    }
  }
}

}  // namespace octroi::text_import
