// The readers of each dataset file (docs/data-format.md sections 5 to 11),
// from its YAML tree to domain values. Each checks the file's own schema;
// references to other files are recorded in the FileContext and resolved by
// the dataset loader once every file is read.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/programme_dataset.h"
#include "import/dataset/fields.h"

namespace octroi::import {

struct ThemesFile {
  std::vector<ThemeEntry> themes;
  std::vector<OperationEntry> operations;
};

struct AnnexFile {
  AnnexHeader header;
  std::vector<AnnexSection> sections;
  std::vector<AnnexRow> rows;
  std::vector<DeclaredTotal> totals;  // `covered` resolved; `listed` checked against the rows
};

struct BudgetFile {
  DeclaredBudgetTable table;
  std::optional<std::string> notes;
};

Result<ProgrammeIdentity> read_programme_file(FileContext& context, const YamlNode& root);
Result<ThemesFile> read_themes_file(FileContext& context, const YamlNode& root,
                                    const ProgrammeId& programme);
// `themes`: to resolve each section's operations.
Result<AnnexFile> read_annex_file(FileContext& context, const YamlNode& root,
                                  const ThemesFile& themes);
Result<std::vector<OrganisationEntry>> read_organisations_file(FileContext& context,
                                                               const YamlNode& root);
Result<ReportRecord> read_report_file(FileContext& context, const YamlNode& root);
Result<DeliberationRecord> read_deliberation_file(FileContext& context, const YamlNode& root);
Result<BudgetFile> read_budget_file(FileContext& context, const YamlNode& root);
Result<SessionRecord> read_session_file(FileContext& context, const YamlNode& root);
Result<std::vector<AmendmentRecord>> read_amendments_file(FileContext& context,
                                                          const YamlNode& root);
Result<TravelAgreementRecord> read_travel_agreement_file(FileContext& context,
                                                         const YamlNode& root);
// `name`: the file name without ".yaml".
Result<Parameter> read_parameter_file(FileContext& context, const YamlNode& root,
                                      const std::string& name);

// Shared structures: a decision (4.11), a budget table (4.10), a signatory (4.12).
Result<DeclaredDecision> read_decision(FileContext& context, const YamlNode& node,
                                       const std::string& path);
Result<DeclaredBudgetTable> read_budget_table(FileContext& context, const YamlNode& node,
                                              const std::string& path);
Result<Signatory> read_signatory(FileContext& context, const YamlNode& node,
                                 const std::string& path, bool with_side);
// "C02-446A05"; "6568/93446" (docs/data-format.md 4.10).
bool is_budget_code(std::string_view code);
bool is_imputation(std::string_view text);
// Each item of the sequence under `key` (absent and optional -> nothing).
template <typename Read>
Status for_each_item(const Fields& fields, std::string_view key, bool required, Read read) {
  Result<const YamlNode*> list = required ? fields.sequence(key) : fields.optional_sequence(key);
  if (!list.ok()) return list.error();
  if (*list == nullptr) return ok_status();
  for (std::size_t i = 0; i < (*list)->items.size(); ++i) {
    Status status = read((*list)->items[i], item_path(fields.path_of(key), i));
    if (!status.ok()) return status.error();
  }
  return ok_status();
}

// The part keys of 4.9.
inline constexpr std::array<std::string_view, 9> kPartKeys = {
    "deliberation", "annex1", "annex2", "annex3", "annex4", "annex5", "annex6", "annex7", "report"};

}  // namespace octroi::import
