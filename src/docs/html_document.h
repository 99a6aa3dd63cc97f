// HtmlDocument: the documents as one self-contained HTML page for the
// browser, in French, with a print stylesheet (A4, margins, table headers
// repeated on each page, no page break inside a row). Built from the same
// TemplateData as the ODT and DOCX templates, so the figures are the same.
#pragma once

#include <string>
#include <string_view>

#include "docs/template_data.h"

namespace octroi::docs {

std::string agreement_html(const TemplateData& data);
std::string amendment_html(const TemplateData& data);
std::string annex_html(const TemplateData& data);
std::string report_html(const TemplateData& data);
std::string budget_html(const TemplateData& data);
std::string deliberation_html(const TemplateData& data);
std::string travel_agreement_html(const TemplateData& data);

// A whole page: its title, the print stylesheet, `body` (already HTML).
std::string html_page(const std::string& title, const std::string& body);

// "&lt;" for "<" and so on: text safe inside an element or a quoted attribute.
std::string escape_html(std::string_view text);

}  // namespace octroi::docs
