// `octroi import PATH`: loads a dataset folder, or a deliberation's text
// (docs/import.md), into the database, whole or not at all; --dry-run shows
// what would be imported (and, for a text, the lines it could not read) and
// writes nothing.
#include "import/import.h"

#include <filesystem>
#include <fmt/format.h>

#include "api/clock.h"
#include "cli/command.h"
#include "cli/text.h"
#include "import/dataset_source.h"
#include "money/format.h"
#include "service/import_programme.h"
#include "store/store.h"

namespace octroi::cli {
namespace {

struct ImportArguments {
  std::string path;
  ImportOptions options;
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

// What the text reader made of a deliberation text: rows and totals read,
// the lines it could not read, values it could not parse, totals that do not
// reconcile with their rows. Printed on a dry run and on a real import alike.
void print_text_report(const DeliberationTextImport& text) {
  const ProgrammeDataset& dataset = text.dataset;
  fmt::print("Texte de délibération : « {} », délibération n°{} du {}.\n",
             dataset.programme.title.printed, dataset.programme.deliberation_number,
             dataset.programme.session_date.text);
  fmt::print(
      "Annexe de répartition financière : lignes {} à {} ; {} lignes de répartition, {} "
      "totaux déclarés, {} structures, {} lignes non lues.\n",
      text.annex_from_line, text.annex_to_line, dataset.rows.size(), dataset.totals.size(),
      dataset.organisations.size(), text.unparsed.size());
  for (std::size_t s = 0; s < dataset.sections.size(); ++s) {
    int rows = 0;
    Amount sum = Amount::zero();
    for (const AnnexRow& row : dataset.rows) {
      if (row.section != static_cast<int>(s)) continue;
      ++rows;
      Result<Amount> next = sum.plus(row.award.amount);
      if (next.ok()) sum = *next;
    }
    fmt::print("  Thématique {} : {} lignes, {}\n", dataset.sections[s].theme, rows,
               format_amount(sum));
  }
  for (const ArticleTotal& article : text.article_totals) {
    fmt::print("  Article {} (ligne {}) : thématique {}, montant total {}\n", article.article,
               article.amount.line, article.theme, article.amount.text);
  }
  for (const AttendanceLine& list : text.attendance) {
    fmt::print("  Présences (ligne {}, {}) : {} noms\n", list.line, list.status, list.names.size());
  }
  for (const UnparsedLine& line : text.unparsed) {
    fmt::print("  Ligne non lue {} : {} — « {} »\n", line.line, line.reason, shown_line(line.text));
  }
  for (const UnreadableValue& value : text.unreadable) {
    fmt::print("  Valeur illisible ligne {} : {}\n", value.line, value.reason);
  }
  for (const TotalMismatch& mismatch : text.mismatches) {
    fmt::print("  Total non concordant ligne {} ({}) : déclaré {}, somme des lignes {}\n",
               mismatch.line, mismatch.total_id, format_amount(mismatch.declared),
               format_amount(mismatch.computed));
  }
}

int run_import(const GlobalOptions& global, const ImportArguments& arguments) {
  std::filesystem::path path(arguments.path);
  auto kind = detect_import_input(path);
  if (!kind.ok()) {
    return report_error(Error(ErrorCode::kUsage, kind.error().message()));
  }
  Result<DatasetSource> source =
      *kind == ImportInputKind::kDatasetFolder ? read_dataset_source(path) : read_text_source(path);
  if (!source.ok()) return report_error(source.error());
  ProgrammeDataset dataset;
  if (*kind == ImportInputKind::kDeliberationText) {
    auto text = load_deliberation_text(*source);
    if (!text.ok()) return report_error(text.error());
    print_text_report(*text);
    dataset = std::move(text->dataset);
  } else {
    auto loaded = load_dataset(*source);
    if (!loaded.ok()) return report_error(loaded.error());
    dataset = std::move(*loaded);
  }

  auto repository = store::open_repository(global.database_url);
  if (!repository.ok()) return report_error(repository.error());
  auto outcome = import_programme(**repository, std::move(dataset), *source, arguments.options,
                                  Stamp{current_user(), api::utc_iso()});
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
      "Importe un jeu de données (dossier) ou le texte d'une délibération (.txt) dans la base, "
      "en entier ou pas du tout");
  command->add_option("PATH", arguments->path, "Dossier du jeu de données ou texte (.txt)")
      ->required();
  command->add_option("--as", arguments->options.programme_id,
                      "Identifiant du programme créé (défaut : nom du dossier ou du fichier)");
  command->add_flag("--dry-run", arguments->options.dry_run,
                    "Montre ce qui serait importé, sans rien écrire");
  command->add_flag("--replace", arguments->options.replace,
                    "Remplace un programme déjà importé (même identifiant ou même document)");
  command->callback([&options, &action, arguments] {
    action = [&options, arguments] { return run_import(options, *arguments); };
  });
}

}  // namespace octroi::cli
