// libFuzzer target for the dataset loader: arbitrary bytes as annex.yaml,
// with the other files of a small valid dataset (tests/corpus/dataset/
// valid-minimal, programme id "valid-minimal"), through the in-memory loader.
// No input may crash, hang or exhaust the stack (the YAML reader bounds
// nesting depth and size); a refusal must name a file and carry a message,
// and a load that succeeds must hold consistent rows and totals.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz_support.h"
#include "import/import.h"

namespace {

using octroi::fuzz::check;

const std::map<std::string, std::string>& other_files() {
  static const auto* const files = new std::map<std::string, std::string>{
      {"programme.yaml",
       R"yaml(# Minimal valid dataset for the loader's tests: one theme, one operation, one award row.
format: "octroi-dataset/1"
id: valid-minimal
title: {printed: "APPEL A PROJETS D'ESSAI 2023-PHASE 1", source: {line: 3}}
call: "Appel à projets d'essai"
year: 2023
phase: 1
authority: {display_name: "Département du Pas-de-Calais", printed: "DEPARTEMENT DU PAS-DE-CALAIS", source: {line: 1}}
session: {body: commission_permanente, date: "18 septembre 2023", source: {line: 17}}
deliberation: {number: "2023-999", source: {line: 2}}
report: {number: "7", source: {line: 4}}
call_themes:
  - {number: 1, label: "1.", title: "Accompagnement des bénéficiaires du RSA", in_this_phase: true, source: {line: 6}}
document:
  file: "document.txt"
  lines: 17
  sha256: "2ad4378d0b8d4dd658688963ef9908182585adf97a997980c0d51873af3d5e3d"
  parts:
    - {part: deliberation, from_line: 1, to_line: 3, heading: null}
    - {part: report, from_line: 4, to_line: 4, heading: {printed: "RAPPORT N°7", source: {line: 4}}}
    - {part: annex4, from_line: 5, to_line: 17, heading: null}
)yaml"},
      {"themes.yaml", R"yaml(themes:
  - number: 1
    titles:
      - {in: annex4, label: "1.", title: "Accompagnement des bénéficiaires du RSA", source: {line: 6}}
    operations:
      - number: 1
        titles:
          - {in: annex4, label: "Opération 1", title: "Dispositif référent", source: {line: 7}}
        budget_line: {code: "C02-446A05", basis: inferred, note: "Seule ligne du tableau."}
)yaml"},
      {"organisations.yaml", R"yaml(organisations:
  - {id: ccas-isbergues, name: "CCAS d'Isbergues", category: ccas}
)yaml"},
      {"report.yaml", R"yaml(number: {printed: "RAPPORT N°7", number: "7", source: {line: 4}}
title: {printed: "APPEL A PROJETS D'ESSAI 2023-PHASE 1", source: {line: 3}}
statements:
  - id: r-t1-o1
    in: report
    scope: operation
    theme: 1
    operation: 1
    rows: [t1-o1-01]
    organisations_count: "1"
    amount: "8 000,00 €"
    period: "du 01/01/2023 au 31/12/2023"
    quote: "Il est proposé de financer 1 structure pour un total de 8 000,00 €, du 01/01/2023 au 31/12/2023."
    source: {line: 9}
proposed_decisions: []
)yaml"},
      {"deliberation.yaml",
       R"yaml(number: {printed: "(N°2023-999)", number: "2023-999", source: {line: 2}}
title: {printed: "APPEL A PROJETS D'ESSAI 2023-PHASE 1", source: {line: 3}}
authority: {printed: "DEPARTEMENT DU PAS-DE-CALAIS", source: {line: 1}}
preamble: {printed: "DELIBERATION DE LA COMMISSION PERMANENTE", source: {line: 2}}
recitals: []
decision_clause: {printed: "Article 1 :", source: {line: 10}}
articles:
  - number: 1
    label: "Article 1 :"
    text: "De valider le financement de la thématique 1 pour un montant total de 8 000,00 €."
    source: {line: 10}
    action: validate_funding
    theme: 1
    amount: "8 000,00 €"
signatures:
  - {role: "LE PRESIDENT,", name: "Jean DUPONT", source: {line: 16}}
place_and_date: {printed: "ARRAS, le 18 septembre 2023", date: "18 septembre 2023", source: {line: 17}}
)yaml"},
      {"budget.yaml", R"yaml(budget_table:
  columns:
    - {printed: "Code Opération", key: code}
    - {printed: "Imputation budgétaire", key: imputation}
    - {printed: "Libellé Opération", key: label}
    - {printed: "AE €", key: commitment_authority}
    - {printed: "Dépense €", key: expense}
  source: {line: 11}
  rows:
    - code: "C02-446A05"
      imputation: "6568/93446"
      label: "Indemnisation des organismes référents"
      commitment_authority: "100 000,00"
      expense: "8 000,00"
      source: {line: 12}
)yaml"},
      {"session.yaml", R"yaml(session:
  body: {printed: "DELIBERATION DE LA COMMISSION PERMANENTE", value: commission_permanente, source: {line: 2}}
  date: {printed: "18 septembre 2023", date: "18 septembre 2023", source: {line: 17}}
members:
  - {id: dupont-jean, name: "Jean DUPONT", civility: "M."}
attendance:
  - status: present
    heading: "Étaient présents :"
    source: {line: 13}
    members: [{printed: "M. Jean DUPONT", member: dupont-jean}]
recusals: []
vote:
  quote: "Pour : 1 voix Contre : 0 voix Abstention : 0 voix"
  source: {line: 14}
  for: {printed: "Pour : 1 voix", count: "1", groups: []}
  against: {printed: "Contre : 0 voix", count: "0", groups: []}
  abstain: {printed: "Abstention : 0 voix", count: "0", groups: []}
  outcome: {printed: "(Adopté)", value: adopted, source: {line: 15}}
)yaml"},
      {"document.txt", R"yaml(DEPARTEMENT DU PAS-DE-CALAIS
DELIBERATION DE LA COMMISSION PERMANENTE (N°2023-999)
APPEL A PROJETS D'ESSAI 2023-PHASE 1
RAPPORT N°7
Annexe 4 : REPARTITION FINANCIERE
1. Accompagnement des bénéficiaires du RSA
Opération 1 : Dispositif référent	Artois	CCAS d'Isbergues	50 places d'accompagnement du 01/01/2023 au 31/12/2023	8 000,00 €	Convention type
TOTAL	8 000,00 €
Il est proposé de financer 1 structure pour un total de 8 000,00 €, du 01/01/2023 au 31/12/2023.
Article 1 : De valider le financement de la thématique 1 pour un montant total de 8 000,00 €.
Code Opération	Imputation budgétaire	Libellé Opération	AE €	Dépense €
C02-446A05	6568/93446	Indemnisation des organismes référents	100 000,00	8 000,00
Étaient présents : M. Jean DUPONT
Pour : 1 voix Contre : 0 voix Abstention : 0 voix
(Adopté)
LE PRESIDENT, Jean DUPONT
ARRAS, le 18 septembre 2023)yaml"},
  };
  return *files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::map<std::string, std::string> files = other_files();
  files["annex.yaml"] = std::string(reinterpret_cast<const char*>(data), size);
  octroi::Result<octroi::ProgrammeDataset> result =
      octroi::load_dataset_files("valid-minimal", files);
  if (!result.ok()) {
    const octroi::Error& error = result.error();
    check(!error.message().empty());
    check(!error.location().file.empty());
    check(error.location().line >= 0 && error.location().column >= 0);
    return 0;
  }
  for (const octroi::DeclaredTotal& total : result->totals) {
    for (const octroi::AwardId& id : total.covered) check(result->find_row(id.key()) != nullptr);
  }
  for (const octroi::AnnexRow& row : result->rows) {
    check(row.amount.value.has_value() != row.amount.unparseable);
  }
  return 0;
}
