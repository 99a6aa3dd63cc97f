// SqlCallRepository: the CallRepository written once over either backend's
// connection (sqlite::Database or postgres::Database), as
// SqlAgreementRepository is. Only prepared statements. Every write is one
// transaction with its journal entry: entity "call" (id the call's;
// actions "create", "publish", "close"), "application" (id the
// application's; "draft", "submit", "instruct", "propose", "refuse",
// "attach"), "organisation_account" (id the login; "link"). A call or an
// application is saved only on the version read (store::stale_version_error).
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calendar/format.h"
#include "service/application_submission.h"
#include "service/call_repository.h"
#include "store/attachment_bytes.h"
#include "store/call_json.h"
#include "store/journal.h"
#include "store/sql_support.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlCallRepository final : public CallRepository {
 public:
  explicit SqlCallRepository(Database database) : database_(std::move(database)) {}

  Result<std::vector<StoredCall>> calls() override {
    OCTROI_TRY(auto select, database_.prepare(std::string(kSelectCalls) + " ORDER BY id"));
    std::vector<StoredCall> out;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Call call, call_from_json(select.text(0)));
      out.push_back(StoredCall{std::move(call), static_cast<int>(select.int64(1)), select.text(2),
                               select.text(3)});
    }
    return out;
  }

  Result<std::optional<StoredCall>> find_call(const std::string& id) override {
    OCTROI_TRY(auto row, read_row(kSelectCall, id));
    if (!row) return std::optional<StoredCall>();
    OCTROI_TRY(Call call, call_from_json(row->document));
    return std::optional<StoredCall>(StoredCall{std::move(call), static_cast<int>(row->version),
                                                row->updated_at, row->updated_by});
  }

  Result<StoredCall> save_call(const Call& call, int expected_version, const std::string& action,
                               const Stamp& stamp) override {
    OCTROI_TRY_STATUS(call.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto before, read_row(kSelectCall, call.id));
    OCTROI_TRY_STATUS(check_version(before, expected_version, "l'appel à projets " + call.id));
    const std::string document = call_json(call);
    const std::string status(to_key(call.status));
    OCTROI_TRY(auto write,
               expected_version == 0
                   ? database_.prepare("INSERT INTO calls(programme_id, status, opens_on,"
                                       " closes_on, document, updated_at, updated_by, id, version)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)"
                                       " RETURNING version")
                   : database_.prepare("UPDATE calls SET programme_id = ?1, status = ?2,"
                                       " opens_on = ?3, closes_on = ?4, document = ?5,"
                                       " updated_at = ?6, updated_by = ?7, version = version + 1"
                                       " WHERE id = ?8 AND version = ?9 RETURNING version"));
    write.bind(1, call.programme.key())
        .bind(2, status)
        .bind(3, call.applications.start().iso())
        .bind(4, call.applications.end().iso())
        .bind(5, document)
        .bind(6, stamp.time)
        .bind(7, stamp.user)
        .bind(8, call.id);
    if (expected_version != 0) write.bind(9, static_cast<std::int64_t>(expected_version));
    OCTROI_TRY(int version, written_version(write, kSelectCall, call.id,
                                            "l'appel à projets " + call.id, expected_version));
    OCTROI_TRY_STATUS(journal.append(
        journal_entry(stamp, "call", call.id, action, previous_document(before), document)));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return StoredCall{call, version, stamp.time, stamp.user};
  }

  Result<std::vector<StoredApplication>> applications(const std::string& call) override {
    OCTROI_TRY(auto select, database_.prepare(std::string(kSelectApplication) +
                                              " WHERE call_id = ?1 ORDER BY id"));
    select.bind(1, call);
    std::vector<StoredApplication> out;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Application application, application_from_json(select.text(0)));
      out.push_back(StoredApplication{std::move(application), static_cast<int>(select.int64(1)),
                                      select.text(2), select.text(3)});
    }
    return out;
  }

  Result<std::optional<StoredApplication>> find_application(const std::string& id) override {
    OCTROI_TRY(auto row, read_row(std::string(kSelectApplication) + " WHERE id = ?1", id));
    if (!row) return std::optional<StoredApplication>();
    OCTROI_TRY(Application application, application_from_json(row->document));
    return std::optional<StoredApplication>(StoredApplication{
        std::move(application), static_cast<int>(row->version), row->updated_at, row->updated_by});
  }

  Result<StoredApplication> save_application(Application application, int expected_version,
                                             const ApplicationChange& change,
                                             const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto stored, write_application(application, expected_version, change, stamp));
    OCTROI_TRY_STATUS(journal.append(journal_entry(stamp, "application", application.id,
                                                   change.action, stored.before, stored.document)));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return StoredApplication{std::move(application), stored.version, stamp.time, stamp.user};
  }

  Result<StoredApplication> attach(const std::string& id, int expected_version,
                                   const AttachmentUpload& upload, const Stamp& stamp) override {
    OCTROI_TRY_STATUS(check_attachment(upload.file_name, upload.bytes));
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto row, read_row(std::string(kSelectApplication) + " WHERE id = ?1", id));
    if (!row) return Error(ErrorCode::kNotFound, fmt::format("demande inconnue « {} »", id));
    OCTROI_TRY(Application application, application_from_json(row->document));
    if (application.status != ApplicationStatus::kDraft) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("demande {} : pièce refusée, la demande est à l'état « {} »", id,
                               to_label(application.status)));
    }
    const AttachmentInfo info{.document = upload.document,
                              .file_name = upload.file_name,
                              .media_type = std::string(kPdfMediaType),
                              .size = static_cast<std::int64_t>(upload.bytes.size()),
                              .sha256 = sha256_hex(upload.bytes)};
    OCTROI_TRY(auto insert, database_.prepare("INSERT INTO attachment_contents(sha256, size,"
                                              " media_type, content, recorded_at, recorded_by)"
                                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                              " ON CONFLICT (sha256) DO NOTHING"));
    insert.bind(1, info.sha256)
        .bind(2, info.size)
        .bind(3, info.media_type)
        .bind(4, to_base64(upload.bytes))
        .bind(5, stamp.time)
        .bind(6, stamp.user);
    OCTROI_TRY_STATUS(insert.run());
    application.attachments.push_back(info);
    const ApplicationChange change{.action = "attach"};
    OCTROI_TRY(auto stored, write_application(application, expected_version, change, stamp));
    OCTROI_TRY_STATUS(journal.append(
        journal_entry(stamp, "application", id, change.action, stored.before, stored.document)));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return StoredApplication{std::move(application), stored.version, stamp.time, stamp.user};
  }

  Result<std::optional<std::string>> attachment_bytes(const std::string& sha256) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT content FROM attachment_contents WHERE sha256 = ?1"));
    select.bind(1, sha256);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<std::string>();
    OCTROI_TRY(std::string bytes, from_base64(select.text(0)));
    return std::optional<std::string>(std::move(bytes));
  }

  Status link_organisation_account(const OrganisationAccount& account,
                                   const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto before, organisation_account(account.login));
    if (before && before->siret != account.siret) {
      return Error(
          ErrorCode::kDuplicate,
          fmt::format("le compte {} agit déjà pour la structure {} (SIRET {})", account.login,
                      before->organisation_name, before->siret.formatted()));
    }
    OCTROI_TRY(auto organisation,
               database_.prepare("INSERT INTO applicant_organisations(siret, organisation_id, name,"
                                 " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)"
                                 " ON CONFLICT (siret) DO UPDATE SET organisation_id ="
                                 " excluded.organisation_id, name = excluded.name,"
                                 " updated_at = excluded.updated_at,"
                                 " updated_by = excluded.updated_by"));
    organisation.bind(1, account.siret.digits())
        .bind(2, account.organisation.key())
        .bind(3, account.organisation_name)
        .bind(4, stamp.time)
        .bind(5, stamp.user);
    OCTROI_TRY_STATUS(organisation.run());
    OCTROI_TRY(auto link, database_.prepare("INSERT INTO organisation_accounts(login, siret,"
                                            " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)"
                                            " ON CONFLICT (login) DO NOTHING"));
    link.bind(1, account.login)
        .bind(2, account.siret.digits())
        .bind(3, stamp.time)
        .bind(4, stamp.user);
    OCTROI_TRY_STATUS(link.run());
    const std::string after = fmt::format(
        R"({{"login":"{}","name":"{}","organisation":"{}","siret":"{}"}})", account.login,
        account.organisation_name, account.organisation.key(), account.siret.digits());
    OCTROI_TRY_STATUS(journal.append(
        journal_entry(stamp, "organisation_account", account.login, "link", std::nullopt, after)));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  Result<std::optional<OrganisationAccount>> organisation_account(
      const std::string& login) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT a.login, a.siret, o.organisation_id, o.name"
                                 " FROM organisation_accounts a JOIN applicant_organisations o"
                                 " ON o.siret = a.siret WHERE a.login = ?1"));
    select.bind(1, login);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<OrganisationAccount>();
    OCTROI_TRY(Siret siret, Siret::parse(select.text(1)));
    return std::optional<OrganisationAccount>(
        OrganisationAccount{select.text(0), siret, OrganisationId(select.text(2)), select.text(3)});
  }

  Result<std::vector<std::string>> organisation_logins(const Siret& siret) override {
    OCTROI_TRY(auto select, database_.prepare("SELECT login FROM organisation_accounts"
                                              " WHERE siret = ?1 ORDER BY login"));
    select.bind(1, siret.digits());
    std::vector<std::string> logins;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      logins.push_back(select.text(0));
    }
    return logins;
  }

 private:
  static constexpr std::string_view kSelectCalls =
      "SELECT document, version, updated_at, updated_by FROM calls";
  static constexpr std::string_view kSelectCall =
      "SELECT document, version, updated_at, updated_by FROM calls WHERE id = ?1";
  static constexpr std::string_view kSelectApplication =
      "SELECT document, version, updated_at, updated_by FROM applications";

  struct Written {
    std::optional<std::string> before;
    std::string document;
    int version = 0;
  };

  static Status check_version(const std::optional<DocumentRow>& before, int expected_version,
                              const std::string& subject) {
    if (expected_version == 0 && before) {
      return Error(
          ErrorCode::kDuplicate,
          fmt::format("{} existe déjà (version {}, enregistrée par {} le {})", subject,
                      before->version, before->updated_by, format_timestamp(before->updated_at)));
    }
    if (expected_version != 0 && !before) {
      return Error(ErrorCode::kNotFound, fmt::format("{} est inconnu(e)", subject));
    }
    if (before && before->version != expected_version) {
      return stale_version_error(subject, *before, expected_version);
    }
    return ok_status();
  }

  Result<std::optional<DocumentRow>> read_row(std::string_view sql, const std::string& id) {
    return read_document_row(database_, sql, id);
  }

  // Steps an INSERT or UPDATE … RETURNING version; an update that touches no
  // row lost a race since the version was checked: stale.
  template <typename Statement>
  Result<int> written_version(Statement& write, std::string_view select, const std::string& id,
                              const std::string& subject, int expected_version) {
    OCTROI_TRY(bool written, write.step());
    if (!written) {
      OCTROI_TRY(auto current, read_row(select, id));
      if (!current) return Error(ErrorCode::kConflict, subject + " a été supprimé(e)");
      return stale_version_error(subject, *current, expected_version);
    }
    const std::int64_t version = write.int64(0);
    OCTROI_TRY_STATUS(drain(write));
    return static_cast<int>(version);
  }

  // The receipt number: one above the call's sequence.
  Result<std::string> allocate_receipt(const std::string& call_id) {
    OCTROI_TRY(auto call_row, read_row(kSelectCall, call_id));
    if (!call_row) {
      return Error(ErrorCode::kNotFound, fmt::format("appel à projets inconnu « {} »", call_id));
    }
    OCTROI_TRY(Call call, call_from_json(call_row->document));
    OCTROI_TRY(auto upsert,
               database_.prepare("INSERT INTO call_receipts(call_id, last_sequence) VALUES (?1, 1)"
                                 " ON CONFLICT (call_id) DO UPDATE SET last_sequence ="
                                 " call_receipts.last_sequence + 1 RETURNING last_sequence"));
    upsert.bind(1, call_id);
    OCTROI_TRY(bool row, upsert.step());
    if (!row) return Error(ErrorCode::kIo, "récépissés : le numéro attribué est absent");
    const std::int64_t sequence = upsert.int64(0);
    OCTROI_TRY_STATUS(drain(upsert));
    return receipt_number(call, sequence);
  }

  // Inserts or updates the application on `expected_version` (in the caller's transaction).
  Result<Written> write_application(Application& application, int expected_version,
                                    const ApplicationChange& change, const Stamp& stamp) {
    const std::string select = std::string(kSelectApplication) + " WHERE id = ?1";
    OCTROI_TRY(auto before, read_row(select, application.id));
    const std::string subject = "la demande " + application.id;
    OCTROI_TRY_STATUS(check_version(before, expected_version, subject));
    if (change.issue_receipt && application.receipt.empty()) {
      OCTROI_TRY(application.receipt, allocate_receipt(application.call));
    }
    OCTROI_TRY_STATUS(application.validate());
    const std::string document = application_json(application);
    std::optional<std::string> siret;
    if (application.siret) siret = application.siret->digits();
    std::optional<std::string> receipt;
    if (!application.receipt.empty()) receipt = application.receipt;
    std::optional<std::string> session;
    if (application.instruction && !application.instruction->session.empty()) {
      session = application.instruction->session;
    }
    OCTROI_TRY(auto write,
               expected_version == 0
                   ? database_.prepare("INSERT INTO applications(call_id, organisation_id, siret,"
                                       " operation_id, status, receipt, session_id,"
                                       " requested_cents, document, updated_at, updated_by, id,"
                                       " version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                       " ?10, ?11, ?12, 1) RETURNING version")
                   : database_.prepare("UPDATE applications SET call_id = ?1,"
                                       " organisation_id = ?2, siret = ?3, operation_id = ?4,"
                                       " status = ?5, receipt = ?6, session_id = ?7,"
                                       " requested_cents = ?8, document = ?9, updated_at = ?10,"
                                       " updated_by = ?11, version = version + 1"
                                       " WHERE id = ?12 AND version = ?13 RETURNING version"));
    write.bind(1, application.call)
        .bind(2, application.organisation.key())
        .bind(3, siret)
        .bind(4, application.operation.key())
        .bind(5, std::string(to_key(application.status)))
        .bind(6, receipt)
        .bind(7, session)
        .bind(8, application.requested.cents())
        .bind(9, document)
        .bind(10, stamp.time)
        .bind(11, stamp.user)
        .bind(12, application.id);
    if (expected_version != 0) write.bind(13, static_cast<std::int64_t>(expected_version));
    OCTROI_TRY(int version,
               written_version(write, select, application.id, subject, expected_version));
    return Written{previous_document(before), document, version};
  }

  Database database_;
};

}  // namespace octroi::store
