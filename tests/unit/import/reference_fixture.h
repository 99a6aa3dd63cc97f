// Shared by the import tests: the hand-written reference dataset
// (data/pas-de-calais-2023-phase4/) and the text reader's reading of the
// deliberation's text beside it, each loaded once.
#pragma once

#include <filesystem>
#include <vector>

#include <gtest/gtest.h>

#include "import/import.h"

namespace octroi::testing_import {

inline const std::filesystem::path kReferenceFolder =
    std::filesystem::path(OCTROI_SOURCE_DIR) / "data" / "pas-de-calais-2023-phase4";

inline const ProgrammeDataset& hand_written() {
  static const ProgrammeDataset dataset = [] {
    Result<ProgrammeDataset> loaded = load_dataset(kReferenceFolder);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().to_string();
      return ProgrammeDataset{};
    }
    return std::move(loaded).value();
  }();
  return dataset;
}

inline const std::filesystem::path kReferenceText =
    kReferenceFolder / "deliberation-cp-2023-09-18-n2023-405.txt";

// The reference deliberation's text as the text reader reads it, once.
inline const DeliberationTextImport& from_text() {
  static const DeliberationTextImport imported = [] {
    Result<DatasetSource> source = read_text_source(kReferenceText);
    if (!source.ok()) {
      ADD_FAILURE() << source.error().to_string();
      return DeliberationTextImport{};
    }
    Result<DeliberationTextImport> text = load_deliberation_text(*source);
    if (!text.ok()) {
      ADD_FAILURE() << text.error().to_string();
      return DeliberationTextImport{};
    }
    return std::move(text).value();
  }();
  return imported;
}

// Declared totals compared one by one: what they are, cover and declare.
inline void expect_same_totals(const std::vector<DeclaredTotal>& actual,
                               const std::vector<DeclaredTotal>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("total " + expected[i].id);
    EXPECT_EQ(actual[i].id, expected[i].id);
    EXPECT_EQ(actual[i].order, expected[i].order);
    EXPECT_EQ(actual[i].label, expected[i].label);
    EXPECT_EQ(actual[i].scope, expected[i].scope);
    EXPECT_EQ(actual[i].operation, expected[i].operation);
    EXPECT_EQ(actual[i].amount.value, expected[i].amount.value);
    EXPECT_EQ(actual[i].covered, expected[i].covered);
  }
}

}  // namespace octroi::testing_import
