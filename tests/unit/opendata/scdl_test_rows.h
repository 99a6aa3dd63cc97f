// SCDL subventions 2.1.1 test files: the header and a valid row (Le Cheval
// Bleu, 115 000 €) in which one field can be swapped, shared by the
// validator, import and read-ahead tests.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace octroi::testing_scdl {

inline const std::string kHeader =
    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,"
    "rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
    "notificationUE,pourcentageSubvention,dispositifAide\n";

// A valid row; `replace` swaps one field (by index) for another text.
inline std::string row(std::size_t index = 99, const std::string& text = "") {
  std::vector<std::string> fields = {"Département du Pas-de-Calais",
                                     "22620001200012",
                                     "2023-06-27",
                                     "2023-405",
                                     "Le Cheval Bleu",
                                     "48054398200023",
                                     "",
                                     "accompagnement spécifique",
                                     "115000.00",
                                     "aide en numéraire",
                                     "échelonné",
                                     "2023-09-01/2024-08-31",
                                     "",
                                     "non",
                                     "1.00",
                                     ""};
  if (index < fields.size()) fields[index] = text;
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i > 0 ? "," : "") + fields[i];
  return line + "\n";
}

}  // namespace octroi::testing_scdl
