// The table reader (src/import/table/): the reference programme's annex,
// exported by `octroi docs annex` as CSV and as XLSX, imports back with the
// same awards, row by row; malformed tables are refused, or their lines
// listed, with the exact message and position.
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>
#include <xlsxwriter.h>

#include <gtest/gtest.h>

#include "docs/docs.h"
#include "docs/temporary_folder.h"
#include "docs/zip_archive.h"
#include "import/import.h"
#include "money/format.h"
#include "money/quantity.h"
#include "reference_fixture.h"

namespace octroi {
namespace {

using testing_import::hand_written;
using testing_import::kReferenceFolder;

// The annex as `octroi docs annex --format csv|xlsx` writes it.
std::string exported(docs::DocumentFormat format) {
  const ProgrammeDataset& dataset = hand_written();
  Result<docs::RenderedDocument> document = docs::render_document(
      dataset, ParameterSet{}, *dataset.programme.session_date.value,
      docs::DocumentRequest{docs::DocumentKind::kAnnex, format, "", std::nullopt},
      std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "templates");
  if (!document.ok()) {
    ADD_FAILURE() << document.error().to_string();
    return {};
  }
  return document->bytes;
}

TableIdentity reference_identity() {
  const ProgrammeIdentity& identity = hand_written().programme;
  TableIdentity options;
  options.title = identity.title.printed;
  options.session_date = "18/09/2023";
  options.deliberation_number = identity.deliberation_number;
  options.body = identity.session_body_key;
  options.authority = identity.programme.authority;
  return options;
}

std::string period_of(const std::optional<Period>& period) {
  return period ? period->start().iso() + "/" + period->end().iso() : "-";
}

// What an award is, independent of how it was read.
std::string describe(const Award& award) {
  std::string text;
  auto field = [&](std::string_view name, const std::string& value) {
    text += std::string(name) + " = " + value + "\n";
  };
  field("id", award.id.key());
  field("operation", award.operation.key());
  field("territory", award.territory.key());
  field("amount", format_amount(award.amount));
  field("quantity", award.quantity ? format_quantity(award.quantity->value) + " " +
                                         std::string(to_key(award.quantity->unit))
                                   : std::string("-"));
  field("period", period_of(award.period));
  field("instrument", std::string(to_key(award.instrument)));
  field("description", award.description);
  return text;
}

// A refusal with its code and its whole message, position included.
void expect_refused(const Result<TableImport>& read, ErrorCode code, std::string_view message) {
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), code);
  EXPECT_EQ(read.error().to_string(), message);
}

// A CSV read, with the encoding and separator it was found in.
void expect_read(const Result<TableImport>& read, std::string_view encoding, char separator) {
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  EXPECT_EQ(read->encoding, encoding);
  EXPECT_EQ(read->separator, separator);
}

Result<TableImport> read_csv(std::string_view bytes, const TableIdentity& identity = {}) {
  return read_annex_table_file("tableau", "annexe.csv", bytes, TableFormat::kCsv, identity);
}

// --- Round trips ------------------------------------------------------------

TEST(AnnexTable, CsvExportImportsBackTheSameAwards) {
  const std::string csv = exported(docs::DocumentFormat::kCsv);
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  Result<TableImport> read = read_csv(csv);
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  const ProgrammeDataset& hand = hand_written();
  const ProgrammeDataset& table = read->dataset;
  EXPECT_EQ(read->encoding, "UTF-8 avec BOM");
  EXPECT_EQ(read->separator, ';');
  EXPECT_TRUE(read->unparsed.empty());
  for (const UnparsedLine& line : read->unparsed) ADD_FAILURE() << line.line << " " << line.reason;
  ASSERT_EQ(table.rows.size(), hand.rows.size());
  for (std::size_t i = 0; i < hand.rows.size(); ++i) {
    const AnnexRow& expected = hand.rows[i];
    const AnnexRow& actual = table.rows[i];
    SCOPED_TRACE("row " + expected.award.id.key());
    EXPECT_EQ(describe(actual.award), describe(expected.award));
    // The organisation by its id (the "Identifiant structure" column) and
    // its name as printed on that row.
    EXPECT_EQ(actual.award.organisation, expected.award.organisation);
    EXPECT_EQ(actual.organisation.printed, expected.organisation.printed);
    EXPECT_EQ(actual.theme, expected.theme);
    EXPECT_EQ(actual.operation, expected.operation);
  }
  testing_import::expect_same_totals(table.totals, hand.totals);
  EXPECT_TRUE(read->mismatches.empty());
  // The identity is in the table's own columns: no option was needed.
  EXPECT_EQ(table.programme.title.printed, hand.programme.title.printed);
  EXPECT_EQ(table.programme.session_date.value, hand.programme.session_date.value);
  EXPECT_EQ(table.programme.deliberation_number, hand.programme.deliberation_number);
  EXPECT_EQ(table.programme.session_body, hand.programme.session_body);
  EXPECT_EQ(table.programme.session_body_key, hand.programme.session_body_key);
  EXPECT_EQ(table.programme.programme.authority, hand.programme.programme.authority);
  EXPECT_EQ(table.programme.programme.year, 2023);
  EXPECT_EQ(table.programme.programme.phase, 4);
  EXPECT_EQ(table.organisations.size(), hand.organisations.size());
  // The session's date is the awards' date of effect (agreements, rules).
  EXPECT_EQ(table.session.date.value, hand.session.date.value);
  // Each operation's budget line (the "Ligne budgétaire" column): what its
  // agreements are charged to.
  ASSERT_EQ(table.operations.size(), hand.operations.size());
  for (const OperationEntry& operation : hand.operations) {
    const OperationEntry* read_back =
        table.find_operation(operation.theme, operation.operation.number);
    ASSERT_NE(read_back, nullptr) << operation.operation.id.key();
    EXPECT_EQ(read_back->budget_line.code, operation.budget_line.code)
        << operation.operation.id.key();
  }
}

TEST(AnnexTable, XlsxExportImportsBackTheSameAwards) {
  const std::string xlsx = exported(docs::DocumentFormat::kXlsx);
  Result<TableImport> read = read_annex_table_file("tableau", "annexe.xlsx", xlsx,
                                                   TableFormat::kXlsx, reference_identity());
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  for (const UnparsedLine& line : read->unparsed) ADD_FAILURE() << line.where << " " << line.reason;
  const ProgrammeDataset& hand = hand_written();
  const ProgrammeDataset& table = read->dataset;
  EXPECT_EQ(read->sheet, "Annexe 4");
  EXPECT_EQ(read->header_line, 4);
  EXPECT_EQ(table.annex.annex, 4);
  ASSERT_EQ(table.rows.size(), hand.rows.size());
  for (std::size_t i = 0; i < hand.rows.size(); ++i) {
    const AnnexRow& expected = hand.rows[i];
    const AnnexRow& actual = table.rows[i];
    SCOPED_TRACE("row " + expected.award.id.key());
    // The workbook has no quantity or period columns: they are read in the
    // description, as the deliberation text reader does.
    EXPECT_EQ(describe(actual.award), describe(expected.award));
    // The workbook prints each organisation's canonical name.
    EXPECT_EQ(actual.organisation.printed,
              hand.find_organisation(expected.award.organisation.key())->organisation.name);
  }
  // The workbook's totals are formulas over its rows: one per operation, one
  // per theme and the general total, all reconciled.
  std::size_t operations = 0;
  for (const AnnexSection& section : hand.sections) {
    std::set<int> numbers;
    for (const AnnexRow& row : hand.rows) {
      if (&hand.sections[static_cast<std::size_t>(row.section)] == &section) {
        numbers.insert(row.operation);
      }
    }
    operations += numbers.size();
  }
  EXPECT_EQ(table.totals.size(), operations + hand.themes.size() + 1);
  EXPECT_TRUE(read->mismatches.empty());
  ASSERT_FALSE(table.totals.empty());
  EXPECT_EQ(table.totals.back().scope, TotalScope::kProgramme);
  EXPECT_EQ(format_amount(*table.totals.back().amount.value),
            format_amount(Amount::from_cents(351949287)));
}

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream stream(path, std::ios::binary);
  stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A table kept verbatim (with the options that gave its identity) loads back
// from the store's copy like any dataset; the digest covers both.
TEST(AnnexTable, StoredCopyLoadsBack) {
  Result<docs::TemporaryFolder> folder = docs::TemporaryFolder::create();
  ASSERT_TRUE(folder.ok());
  const std::filesystem::path xlsx = folder->path() / "Annexe CP 18-09.xlsx";
  write_file(xlsx, exported(docs::DocumentFormat::kXlsx));
  Result<ImportInputKind> kind = detect_import_input(xlsx);
  ASSERT_TRUE(kind.ok());
  EXPECT_EQ(*kind, ImportInputKind::kXlsxTable);
  Result<DatasetSource> source = read_table_source(xlsx, TableFormat::kXlsx, reference_identity());
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  EXPECT_TRUE(is_table_source(source->files));
  EXPECT_EQ(source->files.count(std::string(kTableIdentityFile)), 1U);
  Result<TableImport> first = load_table(*source);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(first->dataset.programme.programme.id.key(), "annexe-cp-18-09");
  // The store names the copy by its programme id.
  Result<ProgrammeDataset> stored = load_dataset_files("annexe-cp-18-09", source->files);
  ASSERT_TRUE(stored.ok()) << stored.error().to_string();
  EXPECT_EQ(stored->rows.size(), 89U);
  EXPECT_EQ(stored->programme.programme.id.key(), "annexe-cp-18-09");
  // The same bytes under another name have the same digest.
  const std::filesystem::path copy = folder->path() / "copie.xlsx";
  std::filesystem::copy_file(xlsx, copy);
  Result<DatasetSource> again = read_table_source(copy, TableFormat::kXlsx, reference_identity());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->digest, source->digest);

  const std::filesystem::path csv = folder->path() / "annexe.csv";
  write_file(csv, exported(docs::DocumentFormat::kCsv));
  ASSERT_EQ(detect_import_input(csv).value(), ImportInputKind::kCsvTable);
  Result<DatasetSource> csv_source = read_table_source(csv, TableFormat::kCsv, {});
  ASSERT_TRUE(csv_source.ok());
  EXPECT_EQ(csv_source->files.size(), 1U);
  Result<ProgrammeDataset> csv_stored = load_dataset_files("depuis-csv", csv_source->files);
  ASSERT_TRUE(csv_stored.ok()) << csv_stored.error().to_string();
  EXPECT_EQ(csv_stored->totals.size(), hand_written().totals.size());
}

TEST(AnnexTable, TellsAnScdlFileAndAZipApart) {
  Result<docs::TemporaryFolder> folder = docs::TemporaryFolder::create();
  ASSERT_TRUE(folder.ok());
  const std::filesystem::path scdl = folder->path() / "subventions.csv";
  write_file(scdl, "\xEF\xBB\xBFnomAttribuant,idAttribuant,dateConvention\nX,1,2023-01-01\n");
  Result<ImportInputKind> kind = detect_import_input(scdl);
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.error().code(), ErrorCode::kUsage);
  EXPECT_EQ(kind.error().message(),
            "« " + scdl.string() +
                " » est un fichier SCDL de subventions (en-tête « nomAttribuant, idAttribuant… ») "
                ": importez-le avec « octroi opendata import " +
                scdl.string() + " »");
  const std::filesystem::path zip = folder->path() / "annexe.bin";
  write_file(zip, exported(docs::DocumentFormat::kXlsx));
  EXPECT_EQ(detect_import_input(zip).value(), ImportInputKind::kXlsxTable);
  const std::filesystem::path other = folder->path() / "annexe.ods";
  write_file(other, "x");
  EXPECT_EQ(detect_import_input(other).error().code(), ErrorCode::kUsage);
}

// --- CSV as staff write them -------------------------------------------------

constexpr std::string_view kIdentityColumns =
    "Programme;Date de séance;N° délibération;Organe;Collectivité";
constexpr std::string_view kIdentity =
    "AAP insertion 2024 - phase 1;11/03/2024;2024-120;Commission permanente;Département de la "
    "Somme";

// A CSV with columns Thématique, Opération, Structure, Montant and the
// identity; each row gets the identity appended.
std::string table_csv(std::initializer_list<std::string_view> rows) {
  std::string csv =
      "Thématique;Opération;Structure;Montant;" + std::string(kIdentityColumns) + "\n";
  for (std::string_view row : rows) {
    csv += std::string(row) + ";" + std::string(kIdentity) + "\n";
  }
  return csv;
}

TEST(AnnexTable, ReadsAWindows1252CsvWithDecimalCommas) {
  // Saved by Excel in French: Windows-1252, ';', "1 234,50", no BOM.
  const std::string csv =
      "Th\xE9matique;Op\xE9ration;Territoire;Organisme;Objet;Montant (\x80)\r\n"
      "1. Insertion;Op\xE9ration 1 : Chantiers;Artois;Centre social \xC9mile Zola;"
      "\"12 postes; du 01/01/2024 au 31/12/2024\";1 234,50\r\n"
      "1. Insertion;Op\xE9ration 1 : Chantiers;;Atelier du Pr\xE9;4 places;800\r\n"
      ";;;Sous total;;2 034,50\r\n";
  Result<TableImport> read = read_csv(csv, reference_identity());
  ASSERT_NO_FATAL_FAILURE(expect_read(read, "Windows-1252", ';'));
  ASSERT_EQ(read->dataset.rows.size(), 2U);
  const AnnexRow& first = read->dataset.rows[0];
  EXPECT_EQ(first.organisation.printed, "Centre social Émile Zola");
  EXPECT_EQ(first.award.amount, Amount::from_cents(123450));
  EXPECT_EQ(first.award.id.key(), "t1-o1-01");
  ASSERT_TRUE(first.award.quantity.has_value());
  EXPECT_EQ(first.award.quantity->unit, QuantityUnit::kPosts);
  EXPECT_EQ(period_of(first.award.period), "2024-01-01/2024-12-31");
  // The empty territory is carried down from the row above.
  EXPECT_EQ(read->dataset.rows[1].award.territory.key(), first.award.territory.key());
  ASSERT_EQ(read->dataset.totals.size(), 1U);
  EXPECT_EQ(read->dataset.totals[0].scope, TotalScope::kRows);
  EXPECT_TRUE(read->mismatches.empty());
  EXPECT_TRUE(read->unparsed.empty());
}

TEST(AnnexTable, RefusesAQuoteLeftOpen) {
  const std::string csv = std::string(kIdentityColumns) + ";Opération;Structure;Montant\n" +
                          std::string(kIdentity) + ";1;\"Asso des Amis;100\n";
  Result<TableImport> read = read_csv(csv);
  expect_refused(
      read, ErrorCode::kParse,
      "annexe.csv, ligne 2, colonne 98 : guillemet ouvert et jamais fermé : le champ court "
      "jusqu'à la fin du fichier");
}

TEST(AnnexTable, ListsALineWithTextAfterAClosingQuote) {
  const std::string csv = table_csv({"1;1;\"Asso \"\"Les Amis\"\"\";100", "1;1;\"Asso\" B;200"});
  Result<TableImport> read = read_csv(csv);
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  ASSERT_EQ(read->dataset.rows.size(), 1U);
  EXPECT_EQ(read->dataset.rows[0].organisation.printed, "Asso \"Les Amis\"");
  ASSERT_EQ(read->unparsed.size(), 1U);
  EXPECT_EQ(read->unparsed[0].line, 3);
  EXPECT_EQ(read->unparsed[0].reason,
            "colonne 11 : texte après le guillemet fermant : «  B » (les guillemets d'un champ "
            "doivent l'entourer entièrement, et être doublés à l'intérieur)");
}

TEST(AnnexTable, RefusesMixedEncodings) {
  const std::string csv = table_csv({"1;1;Société A;100", "1;1;Soci\xE9t\xE9 B;200"});
  Result<TableImport> read = read_csv(csv);
  expect_refused(read, ErrorCode::kParse,
                 "annexe.csv, ligne 3, colonne 5 : encodages mélangés : texte en UTF-8 ligne 1, "
                 "colonne 1 et en Windows-1252 ligne 3, colonne 5 ; enregistrez le fichier dans un "
                 "seul encodage (UTF-8 de préférence)");
}

TEST(AnnexTable, RefusesAMissingRequiredColumn) {
  const std::string csv = "Territoire;Porteur;Objet\nArtois;Asso;Projet\n";
  Result<TableImport> read = read_csv(csv);
  expect_refused(
      read, ErrorCode::kMissingField,
      "annexe.csv, ligne 1 : colonne obligatoire absente : « montant » (Montant, Montant "
      "proposé, Montant retenu, Montant (€)…) ; en-têtes lus ligne 1 : « Territoire », "
      "« Porteur », « Objet »");
}

// One operation, one budget line: a second code for it is listed, not taken.
TEST(AnnexTable, ListsASecondBudgetLineForAnOperation) {
  const std::string csv =
      "Thématique,Action,Bénéficiaire,Montant accordé,Imputation\n"
      "1,1,Asso A,\"1 200,00\",C02-446A05\n"
      "1,1,Asso B,300,C02-446A06\n"
      "1,2,Asso C,100,\n";
  Result<TableImport> read = read_csv(csv, reference_identity());
  ASSERT_NO_FATAL_FAILURE(expect_read(read, "UTF-8", ','));
  ASSERT_EQ(read->dataset.rows.size(), 2U);
  ASSERT_EQ(read->unparsed.size(), 1U);
  EXPECT_EQ(read->unparsed[0].line, 3);
  EXPECT_EQ(read->unparsed[0].reason,
            "ligne budgétaire « C02-446A06 » : l'opération 1 du thème 1 est déjà imputée sur "
            "« C02-446A05 » (ligne 2) ; colonne 5 du tableau (« ligne budgétaire »)");
  const OperationEntry* first = read->dataset.find_operation(1, 1);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->budget_line.code, "C02-446A05");
  EXPECT_TRUE(first->budget_line.stated);
  const OperationEntry* second = read->dataset.find_operation(1, 2);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->budget_line.code, "");
}

TEST(AnnexTable, ListsAnAmountWithLetters) {
  const std::string csv =
      "Thématique,Action,Bénéficiaire,Montant accordé\n"
      "1,1,Asso A,\"1 200,00\"\n"
      "1,1,Asso B,12a0\n"
      "1,1,Asso C,300.5\n";
  Result<TableImport> read = read_csv(csv, reference_identity());
  ASSERT_NO_FATAL_FAILURE(expect_read(read, "UTF-8", ','));
  ASSERT_EQ(read->dataset.rows.size(), 2U);
  EXPECT_EQ(read->dataset.rows[1].award.amount, Amount::from_cents(30050));
  ASSERT_EQ(read->unparsed.size(), 1U);
  EXPECT_EQ(read->unparsed[0].line, 3);
  EXPECT_EQ(read->unparsed[0].text, "1\t1\tAsso B\t12a0");
  EXPECT_EQ(read->unparsed[0].reason,
            "montant illisible : montant invalide « 12a0 » : caractère inattendu « a » en "
            "colonne 3 ; colonne 4 du tableau (« montant »)");
  ASSERT_EQ(read->kinds.size(), 3U);
  EXPECT_EQ(read->kinds[1], AnnexLineKind::kUnparsed);
}

TEST(AnnexTable, RefusesAnIncompleteIdentity) {
  const std::string csv = "Thématique;Opération;Structure;Montant\n1;1;Asso;100\n";
  TableIdentity identity;
  identity.title = "AAP 2024";
  Result<TableImport> read = read_csv(csv, identity);
  expect_refused(
      read, ErrorCode::kMissingField,
      "annexe.csv : identité du programme incomplète : le tableau n'a pas de colonne pour "
      "date de séance (--session-date), numéro de délibération (--deliberation), organe "
      "délibérant (--body), collectivité (--authority) ; donnez-la avec l'option indiquée");
}

// --- XLSX as staff write them --------------------------------------------------

std::string workbook(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill) {
  Result<docs::TemporaryFolder> folder = docs::TemporaryFolder::create();
  if (!folder.ok()) return {};
  const std::filesystem::path file = folder->path() / "t.xlsx";
  lxw_workbook* book = workbook_new(file.c_str());
  workbook_add_worksheet(book, "Notes");
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Feuille1");
  fill(book, sheet);
  workbook_close(book);
  std::ifstream stream(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(stream), {});
}

TEST(AnnexTable, ReadsAChosenSheetWithMergedCellsAndDates) {
  const std::string xlsx = workbook([](lxw_workbook*, lxw_worksheet* sheet) {
    const char* headers[] = {"Thématique", "Opération",     "Structure",
                             "Montant",    "Date de début", "Date de fin"};
    for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(sheet, 0, c, headers[c], nullptr);
    worksheet_merge_range(sheet, 1, 0, 3, 0, "2. Logement", nullptr);
    worksheet_merge_range(sheet, 1, 1, 3, 1, "Opération 3 : Accompagnement", nullptr);
    worksheet_write_string(sheet, 1, 2, "Asso A", nullptr);
    worksheet_write_number(sheet, 1, 3, 1500.1, nullptr);
    worksheet_write_number(sheet, 1, 4, 45292, nullptr);  // 01/01/2024
    worksheet_write_number(sheet, 1, 5, 45657, nullptr);  // 31/12/2024
    worksheet_write_string(sheet, 2, 2, "Asso B", nullptr);
    worksheet_write_string(sheet, 2, 3, "douze euros", nullptr);
    worksheet_write_string(sheet, 3, 2, "Asso C", nullptr);
    worksheet_write_number(sheet, 3, 3, 0.1 + 0.2, nullptr);
  });
  TableIdentity identity = reference_identity();
  identity.sheet = "feuille1";
  Result<TableImport> read =
      read_annex_table_file("tableau", "t.xlsx", xlsx, TableFormat::kXlsx, identity);
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  EXPECT_EQ(read->sheet, "Feuille1");
  ASSERT_EQ(read->dataset.rows.size(), 2U);
  EXPECT_EQ(read->dataset.rows[0].award.id.key(), "t2-o3-01");
  EXPECT_EQ(read->dataset.rows[0].award.amount, Amount::from_cents(150010));
  EXPECT_EQ(period_of(read->dataset.rows[0].award.period), "2024-01-01/2024-12-31");
  EXPECT_EQ(read->dataset.rows[1].award.id.key(), "t2-o3-02");
  EXPECT_EQ(read->dataset.rows[1].award.amount, Amount::from_cents(30));
  ASSERT_EQ(read->unparsed.size(), 1U);
  EXPECT_EQ(read->unparsed[0].where, "Feuille1!D3");
  EXPECT_EQ(read->unparsed[0].reason,
            "montant illisible : montant invalide « douze euros » : caractère inattendu « d » en "
            "colonne 1");

  identity.sheet = "Budget";
  Result<TableImport> missing =
      read_annex_table_file("tableau", "t.xlsx", xlsx, TableFormat::kXlsx, identity);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message(),
            "classeur « t.xlsx » : pas de feuille « Budget » (feuilles : « Notes », « Feuille1 »)");
}

TEST(AnnexTable, RefusesATruncatedWorkbook) {
  const std::string xlsx = exported(docs::DocumentFormat::kXlsx);
  Result<TableImport> read = read_annex_table_file(
      "tableau", "annexe.xlsx", xlsx.substr(0, xlsx.size() / 2), TableFormat::kXlsx, {});
  expect_refused(
      read, ErrorCode::kArchiveInvalid,
      "annexe.xlsx : classeur « annexe.xlsx » : archive zip incomplète ou abîmée (fichier "
      "tronqué ?) : enregistrez-le ou envoyez-le à nouveau");
}

TEST(AnnexTable, RefusesAFileThatIsNotAZip) {
  Result<TableImport> read = read_annex_table_file(
      "tableau", "annexe.xlsx", "Thématique;Structure;Montant\n", TableFormat::kXlsx, {});
  expect_refused(
      read, ErrorCode::kArchiveInvalid,
      "annexe.xlsx : classeur « annexe.xlsx » : ce n'est pas un fichier ODT, DOCX ou XLSX "
      "(archive zip illisible)");
}

TEST(AnnexTable, RefusesAZipBomb) {
  // 65 MiB of zeros compress to about 64 KiB: one entry over the 64 MiB limit.
  docs::ZipArchive archive;
  archive.add("[Content_Types].xml", "<Types/>");
  archive.add("xl/worksheets/sheet1.xml", std::string(std::size_t{65} << 20, '0'));
  Result<std::string> bytes = archive.write();
  ASSERT_TRUE(bytes.ok());
  EXPECT_LT(bytes->size(), std::size_t{1} << 20);
  Result<TableImport> read =
      read_annex_table_file("tableau", "bombe.xlsx", *bytes, TableFormat::kXlsx, {});
  expect_refused(read, ErrorCode::kArchiveInvalid,
                 "bombe.xlsx : classeur « bombe.xlsx » : l'entrée « xl/worksheets/sheet1.xml » "
                 "décompressée est trop grande (bombe zip ?)");
}

}  // namespace
}  // namespace octroi
