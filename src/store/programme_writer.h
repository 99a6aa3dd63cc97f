// Writes one ProgrammeDataset into the schema of migrations/, on either
// backend (Database is sqlite::Database or postgres::Database: the same SQL
// runs on both). The caller holds the transaction: this only inserts, and
// stops at the first error.
#pragma once

#include <fmt/format.h>
#include <optional>
#include <string>

#include "base/result.h"
#include "domain/programme_dataset.h"
#include "service/programme_repository.h"
#include "store/crash_test_pause.h"

namespace octroi::store {
namespace writer_detail {

inline std::string operation_key(const ProgrammeDataset& dataset, int theme, int number) {
  const OperationEntry* entry = dataset.find_operation(theme, number);
  return entry != nullptr ? entry->operation.id.key() : fmt::format("t{}-o{}", theme, number);
}

inline std::optional<std::string> empty_as_null(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

template <typename Database>
Status write_header(Database& database, const ProgrammeDataset& dataset,
                    const DatasetSource& source, const Stamp& stamp) {
  const Programme& programme = dataset.programme.programme;
  OCTROI_TRY(auto insert,
             database.prepare("INSERT INTO programmes(id, title, call_title, year, phase,"
                              " authority, source_digest, imported_at, imported_by)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  insert.bind(1, std::string_view(programme.id.key()))
      .bind(2, std::string_view(programme.title))
      .bind(3, std::string_view(programme.call))
      .bind(4, std::int64_t{programme.year})
      .bind(5, std::int64_t{programme.phase})
      .bind(6, std::string_view(programme.authority))
      .bind(7, std::string_view(source.digest))
      .bind(8, std::string_view(stamp.time))
      .bind(9, std::string_view(stamp.user));
  OCTROI_TRY_STATUS(insert.run());

  OCTROI_TRY(auto file, database.prepare("INSERT INTO programme_files(programme_id, name, content)"
                                         " VALUES (?1, ?2, ?3)"));
  for (const auto& [name, content] : source.files) {
    file.bind(1, std::string_view(programme.id.key()))
        .bind(2, std::string_view(name))
        .bind(3, std::string_view(content));
    OCTROI_TRY_STATUS(file.run());
  }
  return ok_status();
}

template <typename Database>
Status write_themes_and_operations(Database& database, const ProgrammeDataset& dataset) {
  const std::string& id = dataset.programme.programme.id.key();
  OCTROI_TRY(
      auto theme,
      database.prepare("INSERT INTO themes(programme_id, number, title) VALUES (?1, ?2, ?3)"));
  for (const ThemeEntry& entry : dataset.themes) {
    theme.bind(1, std::string_view(id))
        .bind(2, std::int64_t{entry.theme.number})
        .bind(3, std::string_view(entry.theme.title));
    OCTROI_TRY_STATUS(theme.run());
  }
  OCTROI_TRY(
      auto operation,
      database.prepare("INSERT INTO operations(programme_id, id, theme_number, number,"
                       " title, annex_title, budget_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  for (const OperationEntry& entry : dataset.operations) {
    const PrintedTitle* annex_title = entry.title_in("annex4");
    operation.bind(1, std::string_view(id))
        .bind(2, std::string_view(entry.operation.id.key()))
        .bind(3, std::int64_t{entry.theme})
        .bind(4, std::int64_t{entry.operation.number})
        .bind(5, std::string_view(entry.operation.title))
        .bind(6, annex_title != nullptr ? std::optional<std::string>(annex_title->title)
                                        : std::nullopt)
        .bind(7, std::string_view(entry.budget_line.code));
    OCTROI_TRY_STATUS(operation.run());
  }
  return ok_status();
}

// Organisations are shared by every programme: an import adds the missing
// ones and completes known ones with the details this dataset gives.
template <typename Database>
Status write_organisations(Database& database, const ProgrammeDataset& dataset) {
  OCTROI_TRY(auto upsert,
             database.prepare(
                 "INSERT INTO organisations(id, name, legal_form, siret, address, representative,"
                 " representative_title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                 " ON CONFLICT(id) DO UPDATE SET"
                 " legal_form = coalesce(excluded.legal_form, organisations.legal_form),"
                 " siret = coalesce(excluded.siret, organisations.siret),"
                 " address = coalesce(excluded.address, organisations.address),"
                 " representative = coalesce(excluded.representative,"
                 " organisations.representative),"
                 " representative_title = coalesce(excluded.representative_title,"
                 " organisations.representative_title), version = organisations.version + 1"));
  for (const OrganisationEntry& entry : dataset.organisations) {
    const Organisation& organisation = entry.organisation;
    upsert.bind(1, std::string_view(organisation.id.key()))
        .bind(2, std::string_view(organisation.name))
        .bind(3, empty_as_null(organisation.legal_form))
        .bind(4, organisation.siret ? std::optional<std::string>(organisation.siret->digits())
                                    : std::nullopt)
        .bind(5, empty_as_null(organisation.address))
        .bind(6, empty_as_null(organisation.representative_name))
        .bind(7, empty_as_null(organisation.representative_title));
    OCTROI_TRY_STATUS(upsert.run());
  }
  return ok_status();
}

template <typename Database>
Status write_awards(Database& database, const ProgrammeDataset& dataset, const Stamp& stamp) {
  const std::string& id = dataset.programme.programme.id.key();
  OCTROI_TRY(auto insert,
             database.prepare(
                 "INSERT INTO awards(programme_id, id, position, operation_id, organisation_id,"
                 " organisation_printed, territory_keys, territory_printed, description,"
                 " quantity_units, quantity_unit, period_start, period_end, period_printed,"
                 " amount_cents, amount_printed, instrument, instrument_printed, source_line,"
                 " updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                 " ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"));
  for (const AnnexRow& row : dataset.rows) {
    const Award& award = row.award;
    insert.bind(1, std::string_view(id))
        .bind(2, std::string_view(award.id.key()))
        .bind(3, std::int64_t{row.order})
        .bind(4, operation_key(dataset, row.theme, row.operation))
        .bind(5, std::string_view(award.organisation.key()))
        .bind(6, std::string_view(row.organisation.printed))
        .bind(7, award.territory.key())
        .bind(8, std::string_view(row.territory.printed))
        .bind(9, std::string_view(award.description));
    if (award.quantity) {
      insert.bind(10, award.quantity->value.units()).bind(11, to_key(award.quantity->unit));
    } else {
      insert.bind(10, std::nullopt).bind(11, std::nullopt);
    }
    if (award.period) {
      insert.bind(12, award.period->start().iso()).bind(13, award.period->end().iso());
    } else {
      insert.bind(12, std::nullopt).bind(13, std::nullopt);
    }
    insert.bind(14, row.period ? std::optional<std::string>(row.period->text) : std::nullopt)
        .bind(15, award.amount.cents())
        .bind(16, std::string_view(row.amount.text))
        .bind(17, to_key(award.instrument))
        .bind(18,
              row.instrument ? std::optional<std::string>(row.instrument->printed) : std::nullopt)
        .bind(19, std::int64_t{row.source.line})
        .bind(20, std::string_view(stamp.time))
        .bind(21, std::string_view(stamp.user));
    OCTROI_TRY_STATUS(insert.run());
    crash_test_pause();
  }
  return ok_status();
}

template <typename Database>
Status write_totals(Database& database, const ProgrammeDataset& dataset) {
  const std::string& id = dataset.programme.programme.id.key();
  OCTROI_TRY(auto insert,
             database.prepare(
                 "INSERT INTO declared_totals(programme_id, id, position, scope, theme_number,"
                 " operation_id, label, amount_cents, amount_printed, covers, source_line)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
  for (const DeclaredTotal& total : dataset.totals) {
    std::string covers;
    for (const AwardId& award : total.covered) {
      if (!covers.empty()) covers += ' ';
      covers += award.key();
    }
    insert.bind(1, std::string_view(id))
        .bind(2, std::string_view(total.id))
        .bind(3, std::int64_t{total.order})
        .bind(4, to_key(total.scope))
        .bind(5, std::int64_t{total.theme})
        .bind(6, total.operation ? std::optional<std::string>(
                                       operation_key(dataset, total.theme, *total.operation))
                                 : std::nullopt)
        .bind(7, std::string_view(total.label.value_or("")))
        .bind(8, total.amount.value ? total.amount.value->cents() : std::int64_t{0})
        .bind(9, std::string_view(total.amount.text))
        .bind(10, std::string_view(covers))
        .bind(11, std::int64_t{total.source.line});
    OCTROI_TRY_STATUS(insert.run());
  }
  return ok_status();
}

}  // namespace writer_detail

template <typename Database>
Status write_programme(Database& database, const ProgrammeDataset& dataset,
                       const DatasetSource& source, const Stamp& stamp) {
  OCTROI_TRY_STATUS(writer_detail::write_header(database, dataset, source, stamp));
  OCTROI_TRY_STATUS(writer_detail::write_themes_and_operations(database, dataset));
  OCTROI_TRY_STATUS(writer_detail::write_organisations(database, dataset));
  OCTROI_TRY_STATUS(writer_detail::write_awards(database, dataset, stamp));
  OCTROI_TRY_STATUS(writer_detail::write_totals(database, dataset));
  return ok_status();
}

}  // namespace octroi::store
