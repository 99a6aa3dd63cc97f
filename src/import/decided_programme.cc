// DecidedProgramme (see decided_programme.h).
#include "import/decided_programme.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "docs/annex_csv.h"
#include "import/import.h"
#include "import/stored_dataset.h"
#include "money/format.h"
#include "service/application_actions.h"
#include "service/application_decision.h"
#include "service/import_programme.h"

namespace octroi {

namespace {

std::string quantity_text(const std::optional<UnitQuantity>& quantity) {
  return quantity ? format_quantity(quantity->value) : std::string("aucune");
}

// The session's identity an agreement and the open data cite, on the annex.
void set_identity(ProgrammeDataset& annex, const Session& session, const Authority& authority,
                  const DeliberationNumber& number) {
  ProgrammeIdentity& identity = annex.programme;
  identity.programme.authority = authority.name;
  identity.authority_printed = authority.name;
  identity.session_body = session.body;
  identity.session_date = Printed<Date>{.text = {}, .value = session.date};
  identity.deliberation_number = number.text();
}

}  // namespace

std::optional<std::string> awards_difference(const ProgrammeDataset& stored,
                                             const ProgrammeDataset& annex) {
  if (stored.rows.size() != annex.rows.size()) {
    return fmt::format("{} attribution(s) enregistrée(s), {} dans l'annexe de la séance",
                       stored.rows.size(), annex.rows.size());
  }
  for (const AnnexRow& wanted : annex.rows) {
    const Award& award = wanted.award;
    const AnnexRow* found = stored.find_row(award.id.key());
    if (found == nullptr) {
      return fmt::format("l'attribution {} de l'annexe n'est pas enregistrée", award.id.key());
    }
    const Award& kept = found->award;
    if (kept.organisation != award.organisation) {
      return fmt::format("{} : structure « {} » enregistrée, « {} » dans l'annexe", award.id.key(),
                         kept.organisation.key(), award.organisation.key());
    }
    if (kept.amount != award.amount) {
      return fmt::format("{} : {} enregistré, {} dans l'annexe", award.id.key(),
                         format_amount(kept.amount), format_amount(award.amount));
    }
    const bool same_quantity = kept.quantity.has_value() == award.quantity.has_value() &&
                               (!kept.quantity || (kept.quantity->value == award.quantity->value &&
                                                   kept.quantity->unit == award.quantity->unit));
    if (!same_quantity) {
      return fmt::format("{} : quantité {} enregistrée, {} dans l'annexe", award.id.key(),
                         quantity_text(kept.quantity), quantity_text(award.quantity));
    }
  }
  return std::nullopt;
}

Result<std::vector<std::string>> stored_awards_of(const ProgrammeDataset& stored,
                                                  const ProgrammeDataset& annex) {
  std::vector<const AnnexRow*> wanted;
  wanted.reserve(annex.rows.size());
  for (const AnnexRow& row : annex.rows) {
    if (!row.award.is_refusal()) wanted.push_back(&row);
  }
  std::stable_sort(wanted.begin(), wanted.end(),
                   [](const AnnexRow* a, const AnnexRow* b) { return a->order < b->order; });
  std::set<std::string> taken;
  std::vector<std::string> found;
  found.reserve(wanted.size());
  for (const AnnexRow* row : wanted) {
    auto same = [&](const AnnexRow& kept) {
      return kept.theme == row->theme && kept.operation == row->operation &&
             kept.award.organisation == row->award.organisation &&
             kept.award.amount == row->award.amount && taken.count(kept.award.id.key()) == 0;
    };
    const AnnexRow* match = stored.find_row(row->award.id.key());
    if (match == nullptr || !same(*match)) {
      match = nullptr;
      for (const AnnexRow& kept : stored.rows) {
        if (same(kept)) {
          match = &kept;
          break;
        }
      }
    }
    if (match == nullptr) {
      return Error(ErrorCode::kConflict,
                   fmt::format("le programme enregistré n'a pas d'attribution de {} à « {} » pour "
                               "l'opération {} du thème {}",
                               format_amount(row->award.amount), row->award.organisation.key(),
                               row->operation, row->theme));
    }
    taken.insert(match->award.id.key());
    found.push_back(match->award.id.key());
  }
  return found;
}

Result<DecidedProgramme> store_decided_programme(ProgrammeRepository& programmes,
                                                 CallRepository& calls, const std::string& call,
                                                 const Session& session, const Authority& authority,
                                                 const Stamp& stamp) {
  OCTROI_TRY(StoredCall stored, find_stored_call(calls, call));
  const std::string programme = stored.call.programme.key();
  OCTROI_TRY(AgendaItem item, adopted_item(session, programme));
  if (!item.deliberation) {
    return Error(ErrorCode::kMissingField,
                 fmt::format("la délibération du rapport n°{} de la séance « {} » n'a pas de "
                             "numéro : une convention le cite, donnez-le à l'ordre du jour",
                             item.number, session.id.key()));
  }
  OCTROI_TRY(auto existing, programmes.find_programme(programme));
  DecidedProgramme decided{.programme = programme};
  std::optional<ProgrammeDataset> kept;
  if (existing) {
    OCTROI_TRY(kept, load_stored_dataset(programmes, programme));
  }
  OCTROI_TRY(ProgrammeDataset annex,
             stored_session_annex(calls, call, session.id.key(), kept ? &*kept : nullptr));
  if (!kept) {
    set_identity(annex, session, authority, *item.deliberation);
    const DatasetSource source =
        table_source(docs::annex_csv(annex), programme + ".csv", TableFormat::kCsv, {});
    OCTROI_TRY(TableImport table, load_table(source));
    // The table must give back the annex, whole: anything else is a fault of ours.
    if (!table.unparsed.empty()) {
      return Error(ErrorCode::kInternal,
                   fmt::format("l'annexe de la séance ne se relit pas (ligne {} : {}) : rien "
                               "n'est enregistré",
                               table.unparsed.front().line, table.unparsed.front().reason));
    }
    if (auto difference = awards_difference(table.dataset, annex)) {
      return Error(ErrorCode::kInternal,
                   fmt::format("l'annexe de la séance relue diffère ({}) : rien n'est enregistré",
                               *difference));
    }
    kept = table.dataset;
    OCTROI_TRY(ImportOutcome outcome,
               import_programme(programmes, std::move(table.dataset), source,
                                ImportOptions{.programme_id = programme}, stamp));
    decided.stored_now = outcome.written;
  }
  auto awards = stored_awards_of(*kept, annex);
  if (!awards.ok()) {
    return Error(awards.error().code(), fmt::format("programme « {} » : {} ; rien n'est préparé",
                                                    programme, awards.error().message()));
  }
  decided.awards = std::move(awards).value();
  for (const std::string& award : decided.awards) {
    OCTROI_TRY(decided.total, decided.total.plus(kept->find_row(award)->award.amount));
  }
  return decided;
}

}  // namespace octroi
