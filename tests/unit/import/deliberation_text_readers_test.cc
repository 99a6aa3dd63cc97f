// The prose readers of the deliberation text reader on small texts: the
// annexed amendments' clauses (amendment_text.cc), the sentences naming
// organisations (named_statement_text.cc) and the organisation ids derived
// from printed names (organisation_slug); well-formed and malformed inputs.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "checks/checks.h"
#include "import/import.h"
#include "import/text/annex_text_reader.h"
#include "money/parse.h"

namespace octroi {
namespace {

// The identity, an article authorising an amendment, a description annex
// (`description`: the lines of operation 1's description), the financial
// annex, and the annexed amendment (`amendment`: its lines after the heading).
std::string document(const std::string& description, const std::string& amendment) {
  return "DEPARTEMENT DU PAS-DE-CALAIS\n"
         "COMMISSION PERMANENTE\n"
         "REUNION DU 1 JUIN 2024\n"
         "APPEL A PROJETS 2024\n"
         "(N°2024-1)\n"
         "\n"
         "Article 1 :\n"
         "\n"
         "D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte "
         "du Département, avec l'association Le Cheval Bleu l'avenant n°1 à la convention "
         "n°2023-01628 « accompagnement spécifique », dans les termes du projet joint en annexe 3 "
         "à la présente délibération.\n"
         "\n"
         "1. Insertion\n"
         "\n"
         "Opération 1 : Accompagnement\n"
         "\n" +
         description +
         "\n"
         "Annexe 2 : REPARTITION FINANCIERE\n"
         "1. Insertion\n"
         "Opération 1 : Accompagnement\tArtois\tTous Parrains\t\t1 000,00 €\tConvention type\n"
         "\tArtois\tID FORMATION\t\t2 000,00 €\tConvention type\n"
         "Opération 2 : Suivi\tArtois\tLe Cheval Bleu\t20 places d'accompagnement\t10 000,00 "
         "€\tAvenant annexe 3\n"
         "\tTOTAL\t13 000,00 €\n"
         "\n"
         "AVENANT N°1\n"
         "\n" +
         amendment;
}

constexpr const char* kObject =
    "Objet : Avenant à la convention n° 2023-01628 « accompagnement spécifique » entre le "
    "Département et le Cheval Bleu\n";

DeliberationTextImport read(const std::string& text) {
  Result<DeliberationTextImport> read = read_deliberation_text("essai", "essai.txt", text);
  EXPECT_TRUE(read.ok()) << read.error().to_string();
  return read.ok() ? std::move(read).value() : DeliberationTextImport{};
}

std::vector<std::string> reasons(const DeliberationTextImport& imported) {
  std::vector<std::string> result;
  result.reserve(imported.unparsed.size());
  for (const UnparsedLine& line : imported.unparsed) {
    result.push_back("l. " + std::to_string(line.line) + " " + line.reason);
  }
  return result;
}

const DeclaredStatement* statement(const DeliberationTextImport& imported, const std::string& id) {
  for (const DeclaredStatement& known : imported.dataset.report.statements) {
    if (known.id == id) return &known;
  }
  return nullptr;
}

bool has_finding(const std::vector<Finding>& findings, const std::string& code,
                 const std::string& where) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.code == code && finding.where.label() == where;
  });
}

TEST(DeliberationTextReaders, ReadsAnAmendmentsUnitCostSplitAndMaximum) {
  const DeliberationTextImport imported = read(document(
      "", std::string(kObject) +
              "\n"
              "Pour la période du 1^{er} janvier au 31 décembre 2024, le coût total de "
              "l'opération est estimé à un montant maximum de 10 000€.\n"
              "Modalités de financement 2024\t<p>Sur la base d'un coût de la place "
              "d'accompagnement à 400 euros, les modalités de financement s'organisent comme "
              "suit :</p> • <u>Part quantitative :</u> 50% de la participation financière, soit "
              "un maximum de 5 000 €, portera sur 20 places d'accompagnement. • <u>Part "
              "qualitative :</u> 50% de la participation financière, soit un maximum 5 000 €, "
              "portera sur la qualité.\n"));
  EXPECT_TRUE(imported.unparsed.empty()) << ::testing::PrintToString(reasons(imported));
  ASSERT_EQ(imported.dataset.amendments.size(), 1U);
  const AmendmentRecord& amendment = imported.dataset.amendments[0];
  EXPECT_EQ(amendment.id, "avenant-1-convention-2023-01628");
  EXPECT_EQ(amendment.annex, 3);
  EXPECT_EQ(amendment.article, 1);
  EXPECT_EQ(amendment.number, 1);
  EXPECT_EQ(amendment.agreement.number, "2023-01628");
  EXPECT_EQ(amendment.agreement.title, "accompagnement spécifique");
  EXPECT_EQ(amendment.organisation.id.key(), "le-cheval-bleu");
  ASSERT_EQ(amendment.amounts.size(), 1U);
  EXPECT_EQ(amendment.amounts[0].amount.value, parse_amount("10 000 €").value());
  EXPECT_TRUE(amendment.amounts[0].maximum);
  EXPECT_EQ(amendment.amounts[0].origin.year, 2024);  // the period's year
  ASSERT_EQ(amendment.unit_costs.size(), 1U);
  EXPECT_EQ(amendment.unit_costs[0].amount.text, "400 euros");
  EXPECT_EQ(amendment.unit_costs[0].per, "places");
  EXPECT_EQ(amendment.unit_costs[0].origin.year, 2024);  // the row's label
  ASSERT_EQ(amendment.splits.size(), 2U);
  EXPECT_EQ(amendment.splits[0].part, "quantitative");
  EXPECT_EQ(amendment.splits[0].rate.text, "50%");
  EXPECT_EQ(amendment.splits[0].maximum.value, parse_amount("5 000 €").value());
  ASSERT_TRUE(amendment.splits[0].places.has_value());
  EXPECT_EQ(amendment.splits[0].places->value, 20);
  EXPECT_EQ(amendment.splits[1].part, "qualitative");
  EXPECT_FALSE(amendment.splits[1].places.has_value());  // « portera sur la qualité »
  // The checker compares them with the row « Avenant annexe 3 »: 20 places at
  // 400 € are 8 000 €, not 10 000 €; half of 20 × 400 € is 4 000 €, not 5 000 €.
  const std::vector<Finding> findings = check_programme(imported.dataset);
  EXPECT_TRUE(has_finding(findings, "statements.unit_cost_mismatch", "t1-o2-01 l. 20 l. 28"));
  EXPECT_TRUE(has_finding(findings, "statements.split_unit_cost_mismatch",
                          "le-cheval-bleu annexe 3 l. 28"));
}

TEST(DeliberationTextReaders, ListsAmendmentClausesWithoutAmountOrRate) {
  const DeliberationTextImport imported = read(document(
      "", std::string(kObject) +
              "Modalités de financement\tSur la base d'un coût de la place d'accompagnement à "
              "définir. • Part quantitative : la moitié de la participation. • Part qualitative "
              ": 50% de la participation, soit un maximum de 1.00.0 €.\n"
              "Le coût de la formation est à 300 euros.\n"));
  // The row's label has no year: the clauses have none. « coût de la formation »
  // is not a cost per unit of docs/data-format.md 4.8: not a clause.
  const std::vector<std::string> actual = reasons(imported);
  ASSERT_EQ(actual.size(), 3U) << ::testing::PrintToString(actual);
  EXPECT_EQ(actual[0],
            "l. 26 avenant : coût unitaire « coût de la place d'accompagnement à définir. » sans "
            "montant « à X € »");
  EXPECT_EQ(actual[1],
            "l. 26 avenant : part « Part quantitative : la moitié de la participation. » sans "
            "taux ni « soit un maximum de X € »");
  EXPECT_EQ(actual[2].rfind("l. 26 avenant : part illisible « 1.00.0 € » : ", 0), 0U) << actual[2];
  ASSERT_EQ(imported.dataset.amendments.size(), 1U);
  EXPECT_TRUE(imported.dataset.amendments[0].unit_costs.empty());
  EXPECT_TRUE(imported.dataset.amendments[0].splits.empty());
}

TEST(DeliberationTextReaders, ListsAnAmendmentItCannotAttach) {
  // No « Objet » line under the heading.
  DeliberationTextImport imported = read(document("", "Un texte sans objet.\n"));
  EXPECT_TRUE(imported.dataset.amendments.empty());
  ASSERT_EQ(imported.unparsed.size(), 1U);
  EXPECT_EQ(imported.unparsed[0].line, 23);  // the heading
  EXPECT_NE(imported.unparsed[0].reason.find("Objet : Avenant"), std::string::npos);
  // An agreement no article authorises.
  imported = read(
      document("",
               "Objet : Avenant à la convention n° 2023-99999 « autre » entre le Département et X\n"
               "Sur la base d'un coût de la place d'accompagnement à 400 euros.\n"));
  EXPECT_TRUE(imported.dataset.amendments.empty());
  ASSERT_EQ(imported.unparsed.size(), 1U);
  EXPECT_EQ(imported.unparsed[0].reason,
            "avenant à la convention n° 2023-99999 : aucun article de la délibération n'en "
            "autorise la signature en nommant son annexe");
  // An annex no row of the financial annex refers to.
  std::string text = document("", std::string(kObject));
  text.replace(text.find("Avenant annexe 3"), 16, "Convention type");
  imported = read(text);
  EXPECT_TRUE(imported.dataset.amendments.empty());
  ASSERT_EQ(imported.unparsed.size(), 1U);
  EXPECT_EQ(imported.unparsed[0].reason,
            "avenant de l'annexe 3 : aucune ligne de l'annexe financière ne porte « Avenant "
            "annexe 3 »");
}

TEST(DeliberationTextReaders, ReadsSentencesNamingOrganisations) {
  const DeliberationTextImport imported = read(document(
      "Dans ce cadre, il est proposé de financer de Tous Parrains et ID formation pour la mise "
      "en œuvre de cette mission et pour un total de 3 000 €, sur la période du 1er juillet au "
      "31 décembre 2024.\n"
      "Les structures retenues sont les suivantes :\n"
      "- Artois : Tous Parain\n"
      "Pour l'accompagnement de 20 personnes, ID Formation a déposé une demande de subvention "
      "à hauteur de 2 500€.\n",
      std::string(kObject)));
  EXPECT_TRUE(imported.unparsed.empty()) << ::testing::PrintToString(reasons(imported));
  const DeclaredStatement* both = statement(imported, "a1-o1");
  ASSERT_NE(both, nullptr);
  EXPECT_EQ(both->scope, StatementScope::kOperation);
  ASSERT_EQ(both->rows.size(), 2U);
  EXPECT_EQ(both->rows[0].key(), "t1-o1-01");
  EXPECT_EQ(both->rows[1].key(), "t1-o1-02");
  ASSERT_EQ(both->organisations.size(), 2U);
  EXPECT_EQ(both->organisations[0].printed, "Tous Parrains");
  EXPECT_EQ(both->organisations[1].printed, "ID formation");
  EXPECT_EQ(both->organisations[1].id.key(), "id-formation");
  ASSERT_TRUE(both->amount.has_value());
  EXPECT_EQ(both->amount->value, parse_amount("3 000 €").value());
  EXPECT_EQ(both->source.line, 15);
  // « Tous Parain » is two typos from « Tous Parrains »: the same row.
  const DeclaredStatement* bullet = statement(imported, "a1-o1-tous-parrains");
  ASSERT_NE(bullet, nullptr);
  EXPECT_EQ(bullet->scope, StatementScope::kOrganisation);
  EXPECT_EQ(bullet->organisations[0].printed, "Tous Parain");
  ASSERT_EQ(bullet->territories.size(), 1U);
  EXPECT_EQ(bullet->territories[0].scope.key(), "artois");
  EXPECT_FALSE(bullet->amount.has_value());
  const DeclaredStatement* request = statement(imported, "a1-o1-id-formation");
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->organisations[0].printed, "ID Formation");
  EXPECT_EQ(request->amount->value, parse_amount("2 500 €").value());
  EXPECT_EQ(request->quote,
            "Pour l'accompagnement de 20 personnes, ID Formation a déposé une demande de "
            "subvention à hauteur de 2 500€.");
  // The checker compares them with the annex: the spellings, the request's
  // amount (2 500 € for 2 000 €).
  const std::vector<Finding> findings = check_programme(imported.dataset);
  EXPECT_TRUE(has_finding(findings, "names.organisation_variant", "id-formation l. 23 l. 15"));
  EXPECT_TRUE(has_finding(findings, "names.organisation_misspelt", "tous-parrains l. 22 l. 17"));
  EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& finding) {
    return finding.code == "statements.amount_mismatch" &&
           finding.where.label().find("a1-o1-id-formation") != std::string::npos;
  }));
}

TEST(DeliberationTextReaders, LeavesOrListsSentencesItCannotRead) {
  const DeliberationTextImport imported = read(document(
      // A count, not names: another kind of sentence.
      "il est proposé de financer 4 structures pour un total de 3 000 €.\n"
      // A name that names no row.
      "il est proposé de financer la structure INCONNUE pour un total de 3 000 €.\n"
      // One name of the list naming no row: the whole list is left.
      "il est proposé de financer Tous Parrains et INCONNUE pour un total de 3 000 €.\n"
      // A territory bullet whose territory or name does not read.
      "- Nulle part : Tous Parrains\n"
      "- Artois : \n"
      // Names, but an amount that does not read.
      "il est proposé de financer ID FORMATION pour un total de 1.00.0 €.\n"
      // A request without its amount.
      "ID FORMATION a déposé une demande de subvention.\n"
      // The same organisation twice.
      "- Artois : Tous Parrains\n"
      "- Artois : Tous Parrains\n",
      std::string(kObject)));
  const std::vector<std::string> actual = reasons(imported);
  ASSERT_EQ(actual.size(), 3U) << ::testing::PrintToString(actual);
  EXPECT_EQ(actual[0].rfind("l. 20 phrase chiffrée : montant illisible « 1.00.0 € »", 0), 0U)
      << actual[0];
  EXPECT_EQ(actual[1], "l. 21 demande de subvention : montant « à hauteur de X € » non lu");
  EXPECT_EQ(actual[2],
            "l. 23 phrase nommant des structures : énoncé « a1-o1-tous-parrains » déjà lu l. 22");
  ASSERT_EQ(imported.dataset.report.statements.size(), 1U);
  EXPECT_EQ(imported.dataset.report.statements[0].source.line, 22);
}

// A list item with an en dash, and a subject that is not the comma's.
TEST(DeliberationTextReaders, ReadsEnDashItemsAndSubjectsAfterTheLastComma) {
  const DeliberationTextImport imported =
      read(document("\xE2\x80\x93 Artois : ID FORMATION ;\n"
                    "Enfin, pour 2024, Tous Parrains a déposé une demande de subvention de 900 €.\n"
                    "Texte, a déposé une demande de subvention de 900 €.\n",
                    std::string(kObject)));
  EXPECT_TRUE(imported.unparsed.empty()) << ::testing::PrintToString(reasons(imported));
  ASSERT_EQ(imported.dataset.report.statements.size(), 2U);
  const DeclaredStatement* item = statement(imported, "a1-o1-id-formation");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->source.line, 15);
  EXPECT_EQ(item->organisations[0].printed, "ID FORMATION");
  EXPECT_EQ(item->quote, "Artois : ID FORMATION ;");
  const DeclaredStatement* request = statement(imported, "a1-o1-tous-parrains");
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->organisations[0].printed, "Tous Parrains");
  EXPECT_EQ(request->amount->value, parse_amount("900 €").value());
}

TEST(DeliberationTextReaders, DerivesOrganisationIdsFromPrintedNames) {
  using text_import::organisation_slug;
  // Elided particles dropped; legal forms abbreviated, with the particle after them.
  EXPECT_EQ(organisation_slug("CCAS d'Isbergues"), "ccas-isbergues");
  EXPECT_EQ(organisation_slug("CCAS de LILLERS"), "ccas-lillers");
  EXPECT_EQ(organisation_slug("CCAS ARRAS"), "ccas-arras");
  EXPECT_EQ(organisation_slug("Communauté de Communes du Pays de LUMBRES"), "cc-pays-de-lumbres");
  EXPECT_EQ(organisation_slug("Communauté d'agglomération de Béthune"), "ca-bethune");
  EXPECT_EQ(organisation_slug("Centre Intercommunal d'Action Sociale de la région d'AUDRUICQ"),
            "cias-region-audruicq");
  EXPECT_EQ(organisation_slug("Centre Intercommunal d’Action Sociale Pays d’Opale"),
            "cias-pays-opale");
  EXPECT_EQ(organisation_slug("Centre Communal d'Action Sociale de Lens"), "ccas-lens");
  EXPECT_EQ(organisation_slug("Syndicat intercommunal à Vocation Multiple de l'Artois"),
            "sivom-artois");
  EXPECT_EQ(organisation_slug("Commune de Méricourt"), "commune-mericourt");
  EXPECT_EQ(organisation_slug("Association Prévenir Accompagner Guider Eduquer"),
            "prevenir-accompagner-guider-eduquer");
  // Full articles, other particles and apostrophes inside a word are kept.
  EXPECT_EQ(organisation_slug("La Vie Active"), "la-vie-active");
  EXPECT_EQ(organisation_slug("Le Cheval Bleu"), "le-cheval-bleu");
  EXPECT_EQ(organisation_slug("MAISON DE LA DIVERSITE"), "maison-de-la-diversite");
  EXPECT_EQ(organisation_slug("K'DABRA"), "k-dabra");
  EXPECT_EQ(organisation_slug("Activ'cites"), "activ-cites");
  EXPECT_EQ(organisation_slug("Accueil 9 de Cœur"), "accueil-9-de-coeur");
  // A legal form alone, or with only a particle after it, stays as printed.
  EXPECT_EQ(organisation_slug("Commune"), "commune");
  EXPECT_EQ(organisation_slug("CCAS de"), "ccas-de");
  EXPECT_EQ(organisation_slug("Communauté de communes"), "communaute-de-communes");
  EXPECT_EQ(organisation_slug("Association"), "association");
  EXPECT_EQ(organisation_slug("L'"), "");
  EXPECT_EQ(organisation_slug("'"), "");
}

}  // namespace
}  // namespace octroi
