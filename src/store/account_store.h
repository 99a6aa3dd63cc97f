// SqlAccountRepository: the AccountRepository written once over either
// backend's connection (sqlite::Database or postgres::Database), as
// SqlProgrammeRepository is. Only prepared statements; creating an account
// is one transaction with its journal entry (the hash is never journaled).
#pragma once

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "service/account_repository.h"
#include "store/journal.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlAccountRepository final : public AccountRepository {
 public:
  explicit SqlAccountRepository(Database database) : database_(std::move(database)) {}

  Status add_user(const UserAccount& account, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto existing, find_user(account.login));
    if (existing) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("le compte « {} » existe déjà", account.login));
    }
    OCTROI_TRY(auto insert, database_.prepare("INSERT INTO users(login, role, password_hash,"
                                              " created_at, created_by)"
                                              " VALUES (?1, ?2, ?3, ?4, ?5)"));
    insert.bind(1, std::string_view(account.login))
        .bind(2, to_key(account.role))
        .bind(3, std::string_view(account.password_hash))
        .bind(4, std::string_view(stamp.time))
        .bind(5, std::string_view(stamp.user));
    OCTROI_TRY_STATUS(insert.run());
    OCTROI_TRY_STATUS(journal.append(journal_entry(
        stamp, "user", account.login, "create", std::nullopt,
        nlohmann::json{{"login", account.login}, {"role", std::string(to_key(account.role))}}
            .dump())));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  Status set_password_hash(const std::string& login, const std::string& password_hash,
                           const std::string& keep_session, const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto existing, find_user(login));
    if (!existing) {
      return Error(ErrorCode::kNotFound, fmt::format("compte inconnu : « {} »", login),
                   Location::of_field("login"));
    }
    OCTROI_TRY(auto update,
               database_.prepare("UPDATE users SET password_hash = ?1 WHERE login = ?2"));
    update.bind(1, std::string_view(password_hash)).bind(2, std::string_view(login));
    OCTROI_TRY_STATUS(update.run());
    OCTROI_TRY(auto sessions, database_.prepare("DELETE FROM web_sessions WHERE login = ?1"
                                                " AND token_hash <> ?2"));
    sessions.bind(1, std::string_view(login)).bind(2, std::string_view(keep_session));
    OCTROI_TRY_STATUS(sessions.run());
    OCTROI_TRY_STATUS(journal.append(
        journal_entry(stamp, "user", login, "password", std::nullopt,
                      nlohmann::json{{"login", login}, {"password", "changed"}}.dump())));
    OCTROI_TRY_STATUS(journal.finish());
    return transaction.commit();
  }

  Result<std::optional<UserAccount>> find_user(const std::string& login) override {
    OCTROI_TRY(auto users, select_users("WHERE login = ?1", login));
    if (users.empty()) return std::optional<UserAccount>();
    return std::optional<UserAccount>(std::move(users.front()));
  }

  Result<std::vector<UserAccount>> list_users() override { return select_users("", ""); }

  Status save_session(const WebSession& session) override {
    OCTROI_TRY(auto insert, database_.prepare("INSERT INTO web_sessions(token_hash, login,"
                                              " csrf_token, created_at, expires_at)"
                                              " VALUES (?1, ?2, ?3, ?4, ?5)"));
    insert.bind(1, std::string_view(session.token_hash))
        .bind(2, std::string_view(session.login))
        .bind(3, std::string_view(session.csrf_token))
        .bind(4, std::string_view(session.created_at))
        .bind(5, std::string_view(session.expires_at));
    return insert.run();
  }

  Result<std::optional<WebSession>> find_session(const std::string& token_hash,
                                                 const std::string& now) override {
    OCTROI_TRY(auto select, database_.prepare("SELECT token_hash, login, csrf_token, created_at,"
                                              " expires_at FROM web_sessions"
                                              " WHERE token_hash = ?1 AND expires_at > ?2"));
    select.bind(1, std::string_view(token_hash)).bind(2, std::string_view(now));
    OCTROI_TRY(bool found, select.step());
    if (!found) return std::optional<WebSession>();
    WebSession session;
    session.token_hash = select.text(0);
    session.login = select.text(1);
    session.csrf_token = select.text(2);
    session.created_at = select.text(3);
    session.expires_at = select.text(4);
    return std::optional<WebSession>(std::move(session));
  }

  Status delete_session(const std::string& token_hash) override {
    OCTROI_TRY(auto remove, database_.prepare("DELETE FROM web_sessions WHERE token_hash = ?1"));
    remove.bind(1, std::string_view(token_hash));
    return remove.run();
  }

  Status delete_expired_sessions(const std::string& now) override {
    OCTROI_TRY(auto remove, database_.prepare("DELETE FROM web_sessions WHERE expires_at <= ?1"));
    remove.bind(1, std::string_view(now));
    return remove.run();
  }

 private:
  Result<std::vector<UserAccount>> select_users(const std::string& where,
                                                const std::string& argument) {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT login, role, password_hash, created_at, created_by"
                                 " FROM users " +
                                 where + " ORDER BY login"));
    if (!argument.empty()) select.bind(1, std::string_view(argument));
    std::vector<UserAccount> users;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      UserAccount account;
      account.login = select.text(0);
      OCTROI_TRY(account.role, role_from_key(select.text(1)));
      account.password_hash = select.text(2);
      account.created_at = select.text(3);
      account.created_by = select.text(4);
      users.push_back(std::move(account));
    }
    return users;
  }

  Database database_;
};

}  // namespace octroi::store
