// SqlSessionRepository: the SessionRepository written once over either
// backend's connection (sqlite::Database or postgres::Database), as
// SqlAccountRepository is. Only prepared statements. Every write is one
// transaction with its journal entries (entities "authority", "member",
// "interest", "session"; actions "create" and "update"; before and after as
// the canonical JSON of store/session_json.h, before absent on create).
// Sessions are kept whole as canonical JSON, with a version compared on each
// save (optimistic concurrency, as store/award_update.h does for awards).
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calendar/parse.h"
#include "service/session_repository.h"
#include "store/journal.h"
#include "store/session_json.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlSessionRepository final : public SessionRepository {
 public:
  explicit SqlSessionRepository(Database database) : database_(std::move(database)) {}

  // ------------------------------------------------------------ authority

  Result<Authority> authority() override {
    OCTROI_TRY(auto stored, read_authority());
    return stored.value_or(Authority{});
  }

  Status save_authority(const Authority& authority, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY_STATUS(write_authority(journal, authority, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  // ------------------------------------------------------------ members

  Result<std::vector<Member>> members() override {
    OCTROI_TRY(auto mandates, read_mandates(std::nullopt));
    OCTROI_TRY(auto select, database_.prepare("SELECT id, civility, name, group_name, rank"
                                              " FROM members ORDER BY rank, id"));
    std::vector<Member> members;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Member member, decode_member(select));
      auto found = mandates.find(member.id.key());
      if (found != mandates.end()) member.mandates = std::move(found->second);
      members.push_back(std::move(member));
    }
    return members;
  }

  Status save_member(const Member& member, const Stamp& stamp) override {
    OCTROI_TRY_STATUS(member.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY_STATUS(write_member(journal, member, stamp));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  // ------------------------------------------------------------ interests

  Result<std::vector<Interest>> interests() override {
    OCTROI_TRY(auto select,
               database_.prepare(std::string(kInterestSelect) + " ORDER BY member_id, id"));
    std::vector<Interest> interests;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Interest interest, decode_interest(select));
      interests.push_back(std::move(interest));
    }
    return interests;
  }

  // Who declared it and when default to the stamp's user and time.
  Result<Interest> add_interest(Interest interest, const Stamp& stamp) override {
    if (interest.declared_by.empty()) interest.declared_by = stamp.user;
    if (interest.declared_at.empty()) interest.declared_at = stamp.time;
    OCTROI_TRY_STATUS(interest.validate());
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(bool known, member_exists(interest.member.key()));
    if (!known) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("élu inconnu « {} » : enregistrez-le avant de déclarer ses intérêts",
                               interest.member.key()));
    }
    {
      OCTROI_TRY(auto insert,
                 database_.prepare("INSERT INTO interests(member_id, organisation_id,"
                                   " organisation_name, siret, role, start_date, end_date,"
                                   " declared_by, declared_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id"));
      insert.bind(1, interest.member.key())
          .bind(2, optional_key(interest.organisation))
          .bind(3, interest.organisation_name)
          .bind(4, optional_siret(interest.siret))
          .bind(5, interest.role)
          .bind(6, interest.start.iso())
          .bind(7, optional_iso(interest.end))
          .bind(8, interest.declared_by)
          .bind(9, interest.declared_at);
      OCTROI_TRY(bool inserted, insert.step());
      if (!inserted) {
        return Error(ErrorCode::kIo, "registre des intérêts : l'identifiant attribué est absent");
      }
      interest.id = insert.int64(0);
      OCTROI_TRY_STATUS(drain(insert));
    }
    OCTROI_TRY_STATUS(journal.append(entry(stamp, "interest", std::to_string(interest.id), "create",
                                           std::nullopt, interest_json(interest))));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return interest;
  }

  Status end_interest(std::int64_t id, Date end, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto before, read_interest(id));
    if (!before) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("intérêt déclaré inconnu (n° {}) dans le registre", id));
    }
    Interest after = *before;
    after.end = end;
    OCTROI_TRY_STATUS(after.validate());
    OCTROI_TRY(auto update, database_.prepare("UPDATE interests SET end_date = ?1 WHERE id = ?2"));
    update.bind(1, end.iso()).bind(2, id);
    OCTROI_TRY_STATUS(update.run());
    OCTROI_TRY_STATUS(journal.append(entry(stamp, "interest", std::to_string(id), "update",
                                           interest_json(*before), interest_json(after))));
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
      OCTROI_TRY(summary.agenda_items, to_int(select.int64(3), "sessions.agenda_items"));
      OCTROI_TRY(summary.version, to_int(select.int64(4), "sessions.version"));
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
    if (bundle.authority) OCTROI_TRY_STATUS(write_authority(journal, *bundle.authority, stamp));
    for (const Member& member : bundle.members) {
      OCTROI_TRY_STATUS(write_member(journal, member, stamp));
    }
    if (bundle.session) {
      OCTROI_TRY(int version, write_session(journal, *bundle.session, 0, stamp));
      (void)version;
    }
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

 private:
  static constexpr std::string_view kInterestSelect =
      "SELECT id, member_id, organisation_id, organisation_name, siret, role, start_date,"
      " end_date, declared_by, declared_at FROM interests";

  // ------------------------------------------------------------ helpers

  static JournalEntry entry(const Stamp& stamp, std::string entity, std::string entity_id,
                            std::string action, std::optional<std::string> before,
                            std::optional<std::string> after) {
    JournalEntry journal_entry;
    journal_entry.time = stamp.time;
    journal_entry.user = stamp.user;
    journal_entry.entity = std::move(entity);
    journal_entry.entity_id = std::move(entity_id);
    journal_entry.action = std::move(action);
    journal_entry.before_json = std::move(before);
    journal_entry.after_json = std::move(after);
    return journal_entry;
  }

  template <typename Tag>
  static std::optional<std::string> optional_key(const std::optional<Id<Tag>>& id) {
    if (!id) return std::nullopt;
    return id->key();
  }
  static std::optional<std::string> optional_siret(const std::optional<Siret>& siret) {
    if (!siret) return std::nullopt;
    return siret->digits();
  }
  static std::optional<std::string> optional_iso(const std::optional<Date>& date) {
    if (!date) return std::nullopt;
    return date->iso();
  }

  // A stored date (ISO 8601), or kIo naming the column.
  static Result<Date> stored_date(const std::string& text, std::string_view column) {
    auto date = parse_date(text);
    if (!date.ok()) {
      return Error(ErrorCode::kIo,
                   fmt::format("base : date illisible « {} » dans la colonne {}", text, column));
    }
    return *date;
  }
  static Result<std::optional<Date>> stored_optional_date(const std::optional<std::string>& text,
                                                          std::string_view column) {
    if (!text) return std::optional<Date>();
    OCTROI_TRY(Date date, stored_date(*text, column));
    return std::optional<Date>(date);
  }
  static Result<std::optional<Siret>> stored_siret(const std::optional<std::string>& text,
                                                   std::string_view column) {
    if (!text) return std::optional<Siret>();
    auto siret = Siret::parse(*text);
    if (!siret.ok()) {
      return Error(ErrorCode::kIo,
                   fmt::format("base : SIRET illisible « {} » dans la colonne {}", *text, column));
    }
    return std::optional<Siret>(*siret);
  }
  static Result<int> to_int(std::int64_t value, std::string_view column) {
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
      return Error(ErrorCode::kIo, fmt::format("base : entier hors limites ({}) dans la colonne {}",
                                               value, column));
    }
    return static_cast<int>(value);
  }

  // Runs a statement to its end (RETURNING rows included) before the transaction commits.
  template <typename Statement>
  static Status drain(Statement& statement) {
    while (true) {
      OCTROI_TRY(bool more, statement.step());
      if (!more) return ok_status();
    }
  }

  // ------------------------------------------------------------ authority

  Result<std::optional<Authority>> read_authority() {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT name, heading, siret, seat FROM authority WHERE id = 1"));
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<Authority>();
    Authority authority;
    authority.name = select.text(0);
    authority.heading = select.text(1);
    OCTROI_TRY(authority.siret, stored_siret(select.optional_text(2), "authority.siret"));
    authority.seat = select.text(3);
    return std::optional<Authority>(std::move(authority));
  }

  Status write_authority(JournalWriter<Database>& journal, const Authority& authority,
                         const Stamp& stamp) {
    OCTROI_TRY(auto before, read_authority());
    OCTROI_TRY(auto upsert,
               database_.prepare("INSERT INTO authority(id, name, heading, siret, seat, updated_at,"
                                 " updated_by) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)"
                                 " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                                 " heading = excluded.heading, siret = excluded.siret,"
                                 " seat = excluded.seat, updated_at = excluded.updated_at,"
                                 " updated_by = excluded.updated_by"));
    upsert.bind(1, authority.name)
        .bind(2, authority.heading)
        .bind(3, optional_siret(authority.siret))
        .bind(4, authority.seat)
        .bind(5, stamp.time)
        .bind(6, stamp.user);
    OCTROI_TRY_STATUS(upsert.run());
    std::optional<std::string> before_json;
    if (before) before_json = authority_json(*before);
    return journal.append(entry(stamp, "authority", "authority", before ? "update" : "create",
                                std::move(before_json), authority_json(authority)));
  }

  // ------------------------------------------------------------ members

  template <typename Statement>
  static Result<Member> decode_member(const Statement& select) {
    Member member;
    member.id = MemberId(select.text(0));
    OCTROI_TRY(member.civility, civility_from_key(select.text(1)));
    member.name = select.text(2);
    member.group = select.text(3);
    OCTROI_TRY(member.rank, to_int(select.int64(4), "members.rank"));
    return member;
  }

  // The mandates of one member (or of all when `member_id` is nullopt), by member id,
  // in position order.
  Result<std::map<std::string, std::vector<Mandate>>> read_mandates(
      const std::optional<std::string>& member_id) {
    OCTROI_TRY(auto select,
               database_.prepare(std::string("SELECT member_id, body, start_date, end_date,"
                                             " deliberative_vote FROM mandates") +
                                 (member_id ? " WHERE member_id = ?1" : "") +
                                 " ORDER BY member_id, position"));
    if (member_id) select.bind(1, *member_id);
    std::map<std::string, std::vector<Mandate>> mandates;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      Mandate mandate;
      OCTROI_TRY(mandate.body, deliberative_body_from_key(select.text(1)));
      OCTROI_TRY(mandate.start,
                 stored_optional_date(select.optional_text(2), "mandates.start_date"));
      OCTROI_TRY(mandate.end, stored_optional_date(select.optional_text(3), "mandates.end_date"));
      mandate.deliberative_vote = select.int64(4) != 0;
      mandates[select.text(0)].push_back(mandate);
    }
    return mandates;
  }

  Result<std::optional<Member>> read_member(const std::string& id) {
    OCTROI_TRY(auto select, database_.prepare("SELECT id, civility, name, group_name, rank"
                                              " FROM members WHERE id = ?1"));
    select.bind(1, id);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<Member>();
    OCTROI_TRY(Member member, decode_member(select));
    OCTROI_TRY(auto mandates, read_mandates(id));
    auto own = mandates.find(id);
    if (own != mandates.end()) member.mandates = std::move(own->second);
    return std::optional<Member>(std::move(member));
  }

  Result<bool> member_exists(const std::string& id) {
    OCTROI_TRY(auto select, database_.prepare("SELECT 1 FROM members WHERE id = ?1"));
    select.bind(1, id);
    return select.step();
  }

  // Creates the member or replaces it, mandates included, and journals it.
  Status write_member(JournalWriter<Database>& journal, const Member& member, const Stamp& stamp) {
    OCTROI_TRY(auto before, read_member(member.id.key()));
    {
      OCTROI_TRY(auto upsert,
                 database_.prepare("INSERT INTO members(id, civility, name, group_name, rank,"
                                   " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                   " ON CONFLICT (id) DO UPDATE SET civility = excluded.civility,"
                                   " name = excluded.name, group_name = excluded.group_name,"
                                   " rank = excluded.rank, updated_at = excluded.updated_at,"
                                   " updated_by = excluded.updated_by"));
      upsert.bind(1, member.id.key())
          .bind(2, to_key(member.civility))
          .bind(3, member.name)
          .bind(4, member.group)
          .bind(5, static_cast<std::int64_t>(member.rank))
          .bind(6, stamp.time)
          .bind(7, stamp.user);
      OCTROI_TRY_STATUS(upsert.run());
    }
    {
      OCTROI_TRY(auto remove, database_.prepare("DELETE FROM mandates WHERE member_id = ?1"));
      remove.bind(1, member.id.key());
      OCTROI_TRY_STATUS(remove.run());
    }
    OCTROI_TRY(auto insert,
               database_.prepare("INSERT INTO mandates(member_id, position, body, start_date,"
                                 " end_date, deliberative_vote) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    std::int64_t position = 0;
    for (const Mandate& mandate : member.mandates) {
      insert.reset();
      insert.bind(1, member.id.key())
          .bind(2, ++position)
          .bind(3, to_key(mandate.body))
          .bind(4, optional_iso(mandate.start))
          .bind(5, optional_iso(mandate.end))
          .bind(6, static_cast<std::int64_t>(mandate.deliberative_vote ? 1 : 0));
      OCTROI_TRY_STATUS(insert.run());
    }
    std::optional<std::string> before_json;
    if (before) before_json = member_json(*before);
    return journal.append(entry(stamp, "member", member.id.key(), before ? "update" : "create",
                                std::move(before_json), member_json(member)));
  }

  // ------------------------------------------------------------ interests

  template <typename Statement>
  static Result<Interest> decode_interest(const Statement& select) {
    OCTROI_TRY(Date start, stored_date(select.text(6), "interests.start_date"));
    Interest interest{.id = select.int64(0), .member = MemberId(select.text(1)), .start = start};
    if (auto organisation = select.optional_text(2)) {
      interest.organisation = OrganisationId(std::move(*organisation));
    }
    interest.organisation_name = select.text(3);
    OCTROI_TRY(interest.siret, stored_siret(select.optional_text(4), "interests.siret"));
    interest.role = select.text(5);
    OCTROI_TRY(interest.end, stored_optional_date(select.optional_text(7), "interests.end_date"));
    interest.declared_by = select.text(8);
    interest.declared_at = select.text(9);
    return interest;
  }

  Result<std::optional<Interest>> read_interest(std::int64_t id) {
    OCTROI_TRY(auto select, database_.prepare(std::string(kInterestSelect) + " WHERE id = ?1"));
    select.bind(1, id);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<Interest>();
    OCTROI_TRY(Interest interest, decode_interest(select));
    return std::optional<Interest>(std::move(interest));
  }

  // ------------------------------------------------------------ sessions

  struct SessionRow {
    std::string document{};
    std::int64_t version = 0;
    std::string updated_at{};
    std::string updated_by{};
  };

  Result<std::optional<SessionRow>> read_session_row(const std::string& id) {
    OCTROI_TRY(auto select, database_.prepare("SELECT document, version, updated_at, updated_by"
                                              " FROM sessions WHERE id = ?1"));
    select.bind(1, id);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<SessionRow>();
    SessionRow row;
    row.document = select.text(0);
    row.version = select.int64(1);
    row.updated_at = select.text(2);
    row.updated_by = select.text(3);
    return std::optional<SessionRow>(std::move(row));
  }

  Result<std::optional<StoredSession>> read_session(const std::string& id) {
    OCTROI_TRY(auto row, read_session_row(id));
    if (!row) return std::optional<StoredSession>();
    auto session = session_from_json(row->document);
    if (!session.ok()) {
      return Error(session.error().code(),
                   fmt::format("séance {} : {}", id, session.error().message()));
    }
    OCTROI_TRY(int version, to_int(row->version, "sessions.version"));
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
    OCTROI_TRY(auto before, read_session_row(id));
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
          journal.append(entry(stamp, "session", id, "create", std::nullopt, document)));
      return 1;
    }

    if (!before) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("séance inconnue « {} » : elle a peut-être été supprimée depuis "
                               "votre lecture (version {})",
                               id, expected_version));
    }
    if (before->version != expected_version) {
      return stale_version_error("la séance " + id, before->updated_by, before->updated_at,
                                 before->version, expected_version);
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
        OCTROI_TRY(auto current, read_session_row(id));
        if (!current) {
          return Error(ErrorCode::kConflict,
                       fmt::format("la séance {} a été supprimée depuis votre lecture (version {})",
                                   id, expected_version));
        }
        return stale_version_error("la séance " + id, current->updated_by, current->updated_at,
                                   current->version, expected_version);
      }
      version = update.int64(0);
      OCTROI_TRY_STATUS(drain(update));
    }
    OCTROI_TRY_STATUS(
        journal.append(entry(stamp, "session", id, "update", before->document, document)));
    return to_int(version, "sessions.version");
  }

  Database database_;
};

}  // namespace octroi::store
