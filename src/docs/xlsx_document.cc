// XlsxDocument: libxlsxwriter writes to a file; we write to a temporary
// folder and read the bytes back.
#include "docs/xlsx_document.h"

#include <fmt/format.h>
#include <optional>
#include <xlsxwriter.h>

#include "docs/temporary_folder.h"

namespace octroi::docs {
namespace {

// A spreadsheet cell holds an IEEE double: the one place an amount becomes
// one. Cents / 100 is the double nearest the exact amount, and spreadsheets
// show 15 significant digits, so the figure read is the exact one.
double spreadsheet_number(Amount amount) { return static_cast<double>(amount.cents()) / 100.0; }

std::string cell(int row, int column) {
  return fmt::format("{}{}", static_cast<char>('A' + column), row + 1);
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* group;
  lxw_format* money;
  lxw_format* total_label;
  lxw_format* total_money;
};

Formats make_formats(lxw_workbook* workbook) {
  Formats formats{};
  formats.title = workbook_add_format(workbook);
  format_set_bold(formats.title);
  format_set_font_size(formats.title, 13);
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xD9E2F3);
  format_set_border(formats.header, LXW_BORDER_THIN);
  format_set_text_wrap(formats.header);
  formats.group = workbook_add_format(workbook);
  format_set_bold(formats.group);
  formats.money = workbook_add_format(workbook);
  format_set_num_format(formats.money, "#,##0.00\\ \"€\"");
  formats.total_label = workbook_add_format(workbook);
  format_set_bold(formats.total_label);
  format_set_align(formats.total_label, LXW_ALIGN_RIGHT);
  formats.total_money = workbook_add_format(workbook);
  format_set_bold(formats.total_money);
  format_set_num_format(formats.total_money, "#,##0.00\\ \"€\"");
  format_set_top(formats.total_money, LXW_BORDER_THIN);
  return formats;
}

Result<std::string> close_and_read(lxw_workbook* workbook, const std::filesystem::path& file) {
  const lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR) {
    return Error(ErrorCode::kIo,
                 fmt::format("écriture du classeur impossible ({})", lxw_strerror(error)));
  }
  return read_file_bytes(file);
}

std::string sum_of(const std::vector<std::string>& cells) {
  if (cells.empty()) return "=0";
  std::string formula = "=";
  for (std::size_t i = 0; i < cells.size(); ++i) formula += (i == 0 ? "" : "+") + cells[i];
  return formula;
}

}  // namespace

Result<std::string> annex_xlsx(const ProgrammeDataset& dataset, const AnnexTable& table) {
  OCTROI_TRY(TemporaryFolder folder, TemporaryFolder::create());
  const std::filesystem::path file = folder.path() / "annexe.xlsx";
  lxw_workbook* workbook = workbook_new(file.c_str());
  if (workbook == nullptr) return Error(ErrorCode::kIo, "création du classeur impossible");
  const Formats formats = make_formats(workbook);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Annexe 4");
  worksheet_set_column(sheet, 0, 0, 24, nullptr);
  worksheet_set_column(sheet, 1, 1, 36, nullptr);
  worksheet_set_column(sheet, 2, 2, 48, nullptr);
  worksheet_set_column(sheet, 3, 3, 16, nullptr);
  worksheet_set_column(sheet, 4, 4, 20, nullptr);

  int row = 0;
  worksheet_write_string(sheet, static_cast<lxw_row_t>(row++), 0,
                         dataset.programme.programme.title.c_str(), formats.title);
  worksheet_write_string(
      sheet, static_cast<lxw_row_t>(row++), 0,
      fmt::format("Annexe {} — {}", dataset.annex.annex, dataset.annex.title.printed).c_str(),
      nullptr);
  ++row;
  const char* headers[] = {"Territoire", "Structure", "Description", "Montant retenu",
                           "Avenant / convention"};
  for (lxw_col_t column = 0; column < 5; ++column) {
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row), column, headers[column],
                           formats.header);
  }
  worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(row + 1), 0);
  ++row;

  std::vector<std::string> theme_totals;
  for (const AnnexTheme& theme : table.themes) {
    worksheet_write_string(sheet, static_cast<lxw_row_t>(row++), 0,
                           fmt::format("{}. {}", theme.number, theme.title).c_str(), formats.group);
    std::vector<std::string> operation_totals;
    for (const AnnexOperation& operation : theme.operations) {
      worksheet_write_string(
          sheet, static_cast<lxw_row_t>(row++), 0,
          fmt::format("Opération {} : {}", operation.number, operation.title).c_str(),
          formats.group);
      const int first = row;
      for (const AnnexLine& line : operation.lines) {
        const auto r = static_cast<lxw_row_t>(row++);
        worksheet_write_string(sheet, r, 0, line.territory.c_str(), nullptr);
        worksheet_write_string(sheet, r, 1, line.organisation.c_str(), nullptr);
        worksheet_write_string(sheet, r, 2, line.description.c_str(), nullptr);
        worksheet_write_number(sheet, r, 3, spreadsheet_number(line.amount), formats.money);
        worksheet_write_string(sheet, r, 4, line.instrument.c_str(), nullptr);
      }
      const auto r = static_cast<lxw_row_t>(row);
      worksheet_write_string(sheet, r, 2,
                             fmt::format("Total opération {}", operation.number).c_str(),
                             formats.total_label);
      const std::string formula =
          operation.lines.empty() ? "=0"
                                  : fmt::format("=SUM({}:{})", cell(first, 3), cell(row - 1, 3));
      worksheet_write_formula_num(sheet, r, 3, formula.c_str(), formats.total_money,
                                  spreadsheet_number(operation.total));
      operation_totals.push_back(cell(row, 3));
      ++row;
    }
    const auto r = static_cast<lxw_row_t>(row);
    worksheet_write_string(sheet, r, 2, fmt::format("Total thématique {}", theme.number).c_str(),
                           formats.total_label);
    worksheet_write_formula_num(sheet, r, 3, sum_of(operation_totals).c_str(), formats.total_money,
                                spreadsheet_number(theme.total));
    theme_totals.push_back(cell(row, 3));
    row += 2;
  }
  const auto r = static_cast<lxw_row_t>(row);
  worksheet_write_string(sheet, r, 2, "TOTAL GÉNÉRAL", formats.total_label);
  worksheet_write_formula_num(sheet, r, 3, sum_of(theme_totals).c_str(), formats.total_money,
                              spreadsheet_number(table.total));
  return close_and_read(workbook, file);
}

Result<std::string> report_xlsx(const ProgrammeDataset& dataset) {
  OCTROI_TRY(TemporaryFolder folder, TemporaryFolder::create());
  const std::filesystem::path file = folder.path() / "rapport.xlsx";
  lxw_workbook* workbook = workbook_new(file.c_str());
  if (workbook == nullptr) return Error(ErrorCode::kIo, "création du classeur impossible");
  const Formats formats = make_formats(workbook);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Budget");
  worksheet_set_column(sheet, 0, 1, 14, nullptr);
  worksheet_set_column(sheet, 2, 2, 40, nullptr);
  worksheet_set_column(sheet, 3, 6, 18, nullptr);
  worksheet_write_string(sheet, 0, 0, dataset.programme.programme.title.c_str(), formats.title);
  worksheet_write_string(
      sheet, 1, 0,
      fmt::format("Rapport n°{} — tableau budgétaire", dataset.programme.report_number).c_str(),
      nullptr);
  const char* headers[] = {"Code opération", "Imputation",  "Libellé", "AE",
                           "Disponible",     "Proposition", "Solde"};
  for (lxw_col_t column = 0; column < 7; ++column) {
    worksheet_write_string(sheet, 3, column, headers[column], formats.header);
  }
  int row = 4;
  const int first = row;
  auto amount_cell = [&](lxw_row_t r, lxw_col_t column,
                         const std::optional<Printed<Amount>>& printed) {
    if (printed && printed->value) {
      worksheet_write_number(sheet, r, column, spreadsheet_number(*printed->value), formats.money);
    } else if (printed) {
      worksheet_write_string(sheet, r, column, printed->text.c_str(), nullptr);
    }
  };
  for (const BudgetTableRow& line : dataset.budget_table.rows) {
    const auto r = static_cast<lxw_row_t>(row);
    worksheet_write_string(sheet, r, 0, line.code.value_or("").c_str(), nullptr);
    worksheet_write_string(sheet, r, 1, line.imputation.value_or("").c_str(), nullptr);
    worksheet_write_string(sheet, r, 2, line.label.value_or("").c_str(), nullptr);
    amount_cell(r, 3, line.commitment_authority);
    amount_cell(r, 4, line.available);
    amount_cell(r, 5, line.proposed ? line.proposed : line.expense);
    // The remaining amount is computed, as the report should have: available − proposed.
    const std::optional<Printed<Amount>>& proposed = line.proposed ? line.proposed : line.expense;
    if (line.available && line.available->value && proposed && proposed->value) {
      worksheet_write_formula_num(
          sheet, r, 6, fmt::format("={}-{}", cell(row, 4), cell(row, 5)).c_str(), formats.money,
          spreadsheet_number(*line.available->value - *proposed->value));
    } else {
      amount_cell(r, 6, line.remaining);
    }
    ++row;
  }
  const auto r = static_cast<lxw_row_t>(row);
  worksheet_write_string(sheet, r, 2, "Total", formats.total_label);
  for (lxw_col_t column = 3; column < 7; ++column) {
    const std::string formula =
        row > first ? fmt::format("=SUM({}:{})", cell(first, column), cell(row - 1, column))
                    : std::string("=0");
    worksheet_write_formula(sheet, r, column, formula.c_str(), formats.total_money);
  }
  return close_and_read(workbook, file);
}

}  // namespace octroi::docs
