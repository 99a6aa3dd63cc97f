#include "domain/legal_instrument.h"

#include <gtest/gtest.h>

#include "domain_test_support.h"

namespace octroi {
namespace {

TEST(LegalInstrumentTest, KeysRoundTrip) {
  testing::expect_keys_round_trip(all_legal_instruments(), legal_instrument_from_key, 4);
}

TEST(LegalInstrumentTest, KeysAndLabelsAreTheStoredOnes) {
  EXPECT_EQ(to_key(LegalInstrument::kStandardAgreement), "standard_agreement");
  EXPECT_EQ(to_key(LegalInstrument::kAmendment), "amendment");
  EXPECT_EQ(to_key(LegalInstrument::kSpecificAgreement), "specific_agreement");
  EXPECT_EQ(to_key(LegalInstrument::kNone), "none");
  EXPECT_EQ(to_label(LegalInstrument::kStandardAgreement), "Convention type");
  EXPECT_EQ(to_label(LegalInstrument::kAmendment), "Avenant");
}

TEST(LegalInstrumentTest, UnknownKeyListsTheAcceptedOnes) {
  auto instrument = legal_instrument_from_key("Convention type");
  ASSERT_FALSE(instrument.ok());
  EXPECT_NE(instrument.error().message().find("standard_agreement, amendment"), std::string::npos)
      << instrument.error().message();
}

}  // namespace
}  // namespace octroi
