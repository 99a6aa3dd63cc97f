// The dataset loader: parses every file of a programme dataset, reads each
// against its schema, resolves the references between files, and verifies
// the printed texts against the source document when it is present
// (docs/data-format.md section 13).
#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <memory>
#include <set>

#include "import/dataset/file_readers.h"
#include "import/dataset/source_document.h"
#include "import/dataset/text_verifier.h"
#include "import/import.h"
#include "rules/rules.h"

namespace octroi {

namespace {

using import::FileContext;
using import::PendingReference;
using import::YamlNode;

// A parsed file: its context (name, typed values, references) and its tree.
struct ParsedFile {
  FileContext context;
  YamlNode root;
};

constexpr std::array<std::string_view, 8> kRequiredFiles = {
    "programme.yaml", "themes.yaml",       "annex.yaml",  "organisations.yaml",
    "report.yaml",    "deliberation.yaml", "budget.yaml", "session.yaml"};
constexpr std::array<std::string_view, 2> kOptionalFiles = {"amendments.yaml",
                                                            "travel-agreement.yaml"};

Result<std::unique_ptr<ParsedFile>> parse_file(const std::map<std::string, std::string>& files,
                                               std::string_view name, bool required) {
  auto found = files.find(std::string(name));
  if (found == files.end()) {
    if (!required) return std::unique_ptr<ParsedFile>();
    return Error(ErrorCode::kDatasetFileMissing,
                 fmt::format("fichier obligatoire « {} » absent du jeu de données", name),
                 Location{std::string(name), 0, 0, {}});
  }
  auto parsed = std::make_unique<ParsedFile>();
  parsed->context.file = std::string(name);
  OCTROI_TRY(parsed->root, import::parse_yaml(found->second, parsed->context.file));
  return parsed;
}

Error reference_error(const PendingReference& reference, std::string message) {
  return Error(ErrorCode::kReferenceUnknown, std::move(message), reference.location);
}

// Compiles an operation's formula against the award variables and the
// parameters (docs/data-format.md section 6). Without parameters (a stored
// copy loaded without them) the formula is kept uncompiled: the service
// compiles it again with the parameters it is given.
Status check_formula(const PendingReference& reference, const ProgrammeDataset& dataset,
                     const std::optional<FormulaEnvironment>& environment) {
  if (!environment) return ok_status();
  Result<Formula> formula = Formula::compile(reference.id, *environment);
  if (!formula.ok()) {
    Location outer = reference.location;
    outer.column = 0;
    return formula.error().located(outer);
  }
  const OperationEntry* operation = dataset.find_operation(reference.theme, reference.operation);
  if (operation == nullptr || operation->formula_rule() == nullptr) return ok_status();
  for (const std::string& name : operation->formula_rule()->zero_when_absent) {
    if (environment->find_variable(name) == nullptr) {
      return Error(ErrorCode::kReferenceUnknown,
                   fmt::format("« zero_when_absent » : « {} » n'est pas une variable de "
                               "l'attribution",
                               name),
                   reference.location);
    }
  }
  return ok_status();
}

Result<std::optional<FormulaEnvironment>> formula_environment(const DatasetLoadOptions& options) {
  if (!options.parameters) return std::optional<FormulaEnvironment>();
  OCTROI_TRY(ParameterSet parameters, ParameterSet::create(*options.parameters));
  OCTROI_TRY(FormulaEnvironment environment, FormulaEnvironment::for_awards(parameters));
  return std::optional<FormulaEnvironment>(std::move(environment));
}

// Checks every reference recorded while reading the files.
Status resolve_references(const std::vector<ParsedFile*>& files, const ProgrammeDataset& dataset,
                          const DatasetLoadOptions& options,
                          std::set<std::string, std::less<>>& used_organisations) {
  OCTROI_TRY(std::optional<FormulaEnvironment> environment, formula_environment(options));
  for (const ParsedFile* file : files) {
    for (const PendingReference& reference : file->context.references) {
      switch (reference.kind) {
        case PendingReference::Kind::kOrganisation:
          if (dataset.find_organisation(reference.id) == nullptr) {
            return reference_error(
                reference,
                fmt::format("structure « {} » absente de organisations.yaml", reference.id));
          }
          used_organisations.insert(reference.id);
          break;
        case PendingReference::Kind::kMember: {
          const auto& members = dataset.session.members;
          const bool known = std::any_of(members.begin(), members.end(), [&](const auto& member) {
            return member.id.key() == reference.id;
          });
          if (!known) {
            return reference_error(reference, fmt::format("élu « {} » absent des membres de "
                                                          "session.yaml",
                                                          reference.id));
          }
          break;
        }
        case PendingReference::Kind::kAwardRow:
          if (dataset.find_row(reference.id) == nullptr) {
            const bool total =
                std::any_of(dataset.totals.begin(), dataset.totals.end(),
                            [&](const DeclaredTotal& t) { return t.id == reference.id; });
            return reference_error(
                reference, total ? fmt::format("« {} » est une ligne de total, pas une ligne de "
                                               "répartition",
                                               reference.id)
                                 : fmt::format("ligne « {} » absente de annex.yaml", reference.id));
          }
          break;
        case PendingReference::Kind::kOperation:
          if (dataset.find_operation(reference.theme, reference.operation) == nullptr) {
            return reference_error(reference,
                                   fmt::format("opération {} de la thématique {} absente de "
                                               "themes.yaml",
                                               reference.operation, reference.theme));
          }
          break;
        case PendingReference::Kind::kTheme: {
          const bool known = std::any_of(
              dataset.themes.begin(), dataset.themes.end(),
              [&](const ThemeEntry& theme) { return theme.theme.number == reference.theme; });
          if (!known) {
            return reference_error(
                reference, fmt::format("thématique {} absente de themes.yaml", reference.theme));
          }
          break;
        }
        case PendingReference::Kind::kBudgetCode: {
          const auto& rows = dataset.budget_table.rows;
          const bool known = std::any_of(rows.begin(), rows.end(), [&](const BudgetTableRow& row) {
            return row.code && *row.code == reference.id;
          });
          if (!known) {
            return reference_error(reference,
                                   fmt::format("code opération « {} » absent du tableau de "
                                               "budget.yaml",
                                               reference.id));
          }
          break;
        }
        case PendingReference::Kind::kParameter:
          if (options.parameters &&
              std::none_of(options.parameters->begin(), options.parameters->end(),
                           [&](const Parameter& p) { return p.name == reference.id; })) {
            return reference_error(
                reference,
                fmt::format("paramètre « {} » absent de data/parameters/", reference.id));
          }
          break;
        case PendingReference::Kind::kFormula:
          OCTROI_TRY_STATUS(check_formula(reference, dataset, environment));
          break;
      }
    }
  }
  return ok_status();
}

// Every organisation is referenced at least once (docs/data-format.md 8).
Status check_unused(const ParsedFile& organisations, const ProgrammeDataset& dataset,
                    const std::set<std::string, std::less<>>& used) {
  const YamlNode* list = organisations.root.find("organisations");
  for (std::size_t i = 0; i < dataset.organisations.size(); ++i) {
    const std::string& id = dataset.organisations[i].organisation.id.key();
    if (used.count(id) > 0) continue;
    const YamlNode& item = list->items[i];
    const YamlNode* id_node = item.find("id");
    return Error(ErrorCode::kReferenceUnused,
                 fmt::format("structure « {} » citée nulle part (ni annexe, ni rapport, ni "
                             "délibération, ni avenant)",
                             id),
                 Location{organisations.context.file, id_node->line, id_node->column,
                          fmt::format("organisations[{}].id", i)});
  }
  return ok_status();
}

// The source document's line count and digest, then every printed text.
Status verify_document(const std::map<std::string, std::string>& files,
                       const std::vector<ParsedFile*>& parsed, const ParsedFile& programme,
                       ProgrammeDataset& dataset) {
  SourceDocument& declared = dataset.programme.document;
  auto found = files.find(declared.file);
  if (found == files.end()) return ok_status();  // 13.3: verifications skipped
  const YamlNode* document_node = programme.root.find("document");
  auto located = [&](std::string_view key) {
    const YamlNode* node = document_node->find(key);
    return Location{programme.context.file, node->line, node->column,
                    fmt::format("document.{}", key)};
  };
  import::DocumentText document(found->second);
  if (document.line_count() != declared.lines) {
    return Error(ErrorCode::kDocumentMismatch,
                 fmt::format("le document « {} » compte {} lignes, programme.yaml en déclare {}",
                             declared.file, document.line_count(), declared.lines),
                 located("lines"));
  }
  if (declared.sha256) {
    const std::string digest = import::sha256_hex(found->second);
    if (digest != *declared.sha256) {
      return Error(ErrorCode::kDocumentMismatch,
                   fmt::format("l'empreinte SHA-256 du document « {} » est {}, programme.yaml "
                               "déclare {}",
                               declared.file, digest, *declared.sha256),
                   located("sha256"));
    }
  }
  for (ParsedFile* file : parsed) {
    OCTROI_TRY_STATUS(import::verify_printed_texts(file->context, file->root, document));
  }
  // Organisations' names and aliases have no source: each must occur somewhere.
  const ParsedFile* organisations = nullptr;
  for (const ParsedFile* file : parsed) {
    if (file->context.file == "organisations.yaml") organisations = file;
  }
  const YamlNode* list = organisations->root.find("organisations");
  for (std::size_t i = 0; i < dataset.organisations.size(); ++i) {
    const OrganisationEntry& entry = dataset.organisations[i];
    std::vector<std::pair<std::string, const YamlNode*>> names;
    names.emplace_back(entry.organisation.name, list->items[i].find("name"));
    if (const YamlNode* aliases = list->items[i].find("aliases")) {
      for (const YamlNode& alias : aliases->items) names.emplace_back(alias.value, &alias);
    }
    for (const auto& [name, node] : names) {
      if (document.contains(name)) continue;
      return Error(ErrorCode::kQuoteNotFound,
                   fmt::format("nom de structure « {} » imprimé nulle part dans le document", name),
                   Location{organisations->context.file, node->line, node->column,
                            fmt::format("organisations[{}]", i)});
    }
  }
  declared.verified = true;
  return ok_status();
}

}  // namespace

Result<ProgrammeDataset> load_dataset_files(std::string_view folder_name,
                                            const std::map<std::string, std::string>& files,
                                            const DatasetLoadOptions& options) {
  // A deliberation text kept verbatim (read_text_source) is read by the text
  // reader (import/text/); the YAML dataset path below is unchanged.
  if (is_deliberation_text_source(files)) {
    OCTROI_TRY(DeliberationTextImport text,
               read_deliberation_text(programme_id_from_file_name(folder_name), folder_name,
                                      files.begin()->second));
    if (options.parameters) text.dataset.parameters = *options.parameters;
    return std::move(text.dataset);
  }
  // Likewise an annex table (read_table_source), by the table reader (import/table/).
  if (is_table_source(files)) {
    OCTROI_TRY(TableImport table, load_table_files(folder_name, files));
    if (options.parameters) table.dataset.parameters = *options.parameters;
    return std::move(table.dataset);
  }
  std::vector<std::unique_ptr<ParsedFile>> owned;
  for (std::string_view name : kRequiredFiles) {
    OCTROI_TRY(auto parsed, parse_file(files, name, true));
    owned.push_back(std::move(parsed));
  }
  for (std::string_view name : kOptionalFiles) {
    OCTROI_TRY(auto parsed, parse_file(files, name, false));
    owned.push_back(std::move(parsed));
  }
  ParsedFile& programme = *owned[0];
  ParsedFile& themes = *owned[1];
  ParsedFile& annex = *owned[2];
  ParsedFile& organisations = *owned[3];
  ParsedFile& report = *owned[4];
  ParsedFile& deliberation = *owned[5];
  ParsedFile& budget = *owned[6];
  ParsedFile& session = *owned[7];
  ParsedFile* amendments = owned[8].get();
  ParsedFile* travel = owned[9].get();

  ProgrammeDataset dataset;
  OCTROI_TRY(dataset.programme, import::read_programme_file(programme.context, programme.root));
  OCTROI_TRY(import::ThemesFile theme_file,
             import::read_themes_file(themes.context, themes.root, dataset.programme.programme.id));
  OCTROI_TRY(import::AnnexFile annex_file,
             import::read_annex_file(annex.context, annex.root, theme_file));
  OCTROI_TRY(dataset.organisations,
             import::read_organisations_file(organisations.context, organisations.root));
  OCTROI_TRY(dataset.report, import::read_report_file(report.context, report.root));
  OCTROI_TRY(dataset.deliberation,
             import::read_deliberation_file(deliberation.context, deliberation.root));
  OCTROI_TRY(import::BudgetFile budget_file, import::read_budget_file(budget.context, budget.root));
  OCTROI_TRY(dataset.session, import::read_session_file(session.context, session.root));
  if (amendments != nullptr) {
    OCTROI_TRY(dataset.amendments,
               import::read_amendments_file(amendments->context, amendments->root));
  }
  if (travel != nullptr) {
    OCTROI_TRY(dataset.travel_agreement,
               import::read_travel_agreement_file(travel->context, travel->root));
  }
  dataset.themes = std::move(theme_file.themes);
  dataset.operations = std::move(theme_file.operations);
  dataset.annex = std::move(annex_file.header);
  dataset.sections = std::move(annex_file.sections);
  dataset.rows = std::move(annex_file.rows);
  dataset.totals = std::move(annex_file.totals);
  dataset.budget_table = std::move(budget_file.table);
  dataset.budget_notes = std::move(budget_file.notes);
  if (options.parameters) dataset.parameters = *options.parameters;

  std::vector<ParsedFile*> parsed;
  for (const auto& file : owned) {
    if (file) parsed.push_back(file.get());
  }
  std::set<std::string, std::less<>> used_organisations;
  OCTROI_TRY_STATUS(resolve_references(parsed, dataset, options, used_organisations));
  OCTROI_TRY_STATUS(check_unused(organisations, dataset, used_organisations));
  OCTROI_TRY_STATUS(verify_document(files, parsed, programme, dataset));
  if (options.stored_as) {
    dataset.programme.programme.id = *options.stored_as;
    return dataset;
  }
  // Checked last, so that a copy of a dataset under another folder name reports
  // its own errors first.
  if (dataset.programme.programme.id.key() != folder_name) {
    const YamlNode* id = programme.root.find("id");
    return Error(ErrorCode::kSchemaType,
                 fmt::format("identifiant « {} » différent du nom du dossier « {} »",
                             dataset.programme.programme.id.key(), folder_name),
                 Location{programme.context.file, id->line, id->column, "id"});
  }
  return dataset;
}

Result<ProgrammeDataset> load_dataset(const DatasetSource& source) {
  std::filesystem::path origin(source.origin);
  if (!origin.has_filename()) origin = origin.parent_path();
  return load_dataset_files(origin.filename().string(), source.files);
}

Result<ProgrammeDataset> load_dataset(const std::filesystem::path& folder) {
  std::filesystem::path normal = folder.lexically_normal();
  if (!normal.has_filename()) normal = normal.parent_path();
  OCTROI_TRY(DatasetSource source, read_dataset_source(normal));
  DatasetLoadOptions options;
  std::error_code error;
  const std::filesystem::path parameters =
      std::filesystem::absolute(normal, error).parent_path() / "parameters";
  if (!error && std::filesystem::is_directory(parameters, error)) {
    OCTROI_TRY(options.parameters, load_parameters(parameters));
  }
  return load_dataset_files(normal.filename().string(), source.files, options);
}

}  // namespace octroi
