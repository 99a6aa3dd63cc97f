#include "base/utf8.h"

#include <gtest/gtest.h>

namespace octroi {
namespace {

TEST(Utf8Test, AcceptsFrenchTextAndEveryPlane) {
  EXPECT_TRUE(is_valid_utf8("été €, « 1 614 364,36 € »"));
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last one
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(Utf8Test, RefusesWhatRfc3629Forbids) {
  EXPECT_FALSE(is_valid_utf8("\xE9t\xE9"));         // Windows-1252
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong two bytes
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong three bytes
  EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong four bytes
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));          // cut short
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation
}

TEST(Utf8Test, NamesTheFirstBadByte) {
  EXPECT_EQ(first_invalid_utf8("80 382,40 \xE2\x82\xAC"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("80 382,40 \xED\xA2\xAC"), 10u);
  EXPECT_EQ(utf8_sequence_length("€", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("€", 1), 0u);
  EXPECT_EQ(utf8_sequence_length("€", 3), 0u);
}

TEST(Utf8Test, ReplacesEachBadByteForQuoting) {
  EXPECT_EQ(valid_utf8("a\xE9z"), "a\xEF\xBF\xBDz");
  EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(valid_utf8("déjà"), "déjà");
}

}  // namespace
}  // namespace octroi
