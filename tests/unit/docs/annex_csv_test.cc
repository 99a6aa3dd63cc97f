// The annex as CSV (docs/annex_csv.h): what French staff's Excel opens as
// is — BOM, ';', CRLF, decimal comma, quotes only where needed — with exact
// amounts, one line per award and per declared total in printed order.
#include "docs/annex_csv.h"

#include <gtest/gtest.h>

#include "../service/service_test_support.h"

namespace octroi::docs {
namespace {

namespace support = testing_service;

std::vector<std::string> lines_of(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < csv.size()) {
    const std::size_t end = csv.find("\r\n", start);
    lines.push_back(csv.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return lines;
}

TEST(AnnexCsv, WritesWhatAFrenchSpreadsheetOpens) {
  ProgrammeDataset dataset;
  dataset.programme.title.printed = "AAP 2023 - phase 4";
  dataset.programme.programme.authority = "Département du Pas-de-Calais";
  dataset.programme.deliberation_number = "2023-405";
  dataset.programme.session_date.value = Date::create(2023, 9, 18).value();
  ThemeEntry theme;
  theme.theme.number = 1;
  theme.theme.title = "Insertion";
  dataset.themes.push_back(theme);
  dataset.operations.push_back(support::operation(1, 2, "Chantiers", "C02", ""));
  OrganisationEntry organisation;
  organisation.organisation.id = OrganisationId("cheval-bleu");
  organisation.organisation.name = "Le Cheval Bleu";
  organisation.organisation.siret = Siret::parse("48054398200023").value();
  dataset.organisations.push_back(organisation);
  AnnexRow row = support::row("t1-o2-01", 1, 2, "cheval-bleu", {}, "1 614 364,36 €");
  row.organisation.printed = "Cheval \"Bleu\"; asso";
  row.description = "12 postes du 01/01/2024 au 31/12/2024";
  row.award.quantity =
      UnitQuantity{parse_quantity("8,1").value(), QuantityUnit::kFullTimeEquivalents};
  row.award.period =
      Period::create(Date::create(2024, 1, 1).value(), Date::create(2024, 12, 31).value()).value();
  row.order = 0;
  dataset.rows.push_back(row);
  DeclaredTotal total;
  total.id = "t1-o2-total";
  total.order = 1;
  total.theme = 1;
  total.operation = 2;
  total.scope = TotalScope::kOperation;
  total.label = "TOTAL";
  total.amount = support::printed_amount("1 614 364,36 €");
  dataset.totals.push_back(total);

  const std::string csv = annex_csv(dataset);
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  const std::vector<std::string> lines = lines_of(csv.substr(3));
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0],
            "Thématique;Opération;Territoire;Structure;Identifiant structure;SIRET;Description;"
            "Quantité;Unité;Période début;Période fin;Montant;Convention;Type de ligne;Programme;"
            "Collectivité;Organe;Date de séance;N° délibération;Ligne budgétaire");
  EXPECT_EQ(lines[1],
            "1. Insertion;Opération 2 : Chantiers;Département;\"Cheval \"\"Bleu\"\"; asso\";"
            "cheval-bleu;48054398200023;12 postes du 01/01/2024 au 31/12/2024;8,1;ETP;01/01/2024;"
            "31/12/2024;1614364,36;Convention type;attribution;AAP 2023 - phase 4;Département du "
            "Pas-de-Calais;Commission Permanente;18/09/2023;2023-405;C02");
  EXPECT_EQ(
      lines[2],
      "1. Insertion;Opération 2 : Chantiers;;TOTAL;;;;;;;;1614364,36;;total opération;AAP "
      "2023 - phase 4;Département du Pas-de-Calais;Commission Permanente;18/09/2023;2023-405;");
}

}  // namespace
}  // namespace octroi::docs
