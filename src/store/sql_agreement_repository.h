// SqlAgreementRepository: the AgreementRepository written once over either
// backend's connection (sqlite::Database or postgres::Database), as
// SqlSessionRepository is. Only prepared statements. Every write is one
// transaction with its journal entry: entity "agreement" (id
// "PROGRAMME/AWARD"; action "draft", "send", "sign", "amend", "review",
// "settle", "close"; before and after as store/agreement_json.h) or
// "payment" (id "PROGRAMME/AWARD/N", action "create"). An agreement is saved
// only on the version read; a payment only when it fits (checked inside the
// transaction, against the payments recorded so far, so two clerks cannot
// both spend the same credit).
#pragma once

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calendar/format.h"
#include "money/format.h"
#include "service/agreement_repository.h"
#include "service/payment_rules.h"
#include "store/agreement_json.h"
#include "store/journal.h"
#include "store/sql_support.h"

namespace octroi::store {

template <typename Database, typename Transaction>
class SqlAgreementRepository final : public AgreementRepository {
 public:
  explicit SqlAgreementRepository(Database database) : database_(std::move(database)) {}

  Result<std::vector<StoredAgreement>> agreements(const std::string& programme) override {
    OCTROI_TRY(auto select, database_.prepare(std::string(kSelect) +
                                              " WHERE programme_id = ?1 ORDER BY award_id"));
    select.bind(1, programme);
    std::vector<StoredAgreement> out;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(StoredAgreement stored, decode(select));
      out.push_back(std::move(stored));
    }
    return out;
  }

  Result<std::optional<StoredAgreement>> find_agreement(const std::string& programme,
                                                        const std::string& award) override {
    OCTROI_TRY(auto select, database_.prepare(std::string(kSelect) +
                                              " WHERE programme_id = ?1 AND award_id = ?2"));
    select.bind(1, programme).bind(2, award);
    OCTROI_TRY(bool row, select.step());
    if (!row) return std::optional<StoredAgreement>();
    OCTROI_TRY(StoredAgreement stored, decode(select));
    return std::optional<StoredAgreement>(std::move(stored));
  }

  Result<StoredAgreement> save_agreement(AgreementFile file, int expected_version,
                                         const AgreementChange& change,
                                         const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    const std::string programme = file.programme;
    const std::string award = file.award.key();
    OCTROI_TRY(auto before, read_row(programme, award));
    if (expected_version == 0 && before) {
      return Error(ErrorCode::kDuplicate,
                   fmt::format("la convention de l'attribution {} existe déjà (version {}, "
                               "enregistrée par {} le {}) : ouvrez-la pour la modifier",
                               award, before->version, before->updated_by,
                               format_timestamp(before->updated_at)));
    }
    if (expected_version != 0 && !before) {
      return Error(
          ErrorCode::kNotFound,
          fmt::format("convention inconnue « {} » dans le programme {}", award, programme));
    }
    if (before && before->version != expected_version) {
      return stale_version_error("la convention " + award, *before, expected_version);
    }
    if (!file.number && change.allocate_number_in) {
      OCTROI_TRY(file.number, allocate_number(*change.allocate_number_in));
    }
    OCTROI_TRY_STATUS(file.validate());
    if (file.number) OCTROI_TRY_STATUS(check_number_free(*file.number, programme, award));
    const std::string document = agreement_json(file);
    std::optional<std::string> number;
    if (file.number) number = file.number->text();
    std::optional<std::string> retention;
    if (file.retention_until) retention = file.retention_until->iso();
    std::int64_t version = 1;
    if (expected_version == 0) {
      OCTROI_TRY(auto insert,
                 database_.prepare("INSERT INTO agreements(programme_id, award_id,"
                                   " organisation_id, number, status, retention_until, document,"
                                   " version, updated_at, updated_by)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9)"));
      insert.bind(1, programme)
          .bind(2, award)
          .bind(3, file.organisation.key())
          .bind(4, number)
          .bind(5, std::string(to_key(file.status)))
          .bind(6, retention)
          .bind(7, document)
          .bind(8, stamp.time)
          .bind(9, stamp.user);
      OCTROI_TRY_STATUS(insert.run());
    } else {
      OCTROI_TRY(auto update,
                 database_.prepare("UPDATE agreements SET organisation_id = ?1, number = ?2,"
                                   " status = ?3, retention_until = ?4, document = ?5,"
                                   " version = version + 1, updated_at = ?6, updated_by = ?7"
                                   " WHERE programme_id = ?8 AND award_id = ?9 AND version = ?10"
                                   " RETURNING version"));
      update.bind(1, file.organisation.key())
          .bind(2, number)
          .bind(3, std::string(to_key(file.status)))
          .bind(4, retention)
          .bind(5, document)
          .bind(6, stamp.time)
          .bind(7, stamp.user)
          .bind(8, programme)
          .bind(9, award)
          .bind(10, static_cast<std::int64_t>(expected_version));
      OCTROI_TRY(bool updated, update.step());
      if (!updated) {
        OCTROI_TRY(auto current, read_row(programme, award));
        if (!current) {
          return Error(ErrorCode::kConflict,
                       fmt::format("la convention {} a été supprimée depuis votre lecture", award));
        }
        return stale_version_error("la convention " + award, *current, expected_version);
      }
      version = update.int64(0);
      OCTROI_TRY_STATUS(drain(update));
    }
    OCTROI_TRY_STATUS(
        journal.append(journal_entry(stamp, "agreement", programme + "/" + award, change.action,
                                     previous_document(before), document)));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    OCTROI_TRY(int stored_version, stored_int(version, "agreements.version"));
    return StoredAgreement{.file = std::move(file),
                           .version = stored_version,
                           .updated_at = stamp.time,
                           .updated_by = stamp.user};
  }

  Result<std::vector<PaymentRecord>> payments(const std::string& programme) override {
    OCTROI_TRY(auto select,
               database_.prepare("SELECT id, programme_id, award_id, agreement_number,"
                                 " organisation_id, tranche, kind, paid_on, amount_cents,"
                                 " budget_line, recorded_at, recorded_by FROM payments"
                                 " WHERE programme_id = ?1 ORDER BY id"));
    select.bind(1, programme);
    std::vector<PaymentRecord> out;
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) break;
      OCTROI_TRY(Date paid_on, stored_date(select.text(7), "payments.paid_on"));
      PaymentRecord payment{.id = select.int64(0),
                            .programme = select.text(1),
                            .agreement = select.text(2),
                            .agreement_number = select.text(3),
                            .organisation = select.text(4),
                            .tranche = select.text(5),
                            .paid_on = paid_on,
                            .amount = Amount::from_cents(select.int64(8)),
                            .budget_line = select.text(9),
                            .recorded_at = select.text(10),
                            .recorded_by = select.text(11)};
      OCTROI_TRY(payment.kind, payment_kind_from_key(select.text(6)));
      out.push_back(std::move(payment));
    }
    return out;
  }

  Result<PaymentRecord> record_payment(PaymentRecord payment, const PaymentLimits& limits,
                                       const Stamp& stamp) override {
    OCTROI_TRY(auto transaction, Transaction::begin(database_));
    OCTROI_TRY(auto journal, JournalWriter<Database>::start(database_));
    OCTROI_TRY(auto agreement, read_row(payment.programme, payment.agreement));
    if (!agreement) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("convention inconnue « {} » dans le programme {}", payment.agreement,
                               payment.programme));
    }
    // The agreement as it stands in this transaction (it may have changed
    // since the caller read it): still in force, and the tranche's amount.
    OCTROI_TRY(AgreementFile file, agreement_from_json(agreement->document));
    if (!is_in_force(file.status)) {
      return Error(ErrorCode::kInvalidValue,
                   fmt::format("{} : paiement refusé, la convention est à l'état « {} »",
                               file.title(), to_label(file.status)));
    }
    const FundingTranche* tranche = file.find_tranche(payment.tranche);
    if (tranche == nullptr) {
      return Error(ErrorCode::kNotFound,
                   fmt::format("{} : tranche « {} » inconnue", file.title(), payment.tranche));
    }
    PaymentLimits checked = limits;
    checked.tranche_amount = tranche->amount;
    OCTROI_TRY(Amount paid_on_tranche,
               sum("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE programme_id = ?1"
                   " AND award_id = ?2 AND tranche = ?3",
                   {payment.programme, payment.agreement, payment.tranche}));
    OCTROI_TRY(Amount paid_on_line,
               sum("SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE programme_id = ?1"
                   " AND budget_line = ?2",
                   {payment.programme, payment.budget_line}));
    OCTROI_TRY_STATUS(check_payment_fits(payment, checked, paid_on_tranche, paid_on_line));
    payment.recorded_at = stamp.time;
    payment.recorded_by = stamp.user;
    {
      OCTROI_TRY(auto insert,
                 database_.prepare("INSERT INTO payments(programme_id, award_id,"
                                   " agreement_number, organisation_id, tranche, kind, paid_on,"
                                   " amount_cents, budget_line, recorded_at, recorded_by)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                                   " RETURNING id"));
      insert.bind(1, payment.programme)
          .bind(2, payment.agreement)
          .bind(3, payment.agreement_number)
          .bind(4, payment.organisation)
          .bind(5, payment.tranche)
          .bind(6, std::string(to_key(payment.kind)))
          .bind(7, payment.paid_on.iso())
          .bind(8, payment.amount.cents())
          .bind(9, payment.budget_line)
          .bind(10, payment.recorded_at)
          .bind(11, payment.recorded_by);
      OCTROI_TRY(bool inserted, insert.step());
      if (!inserted) return Error(ErrorCode::kIo, "paiements : l'identifiant attribué est absent");
      payment.id = insert.int64(0);
      OCTROI_TRY_STATUS(drain(insert));
    }
    const std::string after = payment_json(payment);
    OCTROI_TRY_STATUS(journal.append(journal_entry(
        stamp, "payment", fmt::format("{}/{}/{}", payment.programme, payment.agreement, payment.id),
        "create", std::nullopt, after)));
    OCTROI_TRY_STATUS(journal.finish());
    OCTROI_TRY_STATUS(transaction.commit());
    return payment;
  }

 private:
  static constexpr std::string_view kSelect =
      "SELECT document, version, updated_at, updated_by FROM agreements";

  template <typename Statement>
  Result<StoredAgreement> decode(Statement& select) {
    OCTROI_TRY(AgreementFile file, agreement_from_json(select.text(0)));
    OCTROI_TRY(int version, stored_int(select.int64(1), "agreements.version"));
    return StoredAgreement{.file = std::move(file),
                           .version = version,
                           .updated_at = select.text(2),
                           .updated_by = select.text(3)};
  }

  Result<std::optional<DocumentRow>> read_row(const std::string& programme,
                                              const std::string& award) {
    return read_document_row(database_,
                             std::string(kSelect) + " WHERE programme_id = ?1 AND award_id = ?2",
                             programme, award);
  }

  Result<Amount> sum(std::string_view sql, const std::vector<std::string>& values) {
    OCTROI_TRY(auto select, database_.prepare(sql));
    for (std::size_t i = 0; i < values.size(); ++i) select.bind(static_cast<int>(i + 1), values[i]);
    OCTROI_TRY(bool found, select.step());
    const std::int64_t cents = found ? select.int64(0) : 0;
    OCTROI_TRY_STATUS(drain(select));
    return Amount::from_cents(cents);
  }

  // The next number of `year`: one above both the sequence and every number
  // of that year already stored (some are numbered outside Octroi).
  Result<AgreementNumber> allocate_number(int year) {
    std::int64_t last = 0;
    {
      OCTROI_TRY(auto select, database_.prepare(
                                  "SELECT last_sequence FROM agreement_sequences WHERE year = ?1"));
      select.bind(1, static_cast<std::int64_t>(year));
      OCTROI_TRY(bool found, select.step());
      if (found) last = select.int64(0);
      OCTROI_TRY_STATUS(drain(select));
    }
    {
      OCTROI_TRY(auto select,
                 database_.prepare("SELECT number FROM agreements WHERE number LIKE ?1"));
      select.bind(1, fmt::format("{}-%", year));
      while (true) {
        OCTROI_TRY(bool row, select.step());
        if (!row) break;
        auto number = AgreementNumber::parse(select.text(0));
        if (number.ok()) last = std::max<std::int64_t>(last, number->sequence());
      }
    }
    if (last >= 99999) {
      return Error(
          ErrorCode::kInvalidValue,
          fmt::format("plus de numéro de convention disponible pour {} (99999 atteint)", year));
    }
    const std::int64_t next = last + 1;
    OCTROI_TRY(auto upsert, database_.prepare("INSERT INTO agreement_sequences(year, last_sequence)"
                                              " VALUES (?1, ?2) ON CONFLICT (year) DO UPDATE"
                                              " SET last_sequence = excluded.last_sequence"));
    upsert.bind(1, static_cast<std::int64_t>(year)).bind(2, next);
    OCTROI_TRY_STATUS(upsert.run());
    return AgreementNumber::parse(fmt::format("{}-{:05}", year, next));
  }

  Status check_number_free(const AgreementNumber& number, const std::string& programme,
                           const std::string& award) {
    OCTROI_TRY(auto select, database_.prepare(
                                "SELECT programme_id, award_id FROM agreements WHERE number = ?1"));
    select.bind(1, number.text());
    while (true) {
      OCTROI_TRY(bool row, select.step());
      if (!row) return ok_status();
      if (select.text(0) != programme || select.text(1) != award) {
        return Error(ErrorCode::kDuplicate,
                     fmt::format("le numéro de convention {} est déjà attribué (programme {}, "
                                 "attribution {})",
                                 number.text(), select.text(0), select.text(1)));
      }
    }
  }

  Database database_;
};

}  // namespace octroi::store
