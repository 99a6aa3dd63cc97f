// CallRepository: what the calls-for-projects part of Octroi needs from
// storage — calls and applications, each kept whole with a version, receipt
// numbers allocated in sequence per call, attachments' bytes under their
// SHA-256, and the organisation accounts (a login linked to an
// organisation's SIRET; several logins per organisation). Implemented once
// for both backends in store/sql_call_repository.h. Every write is one
// transaction with its audit-journal entry (entities "call", "application",
// "attachment", "organisation_account").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/application.h"
#include "domain/call.h"
#include "domain/siret.h"
#include "service/programme_repository.h"

namespace octroi {

// A call as stored: the version optimistic concurrency compares (1 when
// created, +1 at each change) and who changed it last.
struct StoredCall {
  Call call;
  int version = 0;
  std::string updated_at{};
  std::string updated_by{};
};

struct StoredApplication {
  Application application;
  int version = 0;
  std::string updated_at{};
  std::string updated_by{};
};

// What save_application should also do in its transaction.
struct ApplicationChange {
  std::string action{};  // journal action: "draft", "submit", "instruct", "propose", "refuse"
  // Allocate the call's next receipt number when the application has none.
  bool issue_receipt = false;
};

// A file to attach: the service checks it (service/attachment_rules.h), the
// store hashes it and keeps its bytes once per hash.
struct AttachmentUpload {
  std::string document{};   // the call's required document key, or ""
  std::string file_name{};  // "statuts.pdf"
  std::string bytes{};
};

// An organisation account: a login of the web application acting for the
// organisation with this SIRET.
struct OrganisationAccount {
  std::string login{};
  Siret siret;
  OrganisationId organisation{};
  std::string organisation_name{};
};

class CallRepository {
 public:
  virtual ~CallRepository() = default;

  // Every call, by id.
  virtual Result<std::vector<StoredCall>> calls() = 0;
  virtual Result<std::optional<StoredCall>> find_call(const std::string& id) = 0;
  // Creates the call when `expected_version` is 0 (kDuplicate when it
  // exists), else replaces it when its stored version is `expected_version`
  // (kConflict naming who changed it otherwise). `action`: "create", "publish", "close".
  virtual Result<StoredCall> save_call(const Call& call, int expected_version,
                                       const std::string& action, const Stamp& stamp) = 0;

  // The applications of a call, by id.
  virtual Result<std::vector<StoredApplication>> applications(const std::string& call) = 0;
  virtual Result<std::optional<StoredApplication>> find_application(const std::string& id) = 0;
  // As save_call; with `change.issue_receipt`, the receipt number is
  // allocated in the transaction (service/application_submission.h's form).
  virtual Result<StoredApplication> save_application(Application application, int expected_version,
                                                     const ApplicationChange& change,
                                                     const Stamp& stamp) = 0;

  // Checks the file (PDF, size), stores its bytes under their SHA-256 and
  // adds its metadata to the application, on the version read.
  virtual Result<StoredApplication> attach(const std::string& application, int expected_version,
                                           const AttachmentUpload& upload, const Stamp& stamp) = 0;
  // The bytes stored under `sha256`, or nullopt.
  virtual Result<std::optional<std::string>> attachment_bytes(const std::string& sha256) = 0;

  // Links `account.login` to the organisation (created or renamed by SIRET).
  // kDuplicate when the login already acts for another organisation.
  virtual Status link_organisation_account(const OrganisationAccount& account,
                                           const Stamp& stamp) = 0;
  virtual Result<std::optional<OrganisationAccount>> organisation_account(
      const std::string& login) = 0;
  // The logins acting for the organisation of `siret`, by login.
  virtual Result<std::vector<std::string>> organisation_logins(const Siret& siret) = 0;
};

}  // namespace octroi
