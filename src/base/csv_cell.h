// One cell of a CSV file that staff open in a spreadsheet (';'-separated, as
// French spreadsheets expect): quoted when it holds the separator, a quote, a
// line break, or spaces at either end; and neutralised against formula
// injection (OWASP « CSV injection »): a cell that starts with '=', '+', '-',
// '@', a tab or a carriage return and is not a plain number ("-1234,50") gets
// a leading apostrophe, so that LibreOffice or Excel shows the text an
// organisation typed (« =HYPERLINK(…) ») instead of running it. The annex
// table reader takes the apostrophe off again (csv_cell_text), so an exported
// annex imports back to the same values.
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace octroi {

std::string csv_cell(std::string_view text, char separator = ';');

// The text of a cell csv_cell neutralised ("'=1+1" -> "=1+1"); any other
// text as it is.
std::string_view csv_cell_text(std::string_view cell);

}  // namespace octroi
