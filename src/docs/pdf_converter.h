// PdfConverter: an ODT turned into PDF by LibreOffice headless
// (`soffice --headless --convert-to pdf`), in a private temporary folder with
// its own LibreOffice profile, so that conversions neither share state with
// a running LibreOffice nor leave files behind. Blocking; at most one minute
// and a half, then soffice is killed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace octroi::docs {

// The soffice program: OCTROI_SOFFICE when set, else `soffice` or
// `libreoffice` found in PATH; nullopt when none is installed.
std::optional<std::filesystem::path> find_soffice();

// kToolMissing when soffice is not installed (with how to install it); kIo
// when the conversion fails or takes too long.
Result<std::string> convert_to_pdf(std::string_view odt_bytes);

}  // namespace octroi::docs
