// schedule_payments: advance at signature at the agreement's rate (60 %,
// implied by the amendments), balance after the review, and the amendments'
// printed advances recomputed: 4 125 € of 6 875 €, 24 000 € of 40 000 €,
// 69 000 € of 115 000 €.
#include "service/payment_schedule.h"

#include <gtest/gtest.h>

#include "service_test_support.h"

namespace octroi {
namespace {

using testing_service::dataset;
using testing_service::parameter_set;
using testing_service::session_date;

Amount euros(std::int64_t value) { return Amount::from_euros(value).value(); }

TEST(PaymentSchedule, SplitsAnAmountAtTheRate) {
  const Decimal rate = Decimal::parse("0.6").value();
  Result<AdvanceSplit> split = split_advance(euros(6875), rate);
  ASSERT_TRUE(split.ok());
  EXPECT_EQ(split->advance, euros(4125));
  EXPECT_EQ(split->balance, euros(2750));
  // Rounded half up to the cent: 60 % of 0,01 € is 0,006 € -> 0,01 €.
  EXPECT_EQ(split_advance(Amount::from_cents(1), rate)->advance, Amount::from_cents(1));
}

TEST(PaymentSchedule, AmendmentAdvancesMatchThePrintedOnes) {
  Result<PaymentSchedule> schedule = schedule_payments(dataset(), parameter_set(), session_date());
  ASSERT_TRUE(schedule.ok()) << schedule.error().to_string();
  EXPECT_EQ(schedule->rate.name, "advance_rate");
  ASSERT_EQ(schedule->tranches.size(), 3U);
  const AmendmentTranche& passeport = schedule->tranches[0];
  EXPECT_EQ(passeport.agreement_number, "2023-00963");
  EXPECT_EQ(passeport.split.amount, euros(6875));
  EXPECT_EQ(passeport.split.advance, euros(4125));
  EXPECT_EQ(passeport.split.balance, euros(2750));
  EXPECT_TRUE(passeport.difference.is_zero());
  const AmendmentTranche& cheval_2023 = schedule->tranches[1];
  EXPECT_EQ(cheval_2023.year, 2023);
  EXPECT_EQ(cheval_2023.split.amount, euros(40000));
  EXPECT_EQ(cheval_2023.split.advance, euros(24000));
  EXPECT_EQ(cheval_2023.split.balance, euros(16000));
  EXPECT_TRUE(cheval_2023.difference.is_zero());
  const AmendmentTranche& cheval_2024 = schedule->tranches[2];
  EXPECT_EQ(cheval_2024.year, 2024);
  EXPECT_EQ(cheval_2024.split.amount, euros(115000));
  EXPECT_EQ(cheval_2024.split.advance, euros(69000));
  EXPECT_EQ(cheval_2024.split.balance, euros(46000));
  EXPECT_EQ(cheval_2024.printed_advance, euros(69000));
  EXPECT_EQ(cheval_2024.advance_line, 1271);
}

TEST(PaymentSchedule, EveryAwardHasItsAdvanceAndBalance) {
  Result<PaymentSchedule> schedule =
      schedule_payments(dataset(), parameter_set(), session_date(), "passeport-forma");
  ASSERT_TRUE(schedule.ok());
  ASSERT_EQ(schedule->awards.size(), 1U);
  const AwardPayments& award = schedule->awards[0];
  EXPECT_EQ(award.split.advance, euros(4125));
  EXPECT_EQ(award.split.balance, euros(2750));
  EXPECT_EQ(award.advance_due, "à la signature de l'avenant");
  EXPECT_EQ(schedule->total_advances, euros(4125));
  ASSERT_EQ(schedule->tranches.size(), 1U);
}

TEST(PaymentSchedule, ADifferentPrintedAdvanceShowsItsDifference) {
  ProgrammeDataset changed = dataset();
  changed.amendments[0].advances[0].amount.value = euros(4000);
  Result<PaymentSchedule> schedule = schedule_payments(changed, parameter_set(), session_date());
  ASSERT_TRUE(schedule.ok());
  EXPECT_EQ(schedule->tranches[0].difference, euros(-125));
}

TEST(PaymentSchedule, WithoutTheRateParameterItIsAnError) {
  std::vector<Parameter> list = testing_service::parameters();
  list.pop_back();  // advance_rate
  Result<PaymentSchedule> schedule =
      schedule_payments(dataset(), ParameterSet::create(list).value(), session_date());
  ASSERT_FALSE(schedule.ok());
  EXPECT_EQ(schedule.error().code(), ErrorCode::kReferenceUnknown);
}

}  // namespace
}  // namespace octroi
