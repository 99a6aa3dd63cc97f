#include "import/table/table_identity.h"

#include <fmt/format.h>
#include <optional>

#include "domain/deliberation_number.h"
#include "import/dataset/printed_grammar.h"
#include "import/text/annex_text_reader.h"

namespace octroi::table_import {
namespace {

struct IdentityValue {
  std::string text;
  std::optional<TableCell> cell;  // nullopt: from the options
  int line = 0;
};

std::optional<IdentityValue> identity_value(const CapturedIdentity& captured, Field field,
                                            const std::optional<std::string>& option) {
  auto found = captured.find(field);
  if (found != captured.end()) {
    return IdentityValue{found->second.text, found->second.cell, found->second.line};
  }
  if (option && !text_import::trim_cell(*option).empty()) {
    return IdentityValue{std::string(text_import::trim_cell(*option)), std::nullopt, 0};
  }
  return std::nullopt;
}

Result<DeliberativeBody> read_body(std::string_view text) {
  const std::string normal = normalise_header(text);
  for (DeliberativeBody body : all_deliberative_bodies()) {
    if (normal == normalise_header(to_key(body)) || normal == normalise_header(to_label(body))) {
      return body;
    }
  }
  return Error(ErrorCode::kInvalidValue,
               fmt::format("organe délibérant inconnu « {} » (commission_permanente ou "
                           "conseil_departemental attendus)",
                           text));
}

Result<Date> value_date(const IdentityValue& value) {
  if (value.cell) return read_date(*value.cell, value.text);
  return import::parse_printed_date(value.text);
}

}  // namespace

Status read_identity(const CapturedIdentity& captured, const TableIdentity& options,
                     std::string_view programme_id, TableImport& out) {
  const std::optional<IdentityValue> title = identity_value(captured, Field::kTitle, options.title);
  const std::optional<IdentityValue> date =
      identity_value(captured, Field::kSessionDate, options.session_date);
  const std::optional<IdentityValue> number =
      identity_value(captured, Field::kDeliberation, options.deliberation_number);
  const std::optional<IdentityValue> body = identity_value(captured, Field::kBody, options.body);
  const std::optional<IdentityValue> authority =
      identity_value(captured, Field::kAuthority, options.authority);
  std::string missing;
  auto require = [&missing](const std::optional<IdentityValue>& value, std::string_view what,
                            std::string_view option) {
    if (value) return;
    missing += fmt::format("{}{} ({})", missing.empty() ? "" : ", ", what, option);
  };
  require(title, "titre", "--title");
  require(date, "date de séance", "--session-date");
  require(number, "numéro de délibération", "--deliberation");
  require(body, "organe délibérant", "--body");
  require(authority, "collectivité", "--authority");
  const Location location{out.file_name, 0, 0, {}};
  if (!missing.empty()) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("identité du programme incomplète : le tableau n'a pas de colonne "
                             "pour {} ; donnez-la avec l'option indiquée",
                             missing),
                 location);
  }
  auto located = [&](const Error& error, const IdentityValue& value, Field field) {
    return Error(error.code(), error.message(),
                 Location{out.file_name, value.line, 0,
                          value.cell ? std::string(name_of(field)) : std::string()});
  };
  Result<Date> session = value_date(*date);
  if (!session.ok()) return located(session.error(), *date, Field::kSessionDate);
  Result<DeliberationNumber> deliberation = DeliberationNumber::parse(number->text);
  if (!deliberation.ok()) return located(deliberation.error(), *number, Field::kDeliberation);
  Result<DeliberativeBody> assembly = read_body(body->text);
  if (!assembly.ok()) return located(assembly.error(), *body, Field::kBody);
  Result<Programme> programme =
      text_import::programme_from_title(programme_id, title->text, authority->text, *session);
  if (!programme.ok()) return located(programme.error(), *title, Field::kTitle);

  ProgrammeIdentity& identity = out.dataset.programme;
  identity.programme = std::move(programme).value();
  identity.title = PrintedBlock{title->text, SourceLines{title->line, title->line}, std::nullopt};
  identity.authority_printed = authority->text;
  identity.authority_source = SourceLines{authority->line, authority->line};
  identity.session_body = *assembly;
  // The dataset's keys (programme.yaml), as the text reader writes them.
  identity.session_body_key = *assembly == DeliberativeBody::kStandingCommittee
                                  ? "commission_permanente"
                                  : "conseil_departemental";
  identity.session_source = SourceLines{body->line, body->line};
  identity.session_date = Printed<Date>{date->text, *session, false, std::nullopt, date->line};
  identity.deliberation_number = deliberation->text();
  // The session the table names: its date is the awards' date of effect.
  SessionRecord& session_record = out.dataset.session;
  session_record.body_key = identity.session_body_key;
  session_record.body_value = identity.session_body;
  session_record.date = identity.session_date;
  identity.deliberation_source = SourceLines{number->line, number->line};
  for (ThemeEntry& theme : out.dataset.themes) theme.theme.programme = identity.programme.id;
  return ok_status();
}

}  // namespace octroi::table_import
