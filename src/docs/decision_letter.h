// The decision letter (issue 12): after the session's vote, one letter per
// applicant — the award (amount in figures and words, period, the agreement
// to come) or the refusal and its reason — from data/templates/decision.odt
// or .docx that staff edit like the others (docs/documents.md), as an HTML
// page, or as PDF through LibreOffice. The letter's content comes from
// service/application_decision.h's DecisionLetter.
#pragma once

#include <filesystem>

#include "base/result.h"
#include "calendar/date.h"
#include "docs/docs.h"
#include "docs/template_data.h"
#include "service/application_decision.h"

namespace octroi::docs {

// The names a decision template may use (docs/documents.md, « decision »).
TemplateData decision_letter_data(const DecisionLetter& letter, Date letter_date);

// kUsage for a format other than odt, docx, html or pdf; fill_template_file's
// errors. The file is named "decision-<receipt>.<format>".
Result<RenderedDocument> render_decision_letter(const DecisionLetter& letter, Date letter_date,
                                                DocumentFormat format,
                                                const std::filesystem::path& templates_folder);

}  // namespace octroi::docs
