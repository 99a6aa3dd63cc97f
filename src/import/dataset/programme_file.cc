// Reader of programme.yaml (docs/data-format.md section 5).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<SourceDocument> read_document(FileContext& context, const Fields& parent) {
  OCTROI_TRY(const YamlNode* node, parent.need("document"));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of("document"),
                                         {"file", "lines", "lines_note", "sha256", "parts"}));
  SourceDocument document;
  OCTROI_TRY(document.file, fields.text("file"));
  OCTROI_TRY(document.lines, fields.integer("lines"));
  OCTROI_TRY(document.lines_note, fields.optional_text("lines_note"));
  OCTROI_TRY(document.sha256, fields.optional_text("sha256"));
  if (document.file.find('/') != std::string::npos ||
      document.file.find('\\') != std::string::npos || document.file == "." ||
      document.file == "..") {
    return fields.error(*fields.get("file"), "file", ErrorCode::kSchemaType,
                        fmt::format("nom de fichier « {} » : un nom simple, dans le dossier du jeu "
                                    "de données, est attendu",
                                    document.file));
  }
  if (document.lines < 1) {
    return fields.error(*fields.get("lines"), "lines", ErrorCode::kSchemaType,
                        fmt::format("nombre de lignes {} : au moins 1 attendu", document.lines));
  }
  if (document.sha256) {
    bool hex = document.sha256->size() == 64;
    for (char c : *document.sha256) hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (!hex) {
      return fields.error(*fields.get("sha256"), "sha256", ErrorCode::kSchemaType,
                          fmt::format("empreinte « {} » : 64 chiffres hexadécimaux minuscules "
                                      "attendus",
                                      *document.sha256));
    }
  }
  Status parts = for_each_item(
      fields, "parts", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(Fields part, Fields::open(context, item, path,
                                             {"part", "from_line", "to_line", "heading", "note"}));
        DocumentPart result;
        OCTROI_TRY(result.part, part.key_in("part", kPartKeys));
        OCTROI_TRY(result.from_line, part.integer("from_line"));
        OCTROI_TRY(result.to_line, part.integer("to_line"));
        OCTROI_TRY(const YamlNode* heading, part.need("heading"));
        if (!heading->is_null()) {
          OCTROI_TRY(result.heading, read_block(part, "heading"));
        }
        OCTROI_TRY(result.note, part.optional_text("note"));
        if (result.from_line < 1 || result.to_line < result.from_line ||
            result.to_line > document.lines) {
          return part.error(item, "to_line", ErrorCode::kSourceOutOfRange,
                            fmt::format("lignes {} à {} hors du document ({} lignes)",
                                        result.from_line, result.to_line, document.lines));
        }
        for (const DocumentPart& other : document.parts) {
          if (other.part == result.part) {
            return part.error(*part.get("part"), "part", ErrorCode::kIdDuplicate,
                              fmt::format("partie « {} » déclarée deux fois", result.part));
          }
          if (result.from_line <= other.to_line && other.from_line <= result.to_line) {
            return part.error(
                item, "from_line", ErrorCode::kSchemaType,
                fmt::format("les lignes de « {} » ({}-{}) chevauchent celles de « {} » "
                            "({}-{})",
                            result.part, result.from_line, result.to_line, other.part,
                            other.from_line, other.to_line));
          }
        }
        document.parts.push_back(std::move(result));
        return ok_status();
      });
  if (!parts.ok()) return parts.error();
  return document;
}

}  // namespace

Result<ProgrammeIdentity> read_programme_file(FileContext& context, const YamlNode& root) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, root, "",
                          {"format", "id", "title", "call", "year", "phase", "authority", "session",
                           "deliberation", "report", "call_themes", "document", "notes"}));
  ProgrammeIdentity identity;
  OCTROI_TRY(std::string format, fields.text("format"));
  if (format != "octroi-dataset/1") {
    return fields.error(
        *fields.get("format"), "format", ErrorCode::kSchemaType,
        fmt::format("format « {} » inconnu : « octroi-dataset/1 » attendu", format));
  }
  OCTROI_TRY(std::string id, fields.id("id"));
  identity.programme.id = ProgrammeId(id);
  OCTROI_TRY(identity.title, read_block(fields, "title"));
  identity.programme.title = identity.title.printed;
  OCTROI_TRY(identity.programme.call, fields.text("call"));
  OCTROI_TRY(identity.programme.year, fields.integer("year"));
  OCTROI_TRY(identity.programme.phase, fields.integer("phase"));
  {
    OCTROI_TRY(const YamlNode* node, fields.need("authority"));
    OCTROI_TRY(Fields authority, Fields::open(context, *node, fields.path_of("authority"),
                                              {"display_name", "printed", "source"}));
    OCTROI_TRY(identity.programme.authority, authority.text("display_name"));
    OCTROI_TRY(identity.authority_printed, authority.text("printed"));
    OCTROI_TRY(identity.authority_source, read_source(authority));
  }
  {
    OCTROI_TRY(const YamlNode* node, fields.need("session"));
    OCTROI_TRY(Fields session,
               Fields::open(context, *node, fields.path_of("session"), {"body", "date", "source"}));
    OCTROI_TRY(identity.session_body_key,
               session.key_of("body", {"commission_permanente", "conseil_departemental"}));
    identity.session_body = identity.session_body_key == "commission_permanente"
                                ? DeliberativeBody::kStandingCommittee
                                : DeliberativeBody::kDepartmentalCouncil;
    OCTROI_TRY(identity.session_source, read_source(session));
    OCTROI_TRY(identity.session_date, read_date(session, "date", identity.session_source.line));
  }
  for (std::string_view key : {"deliberation", "report"}) {
    OCTROI_TRY(const YamlNode* node, fields.need(key));
    OCTROI_TRY(Fields numbered,
               Fields::open(context, *node, fields.path_of(key), {"number", "source"}));
    OCTROI_TRY(std::string number, numbered.text("number"));
    OCTROI_TRY(SourceLines source, read_source(numbered));
    if (key == "deliberation") {
      identity.deliberation_number = std::move(number);
      identity.deliberation_source = source;
    } else {
      identity.report_number = std::move(number);
      identity.report_source = source;
    }
  }
  Status themes = for_each_item(
      fields, "call_themes", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(Fields theme,
                   Fields::open(context, item, path,
                                {"number", "label", "title", "in_this_phase", "source"}));
        CallTheme result;
        OCTROI_TRY(result.number, theme.integer("number"));
        OCTROI_TRY(result.label, theme.text("label"));
        OCTROI_TRY(result.title, theme.text("title"));
        OCTROI_TRY(result.in_this_phase, theme.boolean("in_this_phase"));
        OCTROI_TRY(result.source, read_source(theme));
        identity.call_themes.push_back(std::move(result));
        return ok_status();
      });
  if (!themes.ok()) return themes.error();
  OCTROI_TRY(identity.document, read_document(context, fields));
  OCTROI_TRY(identity.notes, fields.optional_text("notes"));
  Status valid = identity.programme.validate();
  if (!valid.ok()) {
    return fields.error(root, "", ErrorCode::kSchemaType, valid.error().message());
  }
  return identity;
}

}  // namespace octroi::import
