// SqlOpendataRepository: the OpendataRepository written once over either
// backend's connection (sqlite::Database or postgres::Database). An import
// holds one transaction from begin_import() to commit(): the file's row is
// inserted first (digest NULL), each award through one prepared statement,
// then at commit the digest is checked against earlier files (kDuplicate, or
// the earlier file deleted with its rows on --replace), recorded, and one
// journal entry "opendata_file" / "import" or "replace" is appended (after:
// digest, file name, rows, total as canonical JSON). One entry per file, not
// per row: a national file holds a million rows, and the digest pins them.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "service/opendata_repository.h"
#include "store/journal.h"
#include "store/sql_support.h"

namespace octroi::store {

inline constexpr std::string_view kOpendataAwardInsert =
    "INSERT INTO opendata_awards(file_id, line, nom_attribuant, id_attribuant, date_convention,"
    " reference_decision, nom_beneficiaire, id_beneficiaire, rna_beneficiaire, objet,"
    " montant_cents, nature, conditions_versement, versement_debut, versement_fin, id_rae,"
    " notification_ue, pourcentage_subvention, dispositif_aide)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19)";

inline constexpr std::string_view kOpendataFileSelect =
    "SELECT id, digest, file_name, row_count, total_cents, imported_at, imported_by"
    " FROM opendata_files";

// {"digest":…,"file":…,"rows":…,"total_cents":…} with sorted keys, no spaces.
std::string opendata_file_json(const OpendataFileSummary& summary);

template <typename Database, typename Transaction>
class SqlOpendataImport final : public OpendataImport {
 public:
  using Statement = std::remove_cvref_t<decltype(std::declval<Database&>().prepare("").value())>;

  static Result<std::unique_ptr<SqlOpendataImport>> begin(Database& database,
                                                          const std::string& file_name,
                                                          OpendataImportMode mode,
                                                          const Stamp& stamp) {
    OCTROI_TRY(auto transaction, Transaction::begin(database));
    OCTROI_TRY(auto file, database.prepare("INSERT INTO opendata_files(digest, file_name,"
                                           " row_count, total_cents, imported_at, imported_by)"
                                           " VALUES (NULL, ?1, 0, 0, ?2, ?3) RETURNING id"));
    file.bind(1, file_name).bind(2, stamp.time).bind(3, stamp.user);
    OCTROI_TRY(bool inserted, file.step());
    if (!inserted) return Error(ErrorCode::kIo, "fichier open data : identifiant absent");
    const std::int64_t id = file.int64(0);
    OCTROI_TRY_STATUS(drain(file));
    OCTROI_TRY(auto insert, database.prepare(kOpendataAwardInsert));
    std::unique_ptr<SqlOpendataImport> import(
        new SqlOpendataImport(database, std::move(transaction), std::move(insert)));
    import->summary_.id = id;
    import->summary_.file_name = file_name;
    import->summary_.imported_at = stamp.time;
    import->summary_.imported_by = stamp.user;
    import->mode_ = mode;
    import->stamp_ = stamp;
    return import;
  }

  Status add(const OpendataAward& award) override {
    if (committed_) return Error(ErrorCode::kInternal, "import open data déjà terminé");
    insert_.bind(1, summary_.id)
        .bind(2, static_cast<std::int64_t>(award.line))
        .bind_borrowed(3, award.attributing_name)
        .bind_borrowed(4, award.attributing_siret)
        .bind_borrowed(5, award.agreement_date)
        .bind_borrowed(6, award.decision_reference)
        .bind_borrowed(7, award.beneficiary_name)
        .bind_borrowed(8, award.beneficiary_siret)
        .bind_borrowed(9, award.beneficiary_rna)
        .bind_borrowed(10, award.purpose)
        .bind(11, award.amount.cents())
        .bind_borrowed(12, award.nature)
        .bind_borrowed(13, award.payment_terms)
        .bind_borrowed(14, award.payment_start)
        .bind_borrowed(15, award.payment_end)
        .bind_borrowed(16, award.rae_id)
        .bind(17, std::int64_t{award.notified_to_eu ? 1 : 0})
        .bind_borrowed(18, award.percentage)
        .bind_borrowed(19, award.aid_scheme);
    OCTROI_TRY_STATUS(insert_.run());
    OCTROI_TRY(Amount total, summary_.total.plus(award.amount));
    summary_.total = total;
    ++summary_.rows;
    return ok_status();
  }

  Result<OpendataFileSummary> commit(const std::string& digest) override {
    if (committed_) return Error(ErrorCode::kInternal, "import open data déjà terminé");
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(*database_));
    std::string action = "import";
    OCTROI_TRY(auto earlier,
               database_->prepare(std::string(kOpendataFileSelect) + " WHERE digest = ?1"));
    earlier.bind(1, digest);
    OCTROI_TRY(bool found, earlier.step());
    if (found) {
      const std::int64_t earlier_id = earlier.int64(0);
      const std::string when = earlier.text(5);
      const std::string who = earlier.text(6);
      const std::string name = earlier.text(2);
      earlier.reset();
      if (mode_ != OpendataImportMode::kReplace) {
        return Error(ErrorCode::kDuplicate,
                     fmt::format("ce fichier (même contenu, SHA-256 {}…) a déjà été importé le {} "
                                 "par {} sous le nom « {} » : rien n'a été écrit ; --replace "
                                 "pour le remplacer",
                                 digest.substr(0, 12), when, who, name));
      }
      OCTROI_TRY(auto remove_awards,
                 database_->prepare("DELETE FROM opendata_awards WHERE file_id = ?1"));
      remove_awards.bind(1, earlier_id);
      OCTROI_TRY_STATUS(remove_awards.run());
      OCTROI_TRY(auto remove_file, database_->prepare("DELETE FROM opendata_files WHERE id = ?1"));
      remove_file.bind(1, earlier_id);
      OCTROI_TRY_STATUS(remove_file.run());
      action = "replace";
    } else {
      earlier.reset();
    }
    summary_.digest = digest;
    OCTROI_TRY(auto update, database_->prepare("UPDATE opendata_files SET digest = ?1,"
                                               " row_count = ?2, total_cents = ?3 WHERE id = ?4"));
    update.bind(1, digest)
        .bind(2, summary_.rows)
        .bind(3, summary_.total.cents())
        .bind(4, summary_.id);
    OCTROI_TRY_STATUS(update.run());
    OCTROI_TRY_STATUS(journal.append(journal_entry(stamp_, "opendata_file", digest, action,
                                                   std::nullopt, opendata_file_json(summary_))));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction_.commit());
    committed_ = true;
    return summary_;
  }

 private:
  SqlOpendataImport(Database& database, Transaction transaction, Statement insert)
      : database_(&database), transaction_(std::move(transaction)), insert_(std::move(insert)) {}

  Database* database_;
  Transaction transaction_;
  Statement insert_;
  OpendataFileSummary summary_{};
  OpendataImportMode mode_ = OpendataImportMode::kRefuseDuplicate;
  Stamp stamp_{};
  bool committed_ = false;
};

template <typename Database, typename Transaction>
class SqlOpendataRepository final : public OpendataRepository {
 public:
  explicit SqlOpendataRepository(Database database) : database_(std::move(database)) {}

  // One import at a time per repository (its connection holds the transaction).
  Result<std::unique_ptr<OpendataImport>> begin_import(const std::string& file_name,
                                                       OpendataImportMode mode,
                                                       const Stamp& stamp) override {
    OCTROI_TRY(auto import, (SqlOpendataImport<Database, Transaction>::begin(database_, file_name,
                                                                             mode, stamp)));
    return std::unique_ptr<OpendataImport>(std::move(import));
  }

  Result<std::vector<OpendataFileSummary>> files() override {
    OCTROI_TRY(auto select, database_.prepare(std::string(kOpendataFileSelect) +
                                              " WHERE digest IS NOT NULL ORDER BY id"));
    std::vector<OpendataFileSummary> files;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      files.push_back(decode_file(select));
    }
    return files;
  }

  Result<std::optional<OpendataFileSummary>> find_file(const std::string& digest) override {
    OCTROI_TRY(auto select,
               database_.prepare(std::string(kOpendataFileSelect) + " WHERE digest = ?1"));
    select.bind(1, digest);
    OCTROI_TRY(bool row, select.step());
    if (!row) return std::optional<OpendataFileSummary>();
    return std::optional<OpendataFileSummary>(decode_file(select));
  }

  Result<std::vector<OpendataAward>> awards(std::int64_t file_id) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT line, nom_attribuant, id_attribuant, date_convention,"
                                 " reference_decision, nom_beneficiaire, id_beneficiaire,"
                                 " rna_beneficiaire, objet, montant_cents, nature,"
                                 " conditions_versement, versement_debut, versement_fin, id_rae,"
                                 " notification_ue, pourcentage_subvention, dispositif_aide"
                                 " FROM opendata_awards WHERE file_id = ?1 ORDER BY line"));
    select.bind(1, file_id);
    std::vector<OpendataAward> awards;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OpendataAward award;
      award.line = static_cast<int>(select.int64(0));
      award.attributing_name = select.text(1);
      award.attributing_siret = select.text(2);
      award.agreement_date = select.text(3);
      award.decision_reference = select.text(4);
      award.beneficiary_name = select.text(5);
      award.beneficiary_siret = select.text(6);
      award.beneficiary_rna = select.text(7);
      award.purpose = select.text(8);
      award.amount = Amount::from_cents(select.int64(9));
      award.nature = select.text(10);
      award.payment_terms = select.text(11);
      award.payment_start = select.text(12);
      award.payment_end = select.text(13);
      award.rae_id = select.text(14);
      award.notified_to_eu = select.int64(15) != 0;
      award.percentage = select.text(16);
      award.aid_scheme = select.text(17);
      awards.push_back(std::move(award));
    }
    return awards;
  }

 private:
  template <typename Statement>
  static OpendataFileSummary decode_file(Statement& select) {
    OpendataFileSummary file;
    file.id = select.int64(0);
    file.digest = select.optional_text(1).value_or("");
    file.file_name = select.text(2);
    file.rows = select.int64(3);
    file.total = Amount::from_cents(select.int64(4));
    file.imported_at = select.text(5);
    file.imported_by = select.text(6);
    return file;
  }

  Database database_;
};

}  // namespace octroi::store
