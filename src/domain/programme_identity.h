// ProgrammeIdentity: what programme.yaml records about a programme: the domain
// Programme and the printed identity around it (title, authority, session,
// deliberation and report numbers, themes of the call, source document).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "domain/deliberative_body.h"
#include "domain/printed.h"
#include "domain/programme.h"

namespace octroi {

// A theme of the call, as the report lists them ("Thématique 4", not in this phase).
struct CallTheme {
  int number = 0;
  std::string label{};
  std::string title{};
  bool in_this_phase = true;
  SourceLines source{};
};

// A part of the source document (4.9): deliberation, annex1..annex7, report.
struct DocumentPart {
  std::string part{};
  int from_line = 0;
  int to_line = 0;
  std::optional<PrintedBlock> heading{};  // nullopt: no printed heading
  std::optional<std::string> note{};
};

struct SourceDocument {
  std::string file{};  // relative to the dataset folder
  int lines = 0;       // counting a last line without newline
  std::optional<std::string> lines_note{};
  std::optional<std::string> sha256{};
  std::vector<DocumentPart> parts{};
  bool verified = false;  // true when the file was present and checked (13.3)
};

struct ProgrammeIdentity {
  // id (the folder name), call, year, phase, title (printed), authority (display name).
  Programme programme{};
  PrintedBlock title{};
  std::string authority_printed{};  // "DEPARTEMENT DU PAS-DE-CALAIS"
  SourceLines authority_source{};
  std::string session_body_key{};  // commission_permanente | conseil_departemental
  DeliberativeBody session_body = DeliberativeBody::kStandingCommittee;
  Printed<Date> session_date{};  // "18 SEPTEMBRE 2023"
  SourceLines session_source{};
  std::string deliberation_number{};  // "2023-405"
  SourceLines deliberation_source{};
  std::string report_number{};  // "70"
  SourceLines report_source{};
  std::vector<CallTheme> call_themes{};
  SourceDocument document{};
  std::optional<std::string> notes{};
};

}  // namespace octroi
