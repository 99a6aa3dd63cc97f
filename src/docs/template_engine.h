// TemplateEngine: fills ODT and DOCX templates (a zip of XML parts, read with
// libzip and pugixml) with TemplateData. The template language, written in
// the document by staff in LibreOffice or Word (docs/documents.md):
//   {{organisation.name}}                 a text, escaped for XML
//   {{#if name}} … {{else}} … {{/if}}     kept when the text is not empty or
//                                         the list not empty
//   {{#each awards}} … {{/each}}          repeated for every record of a list
// A block is expanded at the smallest level that holds it: inside one
// paragraph (inline; its text takes the style of its first run), over whole
// paragraphs (each tag alone in its paragraph), or over table rows (the tags
// in two cells: the rows from the opening one to the closing one are
// repeated, like a row of Annex 4).
// Word processors split a placeholder over several runs (<w:r>, <text:span>)
// when its halves are styled differently or edited twice: each paragraph is
// first normalised by moving the whole text of a placeholder into the run
// where it starts. Errors name the template, the part and the placeholder.
// Pure: no I/O. Not thread-safe per call object; free functions are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "docs/template_data.h"

namespace octroi::docs {

enum class TemplateDialect {
  kOdt,   // OpenDocument text: <text:p>, <text:span>, <table:table-row>
  kDocx,  // Office Open XML: <w:p>, <w:r><w:t>, <w:tr>
};

struct TemplateLimits {
  std::size_t max_xml_size = std::size_t{32} << 20;  // one XML part, in bytes
  std::size_t max_copies = 200000;                   // nodes copied by every loop together
  int max_depth = 200;                               // element nesting and block nesting
};

// Fills one XML part (content.xml, word/document.xml...). `where` names it
// in errors: "modèle « agreement.odt », partie content.xml".
// kArchiveInvalid for XML that does not parse or is too deep or too big;
// kTemplateSyntax for an unclosed placeholder or block, a stray or
// mismatched closing tag, a block tag that is neither inline, alone in its
// paragraph, nor in a table cell; kTemplateUnknownName for a name that is
// not in `data` (or a list used as a text, a text used as a list).
Result<std::string> fill_xml(std::string_view xml, TemplateDialect dialect, std::string_view where,
                             const TemplateData& data, const TemplateLimits& limits = {});

// Fills every text part of an ODT (content.xml, styles.xml) or DOCX
// (word/document.xml, headers, footers, footnotes) template and returns the new
// archive; the other entries are copied unchanged. The dialect is told by the
// entries. `template_name` names the template in errors ("agreement.docx").
Result<std::string> fill_template(std::string_view archive_bytes, std::string_view template_name,
                                  const TemplateData& data, const TemplateLimits& limits = {});

}  // namespace octroi::docs
