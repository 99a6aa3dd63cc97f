// The deliberation text reader: builds a programme from the plain text of a
// deliberation (the reference is deliberation-cp-2023-09-18-n2023-405.txt), as
// delivered, without a hand-written dataset. It reads
//   - the identity at the top: authority, deliberative body, session date,
//     title, deliberation number (and the report number when printed);
//   - the financial annex ("Annexe N: ... REPARTITION FINANCIERE ..."): a
//     table of tab-separated lines whose columns shift from row to row. Theme
//     headings ("1. Accompagnement ..."), column headers, operation cells
//     ("Opération 2 : ..."), award rows, "Sous total" / "TOTAL" / bare-amount
//     rows (declared totals, never awards). Blank operation and territory cells
//     are carried down from the rows above.
//   - the declared facts printed in the prose (prose_readers.h): the session
//     (chair, secretary, attendance lists and members, the statements of
//     members "intéressés à l'affaire", the vote), the deliberation's articles
//     (funding decisions, signature authorisations, the budget imputation and
//     its table), the description annexes (each operation's printed title and
//     the maximum duration stated, and the lists of organisations with their
//     territory and amount, "- L'APSA sur le territoire de ... pour un total
//     de 65 000 €", as statements about one row, and the other sentences
//     naming organisations of an operation's rows: "- Audomarois : MIPE …",
//     "il est proposé de financer A et B pour …", "A a déposé une demande de
//     subvention …"), the annexed amendments (agreement, organisation, unit
//     costs, splits, maximum amounts), and the report (number, proposed
//     decisions, budget table).
// Nothing is dropped silently: every line of the annex area is either imported
// (row, total), recognised (title, heading, column header, blank) or listed in
// `unparsed` with its line number and the reason, in French; so is a prose line
// that looks like one of the facts above but cannot be read. Declared totals
// that differ from the rows they cover are listed in `mismatches`.
// Not read from the prose (left empty): the other statements (sentences
// stating counts, amounts, territories and quantities of a whole operation or
// theme), the amendments' other clauses (periods, places, advances, budget
// lines, reviews), the travel agreement, the recitals, the operations' budget
// lines and funding rules. docs/import.md describes what it recognises.
// Thread safety: the functions share no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/programme_dataset.h"

namespace octroi {

// How a line of the annex area was read.
enum class AnnexLineKind {
  kTitle,         // the annex heading "Annexe 4: ... REPARTITION FINANCIERE ..."
  kBlank,         // empty, or only tabs and spaces
  kThemeHeading,  // "1. Accompagnement des bénéficiaires du RSA : ..."
  kColumns,       // "OPERATION  STRUCTURE  DESCRIPTION ...  MONTANT RETENU ..."
  kAward,         // an award row (ligne de répartition)
  kTotal,         // a declared total: "Sous total", "TOTAL", or an amount alone
  kUnparsed,      // none of the above: listed in `unparsed`
};

// A line the reader could not read, with why (French).
struct UnparsedLine {
  int line = 0;  // 1-based line of the text (or of a table)
  std::string text{};
  std::string reason{};
  std::string where{};  // a spreadsheet's cell ("Feuille1!B12"); empty: `line` says where
};

// A declared total that differs from the sum of the rows it covers.
struct TotalMismatch {
  std::string total_id{};  // "t2-o3-total"
  int line = 0;
  Amount declared{};
  Amount computed{};
};

// A value printed in a row that does not parse (an impossible date): the row
// is imported with the printed text flagged unparseable, and listed here.
struct UnreadableValue {
  int line = 0;
  std::string text{};
  std::string reason{};
};

// An article of the deliberation that states a theme's total ("Article 1 :
// De valider le financement des 7 opérations de la thématique 1 ... pour un
// montant total de 783 128,51 €").
struct ArticleTotal {
  int article = 0;
  int theme = 0;
  Printed<Amount> amount{};  // line: the paragraph's line
};

// An attendance list at the top of the deliberation ("Étaient présents : M. A,
// Mme B"): its status key (present, excused, absent, attending_non_voting,
// excused_non_voting, as in session.yaml) and the names as printed.
struct AttendanceLine {
  std::string status{};
  int line = 0;
  std::vector<std::string> names{};
};

struct DeliberationTextImport {
  ProgrammeDataset dataset{};
  int annex_from_line = 0;  // the annex area, 1-based, both included
  int annex_to_line = 0;
  std::vector<AnnexLineKind> kinds{};  // one per line of the annex area, in order
  std::vector<UnparsedLine> unparsed{};
  std::vector<TotalMismatch> mismatches{};
  std::vector<UnreadableValue> unreadable{};
  // Read from the deliberation above the annex, as printed (the dataset's
  // session and deliberation hold them as declared facts). A theme total
  // stated by an article that differs from the sum of the theme's rows is
  // listed in `mismatches` with total_id "article-N".
  std::vector<ArticleTotal> article_totals{};
  std::vector<AttendanceLine> attendance{};
};

// The file name every stored deliberation text has in a DatasetSource, so
// that the same text under another name has the same digest.
inline constexpr std::string_view kDeliberationTextFile = "deliberation.txt";

// "deliberation-cp-2023-09-18-n2023-405.txt" -> "deliberation-cp-2023-09-18-n2023-405";
// "CP 18 sept. 2023.txt" -> "cp-18-sept-2023": without a ".txt", ".csv" or
// ".xlsx" extension;
// kept as is when already a valid id (a stored copy is named by its
// programme id), else lower-case ASCII, accents removed, every other
// character a hyphen; "deliberation" when nothing is left.
std::string programme_id_from_file_name(std::string_view file_name);

// Reads a deliberation text. `programme_id` names the programme (see
// programme_id_from_file_name); `file_name` is used in messages and in the
// programme's source document. Errors (the whole text is refused), each
// naming the file and line: not UTF-8 text or a NUL byte (kInvalidValue); no
// financial annex table (kMissingField); no title or deliberation number, or a
// programme the domain refuses (kMissingField / kInvalidValue).
Result<DeliberationTextImport> read_deliberation_text(std::string_view programme_id,
                                                      std::string_view file_name,
                                                      std::string_view content);

}  // namespace octroi
