// Issue 13: the reference sitting (Commission Permanente, 18 September 2023)
// recorded from its dataset. Its heading regenerates word for word from the
// data; its recusal sentences differ from the printed ones exactly where the
// printed text is wrong or uneven; its vote figures are flagged where they
// exceed who could vote; an interest registered for a member in an
// organisation the report funds puts the member on the report's recusal list
// and refuses a vote record that counts them.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "import/import.h"
#include "service/session_from_dataset.h"
#include "service/session_rules.h"
#include "service/session_text.h"

namespace octroi {
namespace {

const std::filesystem::path kSource{OCTROI_SOURCE_DIR};

const ProgrammeDataset& reference() {
  static const ProgrammeDataset dataset = [] {
    auto loaded = load_dataset(kSource / "data" / "pas-de-calais-2023-phase4");
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return std::move(loaded).value();
  }();
  return dataset;
}

// The reference deliberation's paragraphs (blank-line separated), bold
// markers removed; its text is kept verbatim beside its dataset.
std::vector<std::string> seed_paragraphs() {
  std::ifstream file(kSource / "data" / "pas-de-calais-2023-phase4" /
                     "deliberation-cp-2023-09-18-n2023-405.txt");
  EXPECT_TRUE(file.good()) << "the reference deliberation's text is missing";
  std::stringstream content;
  content << file.rdbuf();
  std::vector<std::string> paragraphs;
  std::string current;
  std::string line;
  while (std::getline(content, line)) {
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(current);
      current.clear();
      continue;
    }
    for (auto at = line.find("**"); at != std::string::npos; at = line.find("**"))
      line.erase(at, 2);
    current += current.empty() ? line : "\n" + line;
  }
  if (!current.empty()) paragraphs.push_back(current);
  return paragraphs;
}

SessionBundle bundle() {
  auto made = session_bundle_from_dataset(reference());
  EXPECT_TRUE(made.ok()) << made.error().to_string();
  return std::move(made).value();
}

TEST(ReferenceSession, HeadingRegeneratesWordForWord) {
  const SessionBundle recorded = bundle();
  const std::vector<std::string> heading =
      session_heading(*recorded.authority, *recorded.session, recorded.members);
  const std::vector<std::string> seed = seed_paragraphs();
  ASSERT_GE(seed.size(), heading.size());
  ASSERT_EQ(heading.size(), 10U);
  for (std::size_t i = 0; i < heading.size(); ++i)
    EXPECT_EQ(heading[i], seed[i]) << "paragraph " << i;
  const std::vector<std::string> item =
      agenda_item_heading(*recorded.authority, *recorded.session, recorded.session->agenda.front());
  ASSERT_EQ(item.size(), 3U);
  EXPECT_EQ(item[0], seed[10]);
  EXPECT_EQ(item[1], seed[11]);
  EXPECT_EQ(item[2], seed[12]);
}

TEST(ReferenceSession, RecusalSentencesDifferOnlyWhereThePrintIsWrong) {
  const SessionBundle recorded = bundle();
  const Session& session = *recorded.session;
  const std::vector<Recusal> recusals =
      effective_recusals(session, session.agenda.front().report, {});
  const std::vector<std::string> sentences = recusal_sentences(session, recusals, recorded.members);
  ASSERT_EQ(sentences.size(), 3U);
  // Printed: "Mesdames Carole DUBOIS, Mireille HINGREZ-CEREDA ainsi que ... André KUCHCINSKI":
  // the register spells the names as the attendance list does, and two names take "et".
  EXPECT_EQ(sentences[0],
            "Mesdames Carole DUBOIS et Mireille HINGREZ-CÉRÉDA ainsi que Messieurs Daniel "
            "MACIEJASZ, Laurent DUPORGE et André KUHCINSKI, intéressés à l'affaire, n'ont pris "
            "part ni au débat, ni au vote.");
  // Printed "et excusés": the attendance list has them absent.
  EXPECT_EQ(sentences[1],
            "Mesdames Blandine DRAIN et Fatima AIT-CHIKHEBBIH ainsi que Monsieur Bruno COUSEIN, "
            "intéressés à l'affaire et absents, n'ont pas donné de délégation de vote pour ce "
            "rapport.");
  // Word for word.
  const std::vector<std::string> seed = seed_paragraphs();
  EXPECT_NE(std::find(seed.begin(), seed.end(), sentences[2]), seed.end()) << sentences[2];
  EXPECT_EQ(sentences[2],
            "Monsieur Jean-Louis COTTIGNY, intéressé à l'affaire et invité sans voix "
            "délibérative, n'a pas pris part au débat.");
}

TEST(ReferenceSession, VoteParagraphRegeneratesAndIsFlaggedWhereItExceedsTheVoters) {
  const SessionBundle recorded = bundle();
  const Session& session = *recorded.session;
  const AgendaItem& item = session.agenda.front();
  const std::vector<std::string> seed = seed_paragraphs();
  ASSERT_TRUE(item.vote.has_value());
  EXPECT_NE(std::find(seed.begin(), seed.end(), vote_sentence(*item.vote)), seed.end())
      << vote_sentence(*item.vote);
  EXPECT_EQ(outcome_text(item), "(Adopté)");

  const SessionReport report = analyse_session(session, recorded.members, {}, {});
  ASSERT_EQ(report.items.size(), 1U);
  const AgendaItemReport& analysed = report.items.front();
  EXPECT_EQ(analysed.roll.in_office, 44);
  EXPECT_EQ(analysed.roll.present, 38);
  EXPECT_EQ(analysed.roll.recused_present.size(), 5U);
  EXPECT_EQ(analysed.roll.proxies.size(), 3U);  // the three excused, holders not named
  EXPECT_EQ(analysed.roll.absent_without_proxy.size(), 3U);
  EXPECT_EQ(analysed.roll.able, 36);
  EXPECT_TRUE(analysed.quorum.met);
  EXPECT_EQ(analysed.quorum.required, 23);
  // 36 + 0 + 5 = 41 > 36: the total, and only the total, is flagged.
  ASSERT_EQ(analysed.problems.size(), 1U);
  EXPECT_EQ(analysed.problems.front().field, "total");
  EXPECT_NE(analysed.problems.front().message.find("41 voix"), std::string::npos);
  EXPECT_NE(analysed.problems.front().message.find("36 élus au plus"), std::string::npos);
  EXPECT_TRUE(report.register_problems.empty());
}

TEST(ReferenceSession, AnInterestInAFundedOrganisationRecusesTheMember) {
  const SessionBundle recorded = bundle();
  Session session = *recorded.session;
  const std::vector<FundedOrganisation> funded = funded_organisations(reference());
  ASSERT_FALSE(funded.empty());
  // Valérie CUVILLIER, present and not recused, registers a seat on the board
  // of an organisation the report funds: named as the programme spells it,
  // in other capitals and without accents.
  const FundedOrganisation& organisation = funded.front();
  std::string other_spelling = organisation.name;
  for (char& c : other_spelling) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  Interest interest{.id = 1,
                    .member = MemberId("cuvillier-valerie"),
                    .organisation = std::nullopt,
                    .organisation_name = other_spelling,
                    .siret = std::nullopt,
                    .role = "membre du conseil d'administration",
                    .start = Date::create(2022, 1, 1).value()};
  const std::vector<RequiredRecusal> required = required_recusals({interest}, funded, session.date);
  ASSERT_EQ(required.size(), 1U);
  EXPECT_EQ(required.front().member, MemberId("cuvillier-valerie"));
  EXPECT_EQ(required.front().organisation.id, organisation.id);
  // An interest that ended before the sitting recuses no one.
  Interest ended = interest;
  ended.end = Date::create(2023, 9, 17).value();
  EXPECT_TRUE(required_recusals({ended}, funded, session.date).empty());

  const std::vector<Recusal> recusals =
      effective_recusals(session, session.agenda.front().report, required);
  EXPECT_EQ(recusals.size(), 10U);  // the 9 declared, then her
  EXPECT_EQ(recusals.back().member, MemberId("cuvillier-valerie"));
  const VotingRoll roll = voting_roll(session, 1, recusals);
  EXPECT_EQ(roll.able, 35);
  // A correct record counting her (36 for, as many as could vote without her recusal) is refused.
  Vote counting_her{.for_votes = {36, {}},
                    .against_votes = {0, {}},
                    .abstain_votes = {0, {}},
                    .absent_without_proxy = {3, {}}};
  const std::vector<VoteProblem> problems =
      vote_problems(counting_her, roll, quorum_at(session, 1));
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front().field, "total");
  Vote without_her = counting_her;
  without_her.for_votes.count = 35;
  EXPECT_TRUE(vote_problems(without_her, roll, quorum_at(session, 1)).empty());
  // Her name is on the report's recusal sentence.
  const std::vector<std::string> sentences = recusal_sentences(session, recusals, recorded.members);
  EXPECT_NE(sentences.front().find("Valérie CUVILLIER"), std::string::npos) << sentences.front();
}

}  // namespace
}  // namespace octroi
