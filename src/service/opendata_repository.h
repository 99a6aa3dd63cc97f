// OpendataRepository: what `octroi opendata import` needs from storage: SCDL
// "subventions" files loaded whole into the database (one row per award,
// with its file and line), each file known by the SHA-256 of its bytes so
// the same file is not loaded twice. Implemented once for both backends in
// store/sql_opendata_repository.h. An import is one transaction: rows are
// streamed into it and nothing is kept unless commit() succeeds; the
// journal records one "opendata_file" entry per import or replacement.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "money/amount.h"
#include "service/programme_repository.h"

namespace octroi {

// One row of an SCDL subventions file, as validated (schema 2.1.1): dates
// ISO 8601, the amount exact, the percentage as its decimal text ("0.45").
struct OpendataAward {
  int line = 0;                      // line of the file where the row starts
  std::string attributing_name{};    // nomAttribuant
  std::string attributing_siret{};   // idAttribuant
  std::string agreement_date{};      // dateConvention, YYYY-MM-DD
  std::string decision_reference{};  // referenceDecision ("" when absent)
  std::string beneficiary_name{};    // nomBeneficiaire
  std::string beneficiary_siret{};   // idBeneficiaire ("" when absent)
  std::string beneficiary_rna{};     // rnaBeneficiaire ("" when absent)
  std::string purpose{};             // objet
  Amount amount{};                   // montant
  std::string nature{};              // nature
  std::string payment_terms{};       // conditionsVersement
  std::string payment_start{};       // datesPeriodeVersement, first date
  std::string payment_end{};         // datesPeriodeVersement, last date (= start for one date)
  std::string rae_id{};              // idRAE
  bool notified_to_eu = false;       // notificationUE
  std::string percentage{};          // pourcentageSubvention, "1.00"
  std::string aid_scheme{};          // dispositifAide
};

// A file as loaded.
struct OpendataFileSummary {
  std::int64_t id = 0;
  std::string digest{};  // SHA-256 of the file's bytes, hex
  std::string file_name{};
  std::int64_t rows = 0;
  Amount total{};
  std::string imported_at{};
  std::string imported_by{};
};

enum class OpendataImportMode {
  kRefuseDuplicate,  // a file with the same digest already loaded: kDuplicate
  kReplace,          // its rows are replaced
};

// One import in progress: a transaction open on its own connection.
// Destroying it without commit() rolls everything back.
class OpendataImport {
 public:
  virtual ~OpendataImport() = default;
  virtual Status add(const OpendataAward& award) = 0;
  // Records the file (its digest known once every byte was read), checks it
  // was not loaded before (kDuplicate naming the earlier import, unless
  // kReplace), writes the journal entry and commits.
  virtual Result<OpendataFileSummary> commit(const std::string& digest) = 0;
};

class OpendataRepository {
 public:
  virtual ~OpendataRepository() = default;

  // Begins an import of `file_name` (as the user named it).
  virtual Result<std::unique_ptr<OpendataImport>> begin_import(const std::string& file_name,
                                                               OpendataImportMode mode,
                                                               const Stamp& stamp) = 0;
  // Every file loaded, by id.
  virtual Result<std::vector<OpendataFileSummary>> files() = 0;
  virtual Result<std::optional<OpendataFileSummary>> find_file(const std::string& digest) = 0;
  // The rows of one file, in line order.
  virtual Result<std::vector<OpendataAward>> awards(std::int64_t file_id) = 0;
};

}  // namespace octroi
