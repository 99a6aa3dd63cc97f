// ScaleGenerator: programmes for the scale and rules benchmarks, made from the
// reference dataset (data/pas-de-calais-2023-phase4) by copying and varying
// it: programme k gets its own id, year, phase and title, the 89 reference
// rows plus copies of some of them to reach the wanted number of awards (new
// ids and positions), integer quantities moved by -3..+3 with the amount kept
// in proportion (places × unit cost stays places × unit cost), and the other
// amounts moved by -10 %..+10 %. Deterministic: programme k is the same on
// every run and on both backends.
//
// Only the annex part of a dataset (programme, themes, operations,
// organisations, rows, totals, parameters) is kept in generated programmes:
// the declared facts (report, deliberation, session…) are not written to
// relational tables, and 1 000 copies of them would only fill memory. Each
// programme's DatasetSource holds the reference files verbatim, programme.yaml
// carrying the new id, as an import of a real programme would store them.
#pragma once

#include <filesystem>
#include <string>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/programme_dataset.h"
#include "service/programme_repository.h"

namespace octroi::bench {

class ScaleGenerator {
 public:
  // Loads the reference dataset folder (with its sibling parameters/) and its files.
  static Result<ScaleGenerator> create(const std::filesystem::path& reference_folder,
                                       int awards_per_programme);

  // Programme `index` (0-based): its id is "<reference id>-scale-NNNN".
  ProgrammeDataset programme(int index) const;
  // The files an import of programme `index` stores, and their digest.
  DatasetSource source(int index) const;
  std::string programme_id(int index) const;

  const ProgrammeDataset& reference() const { return reference_; }
  // The reference session's date: the date of effect of the rules.
  Date date_of_effect() const { return date_of_effect_; }
  int awards_per_programme() const { return awards_per_programme_; }

 private:
  ScaleGenerator(ProgrammeDataset reference, DatasetSource source, Date date_of_effect,
                 int awards_per_programme);

  ProgrammeDataset reference_;  // annex part only
  DatasetSource source_;
  Date date_of_effect_ = Date::from_days(0);
  int awards_per_programme_ = 0;
};

}  // namespace octroi::bench
