// `octroi opendata …`: the SCDL "subventions" publication (docs/opendata.md).
//   export PROGRAMME|--year YYYY [--all] [-o FILE]: the CSV of the awards to
//     publish; what an award lacks to be published is listed on stderr;
//   validate FILE: any SCDL subventions CSV, streamed; findings on stdout,
//     exit 0 valid, 1 findings, 3 unreadable CSV, 4 unreadable file;
//   import FILE [--replace]: a valid file into the database, all or nothing.
#include "opendata/opendata.h"

#include <cstdio>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/text.h"
#include "import/stored_dataset.h"
#include "money/format.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct OpendataOptions {
  std::string programme{};
  int year = 0;
  bool all = false;
  bool replace = false;
  std::string output{};
  std::string file{};
  std::int64_t max_findings = 100;
};

// "1 000 000" with narrow no-break spaces, as amounts are printed.
std::string count_text(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string text;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text += "\u202f";
    text += digits[i];
  }
  return value < 0 ? "-" + text : text;
}

std::string encoding_name(CsvEncoding encoding) {
  switch (encoding) {
    case CsvEncoding::kUtf8:
      return "UTF-8";
    case CsvEncoding::kUtf8WithBom:
      return "UTF-8 avec BOM";
    case CsvEncoding::kWindows1252:
      return "Windows-1252 (non conforme : UTF-8 attendu)";
  }
  return "";
}

Status write_atomically(const std::string& path, const std::string& text) {
  const std::string partial = path + ".partial";
  {
    std::ofstream file(partial, std::ios::binary);
    file << text;
    if (!file.good())
      return Error(ErrorCode::kIo, fmt::format("écriture impossible : {}", partial));
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    return Error(ErrorCode::kIo, fmt::format("écriture impossible : {}", path));
  }
  return ok_status();
}

int export_csv(const GlobalOptions& global, const OpendataOptions& options) {
  if (options.programme.empty() == (options.year == 0)) {
    return report_error(Error(ErrorCode::kUsage,
                              "nommez un programme, ou une année avec --year AAAA (pas les deux)"));
  }
  auto programmes = store::open_repository(global.database_url);
  if (!programmes.ok()) return report_error(programmes.error());
  std::vector<std::string> ids;
  if (!options.programme.empty()) {
    ids.push_back(options.programme);
  } else {
    auto all = (*programmes)->list_programmes();
    if (!all.ok()) return report_error(all.error());
    for (const ProgrammeSummary& summary : *all) {
      if (summary.year == options.year) ids.push_back(summary.id);
    }
    if (ids.empty()) {
      return report_error(Error(ErrorCode::kNotFound,
                                fmt::format("aucun programme de l'année {} dans la base "
                                            "(octroi list)",
                                            options.year),
                                Location::of_field("--year")));
    }
  }
  auto sessions = store::open_session_repository(global.database_url);
  if (!sessions.ok()) return report_error(sessions.error());
  auto authority = (*sessions)->authority();
  if (!authority.ok()) return report_error(authority.error());
  ScdlSubventionExport exported;
  ScdlExportOptions export_options;
  export_options.all = options.all;
  for (const std::string& id : ids) {
    auto dataset = load_stored_dataset(**programmes, id);
    if (!dataset.ok()) return report_error(dataset.error());
    if (auto added = append_scdl_subventions(*authority, *dataset, export_options, exported);
        !added.ok()) {
      return report_error(added.error());
    }
  }
  for (const ScdlUnpublishedAward& award : exported.unpublished) {
    fmt::print(stderr, "octroi : {}, {} ({}, {}) non publiée : {}\n", award.programme, award.award,
               award.organisation, format_amount(award.amount), fmt::join(award.missing, " ; "));
  }
  const std::vector<std::string_view> header(kScdlSubventionFields.begin(),
                                             kScdlSubventionFields.end());
  const std::string csv = to_csv(header, exported.rows);
  if (options.output.empty()) {
    std::cout << csv;
  } else if (auto written = write_atomically(options.output, csv); !written.ok()) {
    return report_error(written.error());
  }
  fmt::print(stderr,
             "{} subvention(s) publiée(s){} ; {} non publiable(s) (listées ci-dessus) ; {} de "
             "23 000 € ou moins non retenue(s){} ; {} refus (0,00 €) écarté(s).\n",
             exported.rows.size(),
             options.output.empty() ? std::string() : " dans " + options.output,
             exported.unpublished.size(), exported.below_threshold,
             options.all ? std::string() : std::string(" (--all pour toutes)"), exported.refusals);
  return kExitOk;
}

void print_summary(const std::string& file, const ScdlValidationSummary& summary) {
  fmt::print(
      "Fichier {} : {} ligne(s), {} valide(s), {} invalide(s), {} constat(s) ; séparateur "
      "« {} », encodage {} ; {} octets.\n",
      file, count_text(summary.rows), count_text(summary.valid_rows),
      count_text(summary.invalid_rows), count_text(summary.findings), summary.separator,
      encoding_name(summary.encoding), count_text(summary.bytes));
  std::vector<std::string> by_field;
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    if (summary.findings_by_field[f] == 0) continue;
    by_field.push_back(
        fmt::format("{} {}", kScdlSubventionFields[f], count_text(summary.findings_by_field[f])));
  }
  if (!by_field.empty()) fmt::print("Constats par colonne : {}.\n", fmt::join(by_field, ", "));
  if (summary.old_header || summary.old_format_findings > 0) {
    fmt::print(
        "Ancien format SCDL 1.x reconnu : {} constat(s) (en-tête à 14 colonnes, périodes "
        "écrites avec « _ ») ; le schéma 2.1.1 est attendu.\n",
        count_text(summary.old_format_findings));
  }
  fmt::print("Montant total des lignes valides : {}.\n", format_amount(summary.total));
}

// Prints the first `max` findings (0: all), counts the others.
struct FindingPrinter {
  std::int64_t max = 0;
  std::int64_t seen = 0;
  void operator()(const ScdlFinding& finding) {
    ++seen;
    if (max == 0 || seen <= max) fmt::print("{}\n", finding.to_string());
  }
  void print_rest() const {
    if (max > 0 && seen > max) {
      fmt::print("(… {} autre(s) constat(s) non affiché(s) ; --max 0 pour tous)\n",
                 count_text(seen - max));
    }
  }
};

int validate(const GlobalOptions&, const OpendataOptions& options) {
  FindingPrinter printer{options.max_findings};
  // Both cores; the same findings, in the same order, as the streaming validator.
  auto summary = validate_scdl_subventions_file(
      options.file, [&printer](const ScdlFinding& finding) { printer(finding); });
  if (!summary.ok()) return report_error(summary.error());
  printer.print_rest();
  print_summary(options.file, *summary);
  if (summary->valid()) {
    fmt::print("Fichier conforme au schéma SCDL subventions 2.1.1.\n");
    return kExitOk;
  }
  fmt::print("Fichier NON conforme au schéma SCDL subventions 2.1.1.\n");
  return kExitFindings;
}

int import_file(const GlobalOptions& global, const OpendataOptions& options) {
  auto file = FileByteSource::open(options.file);
  if (!file.ok()) return report_error(file.error());
  auto digesting = std::make_unique<DigestByteSource>(std::move(*file));
  DigestByteSource* digest = digesting.get();
  CsvReader reader(std::move(digesting), options.file);
  auto repository = store::open_opendata_repository(global.database_url);
  if (!repository.ok()) return report_error(repository.error());
  auto import = (*repository)
                    ->begin_import(options.file,
                                   options.replace ? OpendataImportMode::kReplace
                                                   : OpendataImportMode::kRefuseDuplicate,
                                   journal_stamp());
  if (!import.ok()) return report_error(import.error());
  FindingPrinter printer{options.max_findings};
  // Read and validated on a worker thread, written here (the connection's thread).
  auto summary = import_scdl_subventions(
      reader, [&printer](const ScdlFinding& finding) { printer(finding); },
      [&import](const OpendataAward& award) -> Status { return (*import)->add(award); });
  if (!summary.ok()) return report_error(summary.error());
  if (!summary->valid()) {
    printer.print_rest();
    print_summary(options.file, *summary);
    return report_error(Error(ErrorCode::kInvalidValue,
                              fmt::format("fichier non conforme au schéma SCDL subventions 2.1.1 "
                                          "({} constat(s), listés ci-dessus) : rien n'a été écrit "
                                          "(octroi opendata validate pour le détail)",
                                          count_text(summary->findings)),
                              Location{options.file, 0, 0, ""}));
  }
  auto committed = (*import)->commit(digest->hex_digest());
  if (!committed.ok()) return report_error(committed.error());
  fmt::print("{} subvention(s) importée(s) depuis {} (total {}) ; SHA-256 {}.\n",
             count_text(committed->rows), options.file, format_amount(committed->total),
             committed->digest);
  return kExitOk;
}

}  // namespace

void register_opendata(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto* command = app.add_subcommand(
      "opendata", "Données ouvertes SCDL « subventions » : export, validation, import");
  command->require_subcommand(1);
  auto o = std::make_shared<OpendataOptions>();

  auto* export_command = command->add_subcommand(
      "export", "Écrit le CSV SCDL subventions 2.1.1 d'un programme ou d'une année");
  export_command->add_option("PROGRAMME", o->programme, "Identifiant du programme");
  export_command->add_option("--year", o->year, "Tous les programmes de l'année AAAA");
  export_command->add_flag("--all", o->all,
                           "Toutes les subventions, pas seulement celles de plus de 23 000 €");
  export_command->add_option("-o,--output", o->output,
                             "Fichier CSV (par défaut : sortie standard)");
  on_run(export_command, options, action, o, export_csv);

  auto* validate_command = command->add_subcommand(
      "validate", "Vérifie un fichier CSV SCDL subventions (lu en flux, de toute taille)");
  validate_command->add_option("FILE", o->file, "Fichier CSV")->required();
  validate_command->add_option("--max", o->max_findings,
                               "Nombre de constats affichés (0 : tous ; 100 par défaut)");
  on_run(validate_command, options, action, o, validate);

  auto* import_command = command->add_subcommand(
      "import", "Charge un fichier SCDL subventions conforme dans la base (tout ou rien)");
  import_command->add_option("FILE", o->file, "Fichier CSV")->required();
  import_command->add_flag("--replace", o->replace, "Remplace un fichier déjà importé");
  import_command->add_option("--max", o->max_findings,
                             "Nombre de constats affichés (0 : tous ; 100 par défaut)");
  on_run(import_command, options, action, o, import_file);
}

}  // namespace octroi::cli
