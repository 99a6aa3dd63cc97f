// SqlSessionRepository: the SessionRepository written once over either
// backend's connection (sqlite::Database or postgres::Database), as
// SqlAccountRepository is. Only prepared statements. Every write is one
// transaction with its journal entries. The register (authority, members,
// mandates, interests) is kept as rows by store/sql_session_register.h;
// sessions are kept here whole as canonical JSON (store/session_json.h),
// journaled as entity "session" (actions "create" and "update", before absent
// on create), with a version compared on each save (optimistic concurrency,
// as store/award_update.h does for awards).
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "service/session_repository.h"
#include "store/journal.h"
#include "store/session_json.h"
#include "store/sql_session_register.h"
#include "store/sql_support.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlSessionRepository final : public SessionRepository {
 public:
  explicit SqlSessionRepository(Database database) : database_(std::move(database)) {}

  // ------------------------------------------------------------ authority

  Result<Authority> authority() override {
    OCTROI_TRY(auto stored, session_register().read_authority());
    return stored.value_or(Authority{});
  }

  Status save_authority(const Authority& authority, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY_STATUS(session_register().write_authority(journal, authority, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  // ------------------------------------------------------------ members

  Result<std::vector<Member>> members() override { return session_register().read_members(); }

  Status save_member(const Member& member, const Stamp& stamp) override {
    OCTROI_TRY_STATUS(member.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY_STATUS(session_register().write_member(journal, member, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  // ------------------------------------------------------------ interests

  Result<std::vector<Interest>> interests() override { return session_register().read_interests(); }

  // Who declared it and when default to the stamp's user and time.
  Result<Interest> add_interest(Interest interest, const Stamp& stamp) override {
    if (interest.declared_by.empty()) interest.declared_by = stamp.user;
    if (interest.declared_at.empty()) interest.declared_at = stamp.time;
    OCTROI_TRY_STATUS(interest.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(Interest added,
               session_register().insert_interest(journal, std::move(interest), stamp));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return added;
  }

  Status end_interest(std::int64_t id, Date end, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY_STATUS(session_register().end_interest(journal, id, end, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  // ------------------------------------------------------------ sessions

  Result<std::vector<SessionSummary>> sessions() override {
    OCTROI_TRY(auto select, database_.prepare("SELECT id, date, body, agenda_items, version"
                                              " FROM sessions ORDER BY date, id"));
    std::vector<SessionSummary> summaries;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      SessionSummary summary;
      summary.id = SessionId(select.text(0));
      summary.date = select.text(1);
      OCTROI_TRY(summary.body, deliberative_body_from_key(select.text(2)));
      OCTROI_TRY(summary.agenda_items, stored_int(select.int64(3), "sessions.agenda_items"));
      OCTROI_TRY(summary.version, stored_int(select.int64(4), "sessions.version"));
      summaries.push_back(std::move(summary));
    }
    return summaries;
  }

  Result<std::optional<StoredSession>> find_session(const SessionId& id) override {
    return read_session(id.key());
  }

  Result<int> save_session(const Session& session, int expected_version,
                           const Stamp& stamp) override {
    OCTROI_TRY_STATUS(session.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(int version, write_session(journal, session, expected_version, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return version;
  }

  Status record(const SessionBundle& bundle, const Stamp& stamp) override {
    for (const Member& member : bundle.members) OCTROI_TRY_STATUS(member.validate());
    if (bundle.session) OCTROI_TRY_STATUS(bundle.session->validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    if (bundle.authority) {
      OCTROI_TRY_STATUS(session_register().write_authority(journal, *bundle.authority, stamp));
    }
    for (const Member& member : bundle.members) {
      OCTROI_TRY_STATUS(session_register().write_member(journal, member, stamp));
    }
    if (bundle.session) {
      OCTROI_TRY(int version, write_session(journal, *bundle.session, 0, stamp));
      (void)version;
    }
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

 private:
  SqlSessionRegister<Database> session_register() {
    return SqlSessionRegister<Database>(database_);
  }

  static constexpr std::string_view kSelectSession =
      "SELECT document, version, updated_at, updated_by FROM sessions WHERE id = ?1";

  Result<std::optional<StoredSession>> read_session(const std::string& id) {
    OCTROI_TRY(auto row, read_document_row(database_, kSelectSession, id));
    if (!row) return std::optional<StoredSession>();
    auto session = session_from_json(row->document);
    if (!session.ok()) {
      return Error(session.error().code(),
                   fmt::format("séance {} : {}", id, session.error().message()));
    }
    OCTROI_TRY(int version, stored_int(row->version, "sessions.version"));
    return std::optional<StoredSession>(StoredSession{.session = std::move(session).value(),
                                                      .version = version,
                                                      .updated_at = std::move(row->updated_at),
                                                      .updated_by = std::move(row->updated_by)});
  }

  // Creates (expected_version 0) or replaces the session and journals it;
  // returns its new version.
  Result<int> write_session(JournalWriter<Database>& journal, const Session& session,
                            int expected_version, const Stamp& stamp) {
    const std::string& id = session.id.key();
    const std::string document = session_json(session);
    OCTROI_TRY(auto before, read_document_row(database_, kSelectSession, id));
    if (expected_version == 0) {
      if (before) {
        return Error(ErrorCode::kDuplicate,
                     fmt::format("la séance {} existe déjà (version {}, enregistrée par {} le "
                                 "{}) : ouvrez-la pour la modifier",
                                 id, before->version, before->updated_by, before->updated_at));
      }
      OCTROI_TRY(auto insert,
                 database_.prepare("INSERT INTO sessions(id, body, date, agenda_items, document,"
                                   " version, updated_at, updated_by)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)"));
      insert.bind(1, id)
          .bind(2, to_key(session.body))
          .bind(3, session.date.iso())
          .bind(4, static_cast<std::int64_t>(session.agenda.size()))
          .bind(5, document)
          .bind(6, stamp.time)
          .bind(7, stamp.user);
      OCTROI_TRY_STATUS(insert.run());
      OCTROI_TRY_STATUS(
          journal.append(journal_entry(stamp, "session", id, "create", std::nullopt, document)));
      return 1;
    }

    if (!before) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("séance inconnue « {} » : elle a peut-être été supprimée depuis "
                               "votre lecture (version {})",
                               id, expected_version));
    }
    if (before->version != expected_version) {
      return stale_version_error("la séance " + id, *before, expected_version);
    }
    std::int64_t version = 0;
    {
      OCTROI_TRY(auto update,
                 database_.prepare("UPDATE sessions SET body = ?1, date = ?2, agenda_items = ?3,"
                                   " document = ?4, version = version + 1, updated_at = ?5,"
                                   " updated_by = ?6 WHERE id = ?7 AND version = ?8"
                                   " RETURNING version"));
      update.bind(1, to_key(session.body))
          .bind(2, session.date.iso())
          .bind(3, static_cast<std::int64_t>(session.agenda.size()))
          .bind(4, document)
          .bind(5, stamp.time)
          .bind(6, stamp.user)
          .bind(7, id)
          .bind(8, static_cast<std::int64_t>(expected_version));
      OCTROI_TRY(bool updated, update.step());
      if (!updated) {
        // Changed between our read and our write: say by whom, from what is stored now.
        OCTROI_TRY(auto current, read_document_row(database_, kSelectSession, id));
        if (!current) {
          return Error(ErrorCode::kConflict,
                       fmt::format("la séance {} a été supprimée depuis votre lecture (version {})",
                                   id, expected_version));
        }
        return stale_version_error("la séance " + id, *current, expected_version);
      }
      version = update.int64(0);
      OCTROI_TRY_STATUS(drain(update));
    }
    OCTROI_TRY_STATUS(
        journal.append(journal_entry(stamp, "session", id, "update", before->document, document)));
    return stored_int(version, "sessions.version");
  }

  Database database_;
};

}  // namespace octroi::store
