#include "base/result.h"

#include <string>

#include <gtest/gtest.h>

namespace octroi {
namespace {

Result<int> half(int value) {
  if (value % 2 != 0) return Error(ErrorCode::kInvalidValue, "nombre impair");
  return value / 2;
}

Result<int> quarter(int value) {
  OCTROI_TRY(int halved, half(value));
  OCTROI_TRY(int quartered, half(halved));
  return quartered;
}

TEST(ResultTest, CarriesValue) {
  Result<int> result = half(8);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(*result, 4);
}

TEST(ResultTest, TryPropagatesTheFirstError) {
  Result<int> result = quarter(6);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidValue);
  EXPECT_EQ(quarter(8).value(), 2);
}

TEST(ErrorTest, LocationIsFrenchAndOmitsUnknownParts) {
  Error error(ErrorCode::kInvalidAmount, "montant invalide « 12,3,4 »",
              Location{"annexe.yaml", 12, 0, "montant"});
  EXPECT_EQ(error.to_string(),
            "annexe.yaml, ligne 12, champ « montant » : montant invalide « 12,3,4 »");
  EXPECT_EQ(Error(ErrorCode::kIo, "disque plein").to_string(), "disque plein");
}

TEST(ErrorTest, LocatedKeepsInnerPartsAndFillsTheOthers) {
  Error inner(ErrorCode::kInvalidDate, "date invalide", Location{"", 0, 7, ""});
  Error outer = inner.located(Location{"a.yaml", 3, 1, "debut"});
  EXPECT_EQ(outer.location().file, "a.yaml");
  EXPECT_EQ(outer.location().line, 3);
  EXPECT_EQ(outer.location().column, 7);
  EXPECT_EQ(outer.location().field, "debut");
}

TEST(ErrorCodeTest, NamesAreStableAndDistinct) {
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidAmount), "amount.invalid");
  EXPECT_EQ(error_code_name(ErrorCode::kImpossibleDate), "date.impossible");
  EXPECT_NE(error_code_name(ErrorCode::kInvalidSiret), error_code_name(ErrorCode::kInvalidDate));
}

}  // namespace
}  // namespace octroi
