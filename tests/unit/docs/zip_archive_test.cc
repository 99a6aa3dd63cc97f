// ZipArchive: round trip, ODF's stored mimetype first, and hostile archives.
#include "docs/zip_archive.h"

#include <gtest/gtest.h>

namespace octroi::docs {
namespace {

TEST(ZipArchiveTest, RoundTripKeepsEntriesAndPutsMimetypeFirst) {
  ZipArchive archive;
  archive.add("content.xml", "<a/>");
  archive.add("mimetype", "application/vnd.oasis.opendocument.text");
  Result<std::string> bytes = archive.write();
  ASSERT_TRUE(bytes.ok());
  // ODF: the first local header names "mimetype", stored (method 0).
  EXPECT_EQ(bytes->substr(30, 8), "mimetype");
  EXPECT_EQ(static_cast<int>((*bytes)[8]), 0);
  Result<ZipArchive> back = ZipArchive::read(*bytes, "a.odt");
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->entries().size(), 2u);
  EXPECT_EQ(back->entries()[0].name, "mimetype");
  EXPECT_EQ(back->find("content.xml")->contents, "<a/>");
}

TEST(ZipArchiveTest, RefusesAnEntryThatInflatesBeyondTheLimit) {
  ZipArchive archive;
  archive.add("word/document.xml", std::string(100000, 'a'));  // compresses to ~100 bytes
  Result<std::string> bytes = archive.write();
  ASSERT_TRUE(bytes.ok());
  EXPECT_LT(bytes->size(), 2000u);
  ZipLimits limits;
  limits.max_entry_size = 10000;
  Result<ZipArchive> read = ZipArchive::read(*bytes, "bombe.docx", limits);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), ErrorCode::kArchiveInvalid);
  EXPECT_NE(read.error().message().find("bombe.docx"), std::string::npos);
  EXPECT_NE(read.error().message().find("trop grande"), std::string::npos);
}

TEST(ZipArchiveTest, RefusesPathTraversalInAnEntryName) {
  ZipArchive archive;
  archive.add("../../etc/evil.xml", "<a/>");
  Result<std::string> bytes = archive.write();
  ASSERT_TRUE(bytes.ok());
  Result<ZipArchive> read = ZipArchive::read(*bytes, "piege.odt");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), ErrorCode::kArchiveInvalid);
  EXPECT_NE(read.error().message().find("../../etc/evil.xml"), std::string::npos);
}

TEST(ZipArchiveTest, SafeEntryNames) {
  EXPECT_TRUE(is_safe_entry_name("word/document.xml"));
  EXPECT_TRUE(is_safe_entry_name("a..b/c.xml"));
  EXPECT_FALSE(is_safe_entry_name("/etc/passwd"));
  EXPECT_FALSE(is_safe_entry_name("a/../../b"));
  EXPECT_FALSE(is_safe_entry_name(".."));
  EXPECT_FALSE(is_safe_entry_name("C:\\x"));
  EXPECT_FALSE(is_safe_entry_name("a\\..\\b"));
  EXPECT_FALSE(is_safe_entry_name(""));
}

TEST(ZipArchiveTest, RefusesBytesThatAreNotAZip) {
  Result<ZipArchive> read = ZipArchive::read("PK\x03\x04 broken", "casse.docx");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), ErrorCode::kArchiveInvalid);
}

}  // namespace
}  // namespace octroi::docs
