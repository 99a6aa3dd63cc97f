// Documents: what a département signs, produced from a programme and the
// templates staff edit (data/templates/, docs/documents.md): the deliberation, the standard
// agreement and the amendment of each organisation, the travel-costs
// agreement (annex 7), Annex 4 (also as XLSX with formulas), the report's
// budget table, as ODT, DOCX, XLSX, HTML (with a print stylesheet) or PDF
// (LibreOffice headless). The one entry point of the CLI (`octroi docs`)
// and the web API. Rendering is pure but for reading the template and, for
// PDF, running soffice in a temporary folder; writing goes through a temporary
// file renamed into place, so a reader never sees a half-written document.
// Thread-safe: no shared state.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/programme_dataset.h"
#include "rules/rules.h"
#include "service/session_text.h"

namespace octroi::docs {

enum class DocumentKind {
  kDeliberation,     // "deliberation": recitals, articles and imputations computed, vote
  kReport,           // "report": the report's budget table (AE, disponible, proposition, solde)
  kAnnex,            // "annex": Annex 4, grouped by theme and operation, with totals
  kBudget,           // "budget": the deliberation's budget imputation table; not yet rendered
  kAgreement,        // "agreement": the standard agreement of one organisation
  kAmendment,        // "amendment": the amendment of one organisation (annexes 5 and 6)
  kTravelAgreement,  // "travel-agreement": annex 7 filled for one organisation
};

enum class DocumentFormat {
  kOdt,   // "odt": OpenDocument text, from data/templates/KIND.odt
  kDocx,  // "docx": Word, from data/templates/KIND.docx
  kXlsx,  // "xlsx": a workbook with formulas (tables only)
  kHtml,  // "html": for the browser, with a print stylesheet
  kPdf,   // "pdf": the ODT converted by LibreOffice headless (soffice)
  kCsv,   // "csv": the annex as a table to edit and import back (docs/annex_csv.h)
};

struct DocumentKindInfo {
  DocumentKind kind;
  std::string key;    // "agreement"
  std::string label;  // "Convention type par structure"
  std::vector<DocumentFormat> formats;
  bool per_organisation = false;  // needs DocumentRequest::organisation
};

// The kinds actually implemented, in menu order.
const std::vector<DocumentKindInfo>& document_kinds();

struct DocumentRequest {
  DocumentKind kind = DocumentKind::kAnnex;
  DocumentFormat format = DocumentFormat::kOdt;
  // An organisation id or part of its name ("cheval-bleu", "Cheval Bleu");
  // required for per-organisation kinds, ignored by the others.
  std::string organisation{};
  // The deliberation's heading, recusals and vote generated from the recorded
  // session (service/session_text.h); without it, as session.yaml prints them.
  std::optional<SittingText> sitting{};
};

struct RenderedDocument {
  std::string bytes;
  std::string file_name;   // "convention-cheval-bleu.odt"
  std::string media_type;  // "application/vnd.oasis.opendocument.text"
};

// kUsage for a kind not implemented or a format the kind does not offer, or a
// per-organisation kind without organisation; kNotFound when the organisation
// matches no award; kInvalidValue when it matches several organisations or
// none of its awards goes through that kind of act; kIo when the template
// cannot be read; the template's errors (kArchiveInvalid, kTemplateSyntax,
// kTemplateUnknownName) naming it; kToolMissing when PDF is asked and soffice
// is not installed.
Result<RenderedDocument> render_document(const ProgrammeDataset& dataset,
                                         const ParameterSet& parameters, Date date_of_effect,
                                         const DocumentRequest& request,
                                         const std::filesystem::path& templates_folder);

// Writes `document` to a temporary file beside `file`, flushes it and renames
// it over `file`. On failure (kIo) `file` is untouched and no temporary remains.
Status write_document_atomically(const RenderedDocument& document,
                                 const std::filesystem::path& file);

// "agreement" -> kAgreement; kUsage listing the keys otherwise.
Result<DocumentKind> parse_kind(std::string_view key);
// "odt" -> kOdt; kUsage listing the formats otherwise.
Result<DocumentFormat> parse_format(std::string_view key);
std::string_view to_key(DocumentKind kind);
std::string_view to_key(DocumentFormat format);
std::string_view media_type(DocumentFormat format);

// The templates folder: OCTROI_TEMPLATES when set, else data/templates.
std::filesystem::path default_templates_folder();

}  // namespace octroi::docs
