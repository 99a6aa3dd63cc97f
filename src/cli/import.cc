// `octroi import PATH`: loads a dataset folder, a deliberation's text or an
// annex table (CSV, XLSX; docs/import.md) into the database, whole or not at
// all; --dry-run shows what would be imported (and, for a text or a table,
// the lines it could not read) and writes nothing.
#include "import/import.h"

#include <filesystem>
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/text.h"
#include "import/import_input.h"
#include "money/format.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct ImportArguments {
  std::string path;
  ImportOptions options;
  TableIdentity identity;  // a table's programme identity, when it has no such columns
};

// A table line for a message: tabs shown as « | », at most ~120 bytes, never
// cutting a UTF-8 character.
std::string shown_line(std::string_view line) {
  std::string shown;
  for (char c : line) {
    if (c == '\t') {
      shown += " | ";
    } else {
      shown += c;
    }
  }
  if (shown.size() > 120) {
    std::size_t cut = 120;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "…";
  }
  return shown;
}

// The programme read, the counts, and the rows of each theme block with
// their sum, for both readers' reports.
void print_summary(std::string_view what, const ProgrammeDataset& dataset, const std::string& lines,
                   std::size_t unparsed) {
  fmt::print("{} : « {} », délibération n°{} du {}.\n", what, dataset.programme.title.printed,
             dataset.programme.deliberation_number, dataset.programme.session_date.text);
  fmt::print(
      "{} {} lignes de répartition, {} totaux déclarés, {} structures, {} lignes non lues.\n",
      lines, dataset.rows.size(), dataset.totals.size(), dataset.organisations.size(), unparsed);
  for (const SectionSum& section : section_sums(dataset)) {
    fmt::print("  Thématique {} : {} lignes, {}\n", section.theme, section.rows,
               format_amount(section.total));
  }
}

// What a reader could not read, values it could not parse, totals that do
// not reconcile with their rows: nothing is dropped silently.
void print_unread(const std::vector<UnparsedLine>& unparsed,
                  const std::vector<UnreadableValue>& unreadable,
                  const std::vector<TotalMismatch>& mismatches) {
  for (const UnparsedLine& line : unparsed) {
    fmt::print("  Ligne non lue {} : {} — « {} »\n",
               line.where.empty() ? std::to_string(line.line) : line.where, line.reason,
               shown_line(line.text));
  }
  for (const UnreadableValue& value : unreadable) {
    fmt::print("  Valeur illisible ligne {} : {}\n", value.line, value.reason);
  }
  for (const TotalMismatch& mismatch : mismatches) {
    fmt::print("  Total non concordant ligne {} ({}) : déclaré {}, somme des lignes {}\n",
               mismatch.line, mismatch.total_id, format_amount(mismatch.declared),
               format_amount(mismatch.computed));
  }
}

// What the text reader made of a deliberation text: rows and totals read,
// the lines it could not read. Printed on a dry run and on a real import alike.
void print_text_report(const DeliberationTextImport& text, const ProgrammeDataset& dataset) {
  print_summary("Texte de délibération", dataset,
                fmt::format("Annexe de répartition financière : lignes {} à {} ;",
                            text.annex_from_line, text.annex_to_line),
                text.unparsed.size());
  for (const ArticleTotal& article : text.article_totals) {
    fmt::print("  Article {} (ligne {}) : thématique {}, montant total {}\n", article.article,
               article.amount.line, article.theme, article.amount.text);
  }
  for (const AttendanceLine& list : text.attendance) {
    fmt::print("  Présences (ligne {}, {}) : {} noms\n", list.line, list.status, list.names.size());
  }
  print_unread(text.unparsed, text.unreadable, text.mismatches);
}

// The same for an annex table: its encoding (CSV) or sheet (XLSX), how each
// column was read, and the lines it could not read.
void print_table_report(const TableImport& table, const ProgrammeDataset& dataset) {
  if (table.format == TableFormat::kCsv) {
    fmt::print("Tableau CSV « {} » : encodage {}, séparateur « {} », en-tête ligne {}.\n",
               table.file_name, table.encoding, table.separator, table.header_line);
  } else {
    fmt::print("Tableau XLSX « {} » : feuille « {} », en-tête ligne {}.\n", table.file_name,
               table.sheet, table.header_line);
  }
  std::string columns;
  for (const TableColumn& column : table.columns) {
    if (column.field.empty()) continue;
    columns +=
        fmt::format("{}« {} » → {}", columns.empty() ? "" : ", ", column.header, column.field);
  }
  fmt::print("Colonnes lues : {}.\n", columns);
  print_summary("Programme", dataset,
                fmt::format("Lignes {} à {} :", table.header_line, table.last_line),
                table.unparsed.size());
  for (const std::string& note : table.notes) fmt::print("  Note : {}\n", note);
  print_unread(table.unparsed, table.unreadable, table.mismatches);
}

int run_import(const GlobalOptions& global, const ImportArguments& arguments) {
  auto input = read_import_input(std::filesystem::path(arguments.path), arguments.identity);
  if (!input.ok()) return report_error(input.error());
  if (input->text) print_text_report(*input->text, input->dataset);
  if (input->table) print_table_report(*input->table, input->dataset);

  auto repository = store::open_repository(global.database_url);
  if (!repository.ok()) return report_error(repository.error());
  auto outcome = import_programme(**repository, std::move(input->dataset), input->source,
                                  arguments.options, journal_stamp());
  if (!outcome.ok() && outcome.error().code() == ErrorCode::kDuplicate) {
    return report_error(Error(ErrorCode::kDuplicate,
                              outcome.error().message() +
                                  " : --replace pour le remplacer, ou --as pour l'importer sous "
                                  "un autre identifiant"));
  }
  if (!outcome.ok()) return report_error(outcome.error());

  fmt::print(
      "Programme « {} » : {} lignes d'attribution, {} totaux déclarés, {} structures, "
      "montant total {}.\n",
      outcome->programme_id, outcome->award_count, outcome->declared_total_count,
      outcome->organisation_count, format_amount(outcome->total));
  if (!outcome->written) {
    fmt::print("Simulation (--dry-run) : rien n'a été écrit dans la base.\n");
  } else if (outcome->replaced) {
    fmt::print("Importé, en remplacement de la version précédente.\n");
  } else {
    fmt::print("Importé.\n");
  }
  return kExitOk;
}

}  // namespace

void register_import(CLI::App& app, const GlobalOptions& options, Action& action) {
  auto arguments = std::make_shared<ImportArguments>();
  auto* command = app.add_subcommand(
      "import",
      "Importe un jeu de données (dossier), le texte d'une délibération (.txt) ou un tableau "
      "d'annexe (.csv, .xlsx) dans la base, en entier ou pas du tout");
  command
      ->add_option("PATH", arguments->path,
                   "Dossier du jeu de données, texte (.txt) ou tableau d'annexe (.csv, .xlsx)")
      ->required();
  command->add_option("--as", arguments->options.programme_id,
                      "Identifiant du programme créé (défaut : nom du dossier ou du fichier)");
  command->add_flag("--dry-run", arguments->options.dry_run,
                    "Montre ce qui serait importé, sans rien écrire");
  command->add_flag("--replace", arguments->options.replace,
                    "Remplace un programme déjà importé (même identifiant ou même document)");
  // A table's identity, when it has no such columns (docs/import.md).
  struct IdentityOption {
    const char* name;
    std::optional<std::string> TableIdentity::*value;
    const char* help;
  };
  static const IdentityOption identity_options[] = {
      {"--title", &TableIdentity::title,
       "Tableau : titre du programme (« Appels à projets … 2023 - phase 4 »)"},
      {"--session-date", &TableIdentity::session_date,
       "Tableau : date de la séance (« 18/09/2023 »)"},
      {"--deliberation", &TableIdentity::deliberation_number,
       "Tableau : numéro de la délibération (« 2023-405 »)"},
      {"--body", &TableIdentity::body,
       "Tableau : organe délibérant (commission_permanente ou conseil_departemental)"},
      {"--authority", &TableIdentity::authority,
       "Tableau : collectivité (« Département du Pas-de-Calais »)"},
      {"--sheet", &TableIdentity::sheet, "Tableau XLSX : feuille à lire (défaut : la première)"},
  };
  for (const IdentityOption& option : identity_options) {
    command->add_option(option.name, arguments->identity.*option.value, option.help);
  }
  command->callback([&options, &action, arguments] {
    action = [&options, arguments] { return run_import(options, *arguments); };
  });
}

}  // namespace octroi::cli
