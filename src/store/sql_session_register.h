// SqlSessionRegister: the register half of SqlSessionRepository, on either
// backend (sqlite::Database or postgres::Database): the authority, the members
// with their mandates and the declared interests, kept as relational rows
// (interests are looked up by organisation). Like store/award_update.h it
// works inside the caller's transaction and journal: each write appends its
// entry (entities "authority", "member", "interest"; actions "create" and
// "update"; before and after as the canonical JSON of store/register_json.h,
// before absent on create). Only prepared statements.
#pragma once

#include <cstdint>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "service/session_repository.h"
#include "store/journal.h"
#include "store/register_json.h"
#include "store/sql_support.h"

namespace octroi::store {

template <typename Database>
class SqlSessionRegister {
 public:
  explicit SqlSessionRegister(Database& database) : database_(&database) {}

  // ------------------------------------------------------------ authority

  Result<std::optional<Authority>> read_authority() {
    OCTROI_TRY(auto select,
               database_->prepare("SELECT name, heading, siret, seat FROM authority WHERE id = 1"));
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
    OCTROI_TRY(auto upsert, database_->prepare(
                                "INSERT INTO authority(id, name, heading, siret, seat, updated_at,"
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
    return journal.append(journal_entry(stamp, "authority", "authority",
                                        before ? "update" : "create", std::move(before_json),
                                        authority_json(authority)));
  }

  // ------------------------------------------------------------ members

  // Every member with their mandates, in rank order.
  Result<std::vector<Member>> read_members() {
    OCTROI_TRY(auto mandates, read_mandates(std::nullopt));
    OCTROI_TRY(auto select, database_->prepare("SELECT id, civility, name, group_name, rank"
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

  // Creates the member or replaces it, mandates included, and journals it.
  Status write_member(JournalWriter<Database>& journal, const Member& member, const Stamp& stamp) {
    OCTROI_TRY(auto before, read_member(member.id.key()));
    {
      OCTROI_TRY(auto upsert,
                 database_->prepare("INSERT INTO members(id, civility, name, group_name, rank,"
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
      OCTROI_TRY(auto remove, database_->prepare("DELETE FROM mandates WHERE member_id = ?1"));
      remove.bind(1, member.id.key());
      OCTROI_TRY_STATUS(remove.run());
    }
    OCTROI_TRY(auto insert,
               database_->prepare("INSERT INTO mandates(member_id, position, body, start_date,"
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
    return journal.append(journal_entry(stamp, "member", member.id.key(),
                                        before ? "update" : "create", std::move(before_json),
                                        member_json(member)));
  }

  // ------------------------------------------------------------ interests

  Result<std::vector<Interest>> read_interests() {
    OCTROI_TRY(auto select,
               database_->prepare(std::string(kInterestSelect) + " ORDER BY member_id, id"));
    std::vector<Interest> interests;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Interest interest, decode_interest(select));
      interests.push_back(std::move(interest));
    }
    return interests;
  }

  // Records a validated interest of a registered member and journals it;
  // returns it with the id the database gave it.
  Result<Interest> insert_interest(JournalWriter<Database>& journal, Interest interest,
                                   const Stamp& stamp) {
    OCTROI_TRY(bool known, member_exists(interest.member.key()));
    if (!known) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("élu inconnu « {} » : enregistrez-le avant de déclarer ses intérêts",
                               interest.member.key()));
    }
    {
      OCTROI_TRY(auto insert,
                 database_->prepare("INSERT INTO interests(member_id, organisation_id,"
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
    OCTROI_TRY_STATUS(
        journal.append(journal_entry(stamp, "interest", std::to_string(interest.id), "create",
                                     std::nullopt, interest_json(interest))));
    return interest;
  }

  // Sets the end date of interest `id` and journals it.
  Status end_interest(JournalWriter<Database>& journal, std::int64_t id, Date end,
                      const Stamp& stamp) {
    OCTROI_TRY(auto before, read_interest(id));
    if (!before) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("intérêt déclaré inconnu (n° {}) dans le registre", id));
    }
    Interest after = *before;
    after.end = end;
    OCTROI_TRY_STATUS(after.validate());
    OCTROI_TRY(auto update, database_->prepare("UPDATE interests SET end_date = ?1 WHERE id = ?2"));
    update.bind(1, end.iso()).bind(2, id);
    OCTROI_TRY_STATUS(update.run());
    return journal.append(journal_entry(stamp, "interest", std::to_string(id), "update",
                                        interest_json(*before), interest_json(after)));
  }

 private:
  static constexpr std::string_view kInterestSelect =
      "SELECT id, member_id, organisation_id, organisation_name, siret, role, start_date,"
      " end_date, declared_by, declared_at FROM interests";

  // ------------------------------------------------------------ values

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

  // ------------------------------------------------------------ members

  template <typename Statement>
  static Result<Member> decode_member(const Statement& select) {
    Member member;
    member.id = MemberId(select.text(0));
    OCTROI_TRY(member.civility, civility_from_key(select.text(1)));
    member.name = select.text(2);
    member.group = select.text(3);
    OCTROI_TRY(member.rank, stored_int(select.int64(4), "members.rank"));
    return member;
  }

  // The mandates of one member (or of all when `member_id` is nullopt), by member id,
  // in position order.
  Result<std::map<std::string, std::vector<Mandate>>> read_mandates(
      const std::optional<std::string>& member_id) {
    OCTROI_TRY(auto select,
               database_->prepare(std::string("SELECT member_id, body, start_date, end_date,"
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
    OCTROI_TRY(auto select, database_->prepare("SELECT id, civility, name, group_name, rank"
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
    OCTROI_TRY(auto select, database_->prepare("SELECT 1 FROM members WHERE id = ?1"));
    select.bind(1, id);
    return select.step();
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
    OCTROI_TRY(auto select, database_->prepare(std::string(kInterestSelect) + " WHERE id = ?1"));
    select.bind(1, id);
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<Interest>();
    OCTROI_TRY(Interest interest, decode_interest(select));
    return std::optional<Interest>(std::move(interest));
  }

  Database* database_;
};

}  // namespace octroi::store
