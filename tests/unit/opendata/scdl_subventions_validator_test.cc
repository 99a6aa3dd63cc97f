// The SCDL subventions validator, fed one file per kind of error: each
// message, its line, column and field; a valid file passes; old format.
#include "opendata/scdl_subventions_validator.h"

#include <optional>

#include <gtest/gtest.h>

#include "scdl_test_rows.h"

namespace octroi {
namespace {

using testing_scdl::kHeader;
using testing_scdl::row;

struct Outcome {
  ScdlValidationSummary summary;
  std::vector<ScdlFinding> findings;
};

Outcome validate(const std::string& text) {
  CsvReader reader(std::make_unique<StringByteSource>(text), "s.csv");
  Outcome outcome;
  auto summary = validate_scdl_subventions(
      reader, [&](const ScdlFinding& finding) { outcome.findings.push_back(finding); });
  EXPECT_TRUE(summary.ok()) << summary.error().to_string();
  if (summary.ok()) outcome.summary = *summary;
  return outcome;
}

// The only finding of a file whose third line has `text` in field `index`.
ScdlFinding only_finding(std::size_t index, const std::string& text,
                         std::optional<std::string> value = std::nullopt) {
  Outcome outcome = validate(kHeader + row() + row(index, text));
  EXPECT_EQ(outcome.findings.size(), 1U) << text;
  if (outcome.findings.empty()) return {};
  const ScdlFinding& finding = outcome.findings.front();
  EXPECT_EQ(finding.location.line, 3);
  EXPECT_EQ(finding.location.file, "s.csv");
  EXPECT_EQ(finding.location.field, kScdlSubventionFields[index]);
  EXPECT_EQ(finding.value, value.value_or(text));
  EXPECT_EQ(outcome.summary.rows, 2);
  EXPECT_EQ(outcome.summary.invalid_rows, 1);
  return finding;
}

void expect_message(const ScdlFinding& finding, const std::string& part) {
  EXPECT_NE(finding.message.find(part), std::string::npos) << finding.message;
}

TEST(ScdlSubventionsValidatorTest, ValidFilePasses) {
  Outcome outcome = validate(kHeader + row() + row(6, "W380475558"));
  EXPECT_TRUE(outcome.summary.valid());
  EXPECT_EQ(outcome.summary.valid_rows, 2);
  EXPECT_EQ(outcome.summary.total, Amount::from_cents(23'000'000));
}

TEST(ScdlSubventionsValidatorTest, SiretChecksum) {
  ScdlFinding finding = only_finding(5, "48054398200024");
  expect_message(finding, "clé de contrôle erronée");
  // "Département du Pas-de-Calais,22620001200012,2023-06-27,2023-405,Le Cheval Bleu," = 79
  // characters.
  EXPECT_EQ(finding.location.column, 80);
}

TEST(ScdlSubventionsValidatorTest, SiretInScientificNotation) {
  ScdlFinding finding = only_finding(5, "3.84578E+13");
  expect_message(finding, "notation scientifique « 3.84578E+13 »");
  expect_message(finding, "14 chiffres");
}

TEST(ScdlSubventionsValidatorTest, SiretWithSpaces) {
  expect_message(only_finding(1, "226 200 012 00012"), "sans espaces (22620001200012)");
}

TEST(ScdlSubventionsValidatorTest, ImpossibleDate) {
  ScdlFinding finding = only_finding(2, "2023-02-30");
  expect_message(finding, "2023-02-30");
  expect_message(finding, "28 jours");
  EXPECT_EQ(finding.location.column, 45);
}

TEST(ScdlSubventionsValidatorTest, FrenchDate) {
  expect_message(only_finding(2, "27/06/2023"), "attendu AAAA-MM-JJ (2023-06-27)");
}

TEST(ScdlSubventionsValidatorTest, AmountWithDecimalComma) {
  ScdlFinding finding = only_finding(8, "\"1 234,56\"", "1 234,56");
  expect_message(finding, "format français « 1 234,56 »");
  expect_message(finding, "(1234.56)");
}

TEST(ScdlSubventionsValidatorTest, PercentageOutOfRange) {
  expect_message(only_finding(14, "1.5"), "hors de l'intervalle");
  expect_message(only_finding(14, "0"), "entre 0.01 et 1");
  expect_message(only_finding(14, "45%"), "« % »");
  expect_message(only_finding(14, "\"0,45\"", "0,45"), "virgule");
}

TEST(ScdlSubventionsValidatorTest, UnknownNature) {
  expect_message(only_finding(9, "subvention"), "nature inconnue « subvention »");
}

TEST(ScdlSubventionsValidatorTest, MissingRequiredField) {
  expect_message(only_finding(7, ""), "valeur obligatoire manquante");
  expect_message(only_finding(13, "Oui"), "« oui » ou « non »");
}

TEST(ScdlSubventionsValidatorTest, NeitherSiretNorRna) {
  ScdlFinding finding = only_finding(5, "");
  expect_message(finding, "l'un des deux est obligatoire");
}

TEST(ScdlSubventionsValidatorTest, PeriodEndingBeforeItStartsAndOldFormat) {
  expect_message(only_finding(11, "2024-08-31/2023-09-01"), "précède le début");
  ScdlFinding old = only_finding(11, "2023-09-01_2024-08-31");
  expect_message(old, "ancien format SCDL 1.x");
  EXPECT_TRUE(old.old_format);
}

TEST(ScdlSubventionsValidatorTest, WrongHeader) {
  std::string header = kHeader;
  header.replace(header.find("montant"), 7, "Montant");
  Outcome outcome = validate(header + row());
  ASSERT_EQ(outcome.findings.size(), 2U);
  EXPECT_EQ(outcome.findings[0].location.line, 1);
  expect_message(outcome.findings[0],
                 "colonne inconnue « Montant » (voulez-vous dire « montant » ?)");
  expect_message(outcome.findings[1], "colonne « montant » absente");
}

TEST(ScdlSubventionsValidatorTest, OldHeaderIsRecognised) {
  const std::string header =
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
      "idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
      "notificationUE,pourcentageSubvention\n";
  Outcome outcome = validate(header +
                             "Région,22620001200012,2017-06-27,,Asso,48054398200023,objet,"
                             "47800.20,aide en numéraire,unique,2017-03-14_2018-03-14,,non,1\n");
  EXPECT_TRUE(outcome.summary.old_header);
  ASSERT_EQ(outcome.findings.size(), 2U);
  expect_message(outcome.findings[0], "en-tête à l'ancien format SCDL 1.x");
  expect_message(outcome.findings[1], "séparateur « _ »");
  EXPECT_EQ(outcome.summary.old_format_findings, 2);
}

TEST(ScdlSubventionsValidatorTest, WrongEncoding) {
  std::string text = kHeader + row();
  text += row(4, "CCAS de Li\xE9vin");
  Outcome outcome = validate(text);
  ASSERT_EQ(outcome.findings.size(), 1U);
  expect_message(outcome.findings[0], "Windows-1252");
  expect_message(outcome.findings[0], "Liévin");
  EXPECT_EQ(outcome.findings[0].location.line, 3);
  EXPECT_EQ(outcome.summary.encoding, CsvEncoding::kWindows1252);
}

TEST(ScdlSubventionsValidatorTest, WrongFieldCount) {
  Outcome outcome = validate(kHeader + "a,b,c\n");
  ASSERT_EQ(outcome.findings.size(), 1U);
  expect_message(outcome.findings[0], "3 champ(s) au lieu de 16");
}

TEST(ScdlSubventionsValidatorTest, SemicolonFilesValidateToo) {
  std::string text = kHeader + row();
  for (char& c : text) {
    if (c == ',') c = ';';
  }
  Outcome outcome = validate(text);
  EXPECT_TRUE(outcome.summary.valid());
  EXPECT_EQ(outcome.summary.separator, ';');
}

TEST(ScdlSubventionsValidatorTest, ValidRowsGoToTheSink) {
  CsvReader reader(std::make_unique<StringByteSource>(kHeader + row() + row(8, "x") + row()),
                   "s.csv");
  std::vector<OpendataAward> awards;
  auto summary = validate_scdl_subventions(
      reader, [](const ScdlFinding&) {},
      [&](const OpendataAward& award) {
        awards.push_back(award);
        return ok_status();
      });
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(awards.size(), 2U);
  EXPECT_EQ(awards[1].line, 4);
  EXPECT_EQ(awards[0].amount, Amount::from_cents(11'500'000));
  EXPECT_EQ(awards[0].payment_start, "2023-09-01");
  EXPECT_EQ(awards[0].payment_end, "2024-08-31");
  EXPECT_EQ(awards[0].beneficiary_name, "Le Cheval Bleu");
}

TEST(ScdlSubventionsValuesTest, ReadingsAreExact) {
  EXPECT_EQ(*scdl_amount("47800.2"), Amount::from_cents(4'780'020));
  EXPECT_EQ(*scdl_amount("12"), Amount::from_cents(1200));
  EXPECT_EQ(scdl_amount_text(Amount::from_cents(4'780'020)), "47800.20");
  EXPECT_FALSE(check_scdl_value(ScdlSubventionField::kPourcentageSubvention, "0.01"));
  EXPECT_TRUE(check_scdl_value(ScdlSubventionField::kPourcentageSubvention, "0.009"));
  EXPECT_FALSE(check_scdl_value(ScdlSubventionField::kPourcentageSubvention, "1.000"));
  EXPECT_TRUE(check_scdl_value(ScdlSubventionField::kPourcentageSubvention, "1.0001"));
  EXPECT_TRUE(check_scdl_value(ScdlSubventionField::kRnaBeneficiaire, "W12345678"));
  EXPECT_TRUE(check_scdl_value(ScdlSubventionField::kObjet, std::string(257, 'x')));
  EXPECT_FALSE(check_scdl_value(ScdlSubventionField::kObjet, std::string(256, 'x')));
}

}  // namespace
}  // namespace octroi
