// The parallel validator against the streaming one (differential): on
// generated files of every shape — errors of each kind, quoted separators,
// quoted line ends (also where the file is split in two), doubled quotes,
// text after a closing quote, CRLF, CR, BOM, ';', Windows-1252, the SCDL 1.x
// header, empty lines, no final line end, an unclosed quote — both give the
// same findings (to_string, value, record), in the same order, the same
// summary, or the same error. Each file is read with several window sizes
// (rows cut anywhere, rows longer than the window), split or not, with AVX2
// and with SSE2.
#include "opendata/scdl_subventions_fast_validator.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "opendata/scdl_subventions.h"
#include "scdl_test_rows.h"

namespace octroi {
namespace {

using testing_scdl::kHeader;
using testing_scdl::row;

// What a validation gives, as text: comparable at once.
struct Outcome {
  std::vector<std::string> findings;
  std::string summary;
  bool operator==(const Outcome&) const = default;
};

std::string describe(const ScdlFinding& finding) {
  return finding.to_string() + " | value=" + finding.value +
         " | record=" + std::to_string(finding.record) + (finding.old_format ? " | old" : "") +
         " | field=" + finding.location.field +
         " | column=" + std::to_string(finding.location.column);
}

std::string describe(const Result<ScdlValidationSummary>& result) {
  if (!result.ok()) return "error: " + result.error().to_string();
  const ScdlValidationSummary& s = *result;
  std::string text =
      "rows=" + std::to_string(s.rows) + " valid=" + std::to_string(s.valid_rows) +
      " invalid=" + std::to_string(s.invalid_rows) + " findings=" + std::to_string(s.findings) +
      " old=" + std::to_string(s.old_format_findings) + " bytes=" + std::to_string(s.bytes) +
      " separator=" + s.separator + " encoding=" + std::to_string(static_cast<int>(s.encoding)) +
      " old_header=" + std::to_string(s.old_header) + " total=" + std::to_string(s.total.cents()) +
      " by_field=";
  for (std::int64_t count : s.findings_by_field) text += std::to_string(count) + ",";
  return text;
}

class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& text) {
    static int counter = 0;
    path_ = ::testing::TempDir() + "octroi_fast_" + std::to_string(::getpid()) + "_" +
            std::to_string(counter++) + ".csv";
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TemporaryFile() { std::remove(path_.c_str()); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Outcome streaming(const std::string& path) {
  Outcome outcome;
  auto reader = CsvReader::open(path);
  if (!reader.ok()) {
    outcome.summary = "error: " + reader.error().to_string();
    return outcome;
  }
  auto summary = validate_scdl_subventions(
      **reader, [&](const ScdlFinding& finding) { outcome.findings.push_back(describe(finding)); });
  outcome.summary = describe(summary);
  return outcome;
}

Outcome fast(const std::string& path, const ScdlFastValidationOptions& options) {
  Outcome outcome;
  auto summary = validate_scdl_subventions_file(
      path, [&](const ScdlFinding& finding) { outcome.findings.push_back(describe(finding)); },
      options);
  outcome.summary = describe(summary);
  return outcome;
}

std::vector<ScdlFastValidationOptions> option_sets() {
  std::vector<ScdlFastValidationOptions> sets;
  sets.emplace_back();  // as the command line runs it (small files: one thread)
  for (std::size_t window : {64, 100, 257, 4096}) {
    for (bool avx2 : {true, false}) {
      ScdlFastValidationOptions options;
      options.window_size = window;
      options.split_minimum = 0;
      options.avx2 = avx2;
      options.map_file = avx2;                            // mapped windows, and read ones
      options.findings_in_memory = window == 64 ? 0 : 3;  // the others spilled
      sets.push_back(options);
    }
  }
  ScdlFastValidationOptions alone;
  alone.window_size = 128;
  alone.split = false;
  alone.map_file = false;
  sets.push_back(alone);
  return sets;
}

// The streaming validator's outcome, and the same from every option set.
void expect_same(const std::string& text, const std::string& name) {
  TemporaryFile file(text);
  const Outcome expected = streaming(file.path());
  for (const ScdlFastValidationOptions& options : option_sets()) {
    const Outcome got = fast(file.path(), options);
    EXPECT_EQ(got.summary, expected.summary)
        << name << " (window " << options.window_size << ", avx2 " << options.avx2 << ")";
    EXPECT_EQ(got.findings, expected.findings)
        << name << " (window " << options.window_size << ", avx2 " << options.avx2 << ")";
  }
}

// A deterministic generator (no dependence on the standard library's).
class Rows {
 public:
  explicit Rows(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

  // A row like bench/opendata/generate.py's, with one of its mistakes or of
  // the CSV oddities when `odd` (kinds 1..22).
  std::string make(std::size_t kind, const std::string& line_end, char separator = ',') {
    static const std::vector<std::string> objects = {
        "accompagnement spécifique", "\"soutien au fonctionnement, année 2023\"",
        "\"organisation du festival « Été en fête »\"", "230 places d'accompagnement"};
    std::vector<std::string> fields = {
        "Département du Pas-de-Calais",
        "22620001200012",
        "2023-06-27",
        "2023-405",
        "Le Cheval Bleu",
        "48054398200023",
        below(3) == 0 ? "W380475558" : "",
        objects[below(objects.size())],
        std::to_string(23001 + below(900000)) + "." + std::to_string(10 + below(90)),
        "aide en numéraire",
        "échelonné",
        "2023-09-01/2024-08-31",
        "",
        "non",
        "1.00",
        ""};
    switch (kind) {
      case 1:
        fields[5] = "48054398200024";
        break;
      case 2:
        fields[5] = "4,80544E+13";
        break;
      case 3:
        fields[2] = "2023-02-30";
        break;
      case 4:
        fields[8] = "\"115 000,00\"";
        break;
      case 5:
        fields[14] = "45";
        break;
      case 6:
        fields[9] = "subvention";
        break;
      case 7:
        fields[7] = "";
        break;
      case 8:
        fields[11] = "2023-01-01_2023-12-31";
        break;
      case 9:
        fields[7] = "\"sur deux" + line_end + "lignes, avec virgule\"";
        break;
      case 10:
        fields[7] = "\"des \"\"guillemets\"\" doublés\"";
        break;
      case 11:
        fields[7] = "\"fermé\" puis du texte";
        break;
      case 12:
        fields[4] = "Caf\xE9 des sports";
        break;  // Windows-1252
      case 13:
        fields.pop_back();
        break;
      case 14:
        fields.push_back("de trop");
        break;
      case 15:
        fields[4] = "un \" au milieu";
        break;
      case 16:
        fields[7] = "\"\"";
        break;
      case 17:
        fields[5] = "";
        fields[6] = "";
        break;
      case 18:
        fields[8] = "999999999999999.99";
        break;
      case 19:
        fields[7] = "\"" + std::string(300, 'x') + "\"";
        break;
      case 20:
        fields[4] = "\"\xC3\"";
        break;  // a cut UTF-8 sequence, quoted
      case 21:
        fields[7] = "\"guillemet seul";
        break;  // runs on to the next quote
      case 22:
        fields[13] = "\xE2\x82\xAC";
        break;
      default:
        break;
    }
    std::string text;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) text += separator;
      text += fields[i];
    }
    return text + line_end;
  }

 private:
  std::uint64_t state_;
};

std::string header(char separator) {
  std::string text = kHeader;
  for (char& c : text) {
    if (c == ',') c = separator;
  }
  return text;
}

// `rows` rows, a share `odd_percent` of them odd or wrong.
std::string generated(std::uint64_t seed, std::size_t rows, std::size_t odd_percent,
                      const std::string& line_end = "\n", char separator = ',',
                      std::size_t max_kind = 22) {
  Rows generator(seed);
  std::string text = header(separator);
  if (line_end != "\n") text = text.substr(0, text.size() - 1) + line_end;
  for (std::size_t i = 0; i < rows; ++i) {
    const bool odd = generator.below(100) < odd_percent;
    std::size_t kind = odd ? 1 + generator.below(max_kind) : 0;
    if (separator == ';' && kind == 4) kind = 0;  // "115 000,00" would be valid there
    text += generator.make(kind, line_end, separator);
  }
  return text;
}

TEST(ScdlFastValidatorTest, GeneratedFilesLikeTheBenchmark) {
  expect_same(generated(11, 400, 2, "\r\n", ',', 8), "bench shape, CRLF");
  expect_same(generated(12, 400, 0, "\n"), "valid, LF");
}

TEST(ScdlFastValidatorTest, EveryKindOfOddRow) {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    expect_same(generated(seed, 150, 30, "\n"), "LF, seed " + std::to_string(seed));
    expect_same(generated(seed, 150, 30, "\r\n"), "CRLF, seed " + std::to_string(seed));
    expect_same(generated(seed, 150, 30, "\r"), "CR, seed " + std::to_string(seed));
  }
}

TEST(ScdlFastValidatorTest, ErrorsOnEveryRow) {
  expect_same(generated(21, 300, 100, "\n"), "every row wrong");
  expect_same(generated(22, 300, 100, "\r\n", ',', 8), "every row wrong, bench kinds");
}

TEST(ScdlFastValidatorTest, QuotedLineEndsAroundTheSplit) {
  // Every row holds a quoted line end: the line end after the middle, where
  // the second thread would start, is most likely inside quotes.
  Rows generator(5);
  std::string text = kHeader;
  for (int i = 0; i < 200; ++i) text += generator.make(9, i % 2 == 0 ? "\n" : "\r\n");
  expect_same(text, "quoted line ends everywhere");
  // Long quoted line ends around the middle only.
  std::string middle = kHeader;
  for (int i = 0; i < 100; ++i) middle += row();
  middle += row(7, "\"" + std::string(500, '\n') + "\"");
  for (int i = 0; i < 100; ++i) middle += row(i % 7 == 0 ? 2 : 99, "2023-13-01");
  expect_same(middle, "quoted line ends in the middle");
}

TEST(ScdlFastValidatorTest, ByteOrderMarkSemicolonWindows1252) {
  expect_same("\xEF\xBB\xBF" + generated(31, 120, 10), "BOM");
  expect_same(generated(32, 120, 10, "\r\n", ';'), "semicolon");
  expect_same(generated(33, 120, 10, "\n", ';'), "semicolon, LF");
  std::string windows = kHeader;
  for (int i = 0; i < 60; ++i) windows += row(4, i % 20 == 7 ? "Caf\xE9" : "Caf\xC3\xA9");
  expect_same(windows, "Windows-1252 in both halves");
  expect_same("nomAttribuant,idAttribuant\xE9\n" + row(), "Windows-1252 in the header");
}

TEST(ScdlFastValidatorTest, OldHeaderAndOtherHeaders) {
  const std::string old =
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
      "idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
      "notificationUE,pourcentageSubvention\n";
  std::string text = old;
  for (int i = 0; i < 50; ++i) {
    text +=
        "Département,22620001200012,2023-06-27,2023-405,Le Cheval Bleu,48054398200023,objet,"
        "115000.00,aide en numéraire,unique," +
        std::string(i % 3 == 0 ? "2023-01-01_2023-12-31" : "2023-01-01/2023-12-31") +
        ",,non,1.00\n";
  }
  expect_same(text, "SCDL 1.x");
  std::string shuffled =
      "idAttribuant,nomAttribuant,montant,inconnue,objet\n22620001200012,Département,12.5,x,o\n";
  for (int i = 0; i < 40; ++i) shuffled += "22620001200012,Dép,1" + std::to_string(i) + ",x,o\n";
  expect_same(shuffled, "columns out of order");
}

TEST(ScdlFastValidatorTest, SmallAndEdgeFiles) {
  expect_same("", "empty");
  expect_same("\n\n\r\n", "empty lines only");
  expect_same(kHeader, "header only");
  expect_same(kHeader.substr(0, kHeader.size() - 1), "header without line end");
  expect_same(kHeader + row(), "one row");
  std::string last = kHeader + row() + row(3, "x");
  expect_same(last.substr(0, last.size() - 1), "no final line end");
  expect_same(kHeader + row() + "\n\n" + row() + "\r\n\r\n" + row(), "empty lines");
  expect_same(kHeader + row() + row(7, "\"jamais fermé"), "unclosed quote at the end");
  expect_same(kHeader + row() + "\"" + std::string(2000, 'a'), "unclosed quote, long");
  expect_same(kHeader + row() + row().substr(0, 40) + "\r", "CR at the very end");
  std::string amounts = kHeader;
  for (int i = 0; i < 200; ++i) amounts += row(8, "999999999999999.99");
  expect_same(amounts, "total overflows");
}

TEST(ScdlFastValidatorTest, RandomBytesInRows) {
  Rows generator(77);
  const std::string alphabet = std::string(",;\"\r\n ab1.-/W") + "\xC3\xA9\xE9\x80";
  for (int file = 0; file < 30; ++file) {
    std::string text = kHeader;
    for (int i = 0; i < 40; ++i) {
      std::string line = generator.make(generator.below(3) == 0 ? generator.below(23) : 0, "\n");
      const std::size_t changes = generator.below(4);
      for (std::size_t c = 0; c < changes; ++c) {
        line[generator.below(line.size())] = alphabet[generator.below(alphabet.size())];
      }
      text += line;
    }
    expect_same(text, "random bytes " + std::to_string(file));
  }
}

TEST(ScdlFastValidatorTest, PipeIsReadByTheStreamingValidator) {
  const std::string text = generated(41, 40, 20);
  std::array<int, 2> ends{};
  ASSERT_EQ(::pipe(ends.data()), 0);
  std::thread writer([&] {
    std::size_t written = 0;
    while (written < text.size()) {
      const ssize_t count = ::write(ends[1], text.data() + written, text.size() - written);
      if (count <= 0) break;
      written += static_cast<std::size_t>(count);
    }
    ::close(ends[1]);
  });
  const std::string path = "/proc/self/fd/" + std::to_string(ends[0]);
  const Outcome got = fast(path, {});
  writer.join();
  ::close(ends[0]);
  Outcome expected;
  CsvReader reader(std::make_unique<StringByteSource>(text), path);
  expected.summary = describe(validate_scdl_subventions(
      reader, [&](const ScdlFinding& finding) { expected.findings.push_back(describe(finding)); }));
  EXPECT_EQ(got, expected);
  EXPECT_FALSE(expected.findings.empty());
}

// The quick look never accepts what check_scdl_value refuses, and accepts
// the common valid forms (else the fast path would be no faster).
TEST(ScdlFastValidatorTest, PlainlyValidOnlyWhenValid) {
  const std::vector<std::string> seeds = {"",
                                          " ",
                                          "x",
                                          " x",
                                          "22620001200012",
                                          "48054398200023",
                                          "48054398200024",
                                          "4,80544E+13",
                                          "W380475558",
                                          "W38047555",
                                          "2023-06-27",
                                          "2023-02-29",
                                          "2024-02-29",
                                          "2023-02-30",
                                          "0000-01-01",
                                          "2023-13-01",
                                          "115000.00",
                                          "115000.001",
                                          "1234567890123456",
                                          "-5",
                                          "aide en numéraire",
                                          "aide en nature;aide en numéraire",
                                          "subvention",
                                          "2023-09-01/2024-08-31",
                                          "2024-09-01/2023-08-31",
                                          "2023-01-01_2023-12-31",
                                          "oui",
                                          "non",
                                          "1.00",
                                          "1",
                                          "0.45",
                                          "0.00",
                                          "0.01",
                                          "1.01",
                                          "0.4",
                                          "45",
                                          "12345",
                                          "123456",
                                          std::string(256, 'a'),
                                          std::string(257, 'a'),
                                          "Ã©tÃ©"};
  Rows generator(3);
  std::vector<std::string> values = seeds;
  for (const std::string& seed : seeds) {
    for (int i = 0; i < 20 && !seed.empty(); ++i) {
      std::string mutated = seed;
      mutated[generator.below(mutated.size())] = "0123456789-./ W,"[generator.below(16)];
      values.push_back(mutated);
    }
  }
  std::size_t accepted = 0;
  for (std::size_t f = 0; f < kScdlSubventionFieldCount; ++f) {
    const auto field = static_cast<ScdlSubventionField>(f);
    for (const std::string& value : values) {
      if (!scdl_value_plainly_valid(field, value)) continue;
      ++accepted;
      EXPECT_FALSE(check_scdl_value(field, value).has_value())
          << kScdlSubventionFields[f] << " « " << value << " »";
    }
  }
  EXPECT_GT(accepted, values.size());
  EXPECT_TRUE(scdl_value_plainly_valid(ScdlSubventionField::kIdBeneficiaire, "48054398200023"));
  // Every 14 digits with a Luhn key are accepted, no other 14 digits are.
  for (int i = 0; i < 2000; ++i) {
    std::string digits;
    for (int d = 0; d < 14; ++d) digits += static_cast<char>('0' + generator.below(10));
    int sum = 0;
    for (int d = 13; d >= 0; --d) {
      int digit = digits[static_cast<std::size_t>(d)] - '0';
      if ((13 - d) % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    EXPECT_EQ(scdl_value_plainly_valid(ScdlSubventionField::kIdAttribuant, digits), sum % 10 == 0)
        << digits;
  }
  EXPECT_TRUE(scdl_value_plainly_valid(ScdlSubventionField::kDatesPeriodeVersement,
                                       "2023-09-01/2024-08-31"));
  EXPECT_TRUE(scdl_value_plainly_valid(ScdlSubventionField::kPourcentageSubvention, "0.45"));
}

TEST(ScdlFastValidatorTest, MissingFileIsTheSameError) {
  const Outcome expected = streaming("/nonexistent/s.csv");
  EXPECT_EQ(fast("/nonexistent/s.csv", {}).summary, expected.summary);
  EXPECT_NE(expected.summary.find("error"), std::string::npos);
}

}  // namespace
}  // namespace octroi
