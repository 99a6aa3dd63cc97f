// The template of a document kind, filled: data/templates/<key>.odt or .docx
// read from `folder`, filled with `data` (template_engine.h), and for PDF the
// ODT converted by LibreOffice (pdf_converter.h). Shared by every document
// that is not an HTML page. kIo naming the file when it cannot be read; the
// template engine's and the converter's errors otherwise.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"
#include "docs/docs.h"
#include "docs/template_data.h"

namespace octroi::docs {

Result<std::string> fill_template_file(const std::filesystem::path& folder, std::string_view key,
                                       DocumentFormat format, const TemplateData& data);

}  // namespace octroi::docs
