// Documents: the kinds, their formats, and the atomic write.
#include "docs/docs.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "docs/annex_csv.h"
#include "docs/document_data.h"
#include "docs/html_document.h"
#include "docs/pdf_converter.h"
#include "docs/template_engine.h"
#include "docs/template_file.h"
#include "docs/temporary_folder.h"
#include "docs/xlsx_document.h"

namespace octroi::docs {
namespace {

struct FormatInfo {
  DocumentFormat format;
  std::string_view key;
  std::string_view media_type;
};

constexpr FormatInfo kFormats[] = {
    {DocumentFormat::kOdt, "odt", "application/vnd.oasis.opendocument.text"},
    {DocumentFormat::kDocx, "docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {DocumentFormat::kXlsx, "xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {DocumentFormat::kHtml, "html", "text/html; charset=utf-8"},
    {DocumentFormat::kPdf, "pdf", "application/pdf"},
    {DocumentFormat::kCsv, "csv", "text/csv; charset=utf-8"},
};

struct KindKey {
  DocumentKind kind;
  std::string_view key;
};

constexpr KindKey kKindKeys[] = {
    {DocumentKind::kDeliberation, "deliberation"},
    {DocumentKind::kReport, "report"},
    {DocumentKind::kAnnex, "annex"},
    {DocumentKind::kBudget, "budget"},
    {DocumentKind::kAgreement, "agreement"},
    {DocumentKind::kAmendment, "amendment"},
    {DocumentKind::kTravelAgreement, "travel-agreement"},
};

const DocumentKindInfo* find_kind(DocumentKind kind) {
  for (const DocumentKindInfo& info : document_kinds()) {
    if (info.kind == kind) return &info;
  }
  return nullptr;
}

std::string kind_list() {
  std::string keys;
  for (const DocumentKindInfo& info : document_kinds()) {
    keys += (keys.empty() ? "" : ", ") + info.key;
  }
  return keys;
}

std::string extension(DocumentFormat format) { return std::string(to_key(format)); }

}  // namespace

// Fills data/templates/<key>.<odt|docx>, and converts the ODT for PDF.
Result<std::string> fill_template_file(const std::filesystem::path& folder, std::string_view key,
                                       DocumentFormat format, const TemplateData& data) {
  const std::string name =
      fmt::format("{}.{}", key, format == DocumentFormat::kDocx ? "docx" : "odt");
  const std::filesystem::path file = folder / name;
  Result<std::string> bytes = read_file_bytes(file);
  if (!bytes.ok()) {
    return Error(ErrorCode::kIo,
                 fmt::format("modèle introuvable ou illisible « {} »", file.string()));
  }
  OCTROI_TRY(std::string filled, fill_template(*bytes, name, data));
  if (format != DocumentFormat::kPdf) return filled;
  return convert_to_pdf(filled);
}

const std::vector<DocumentKindInfo>& document_kinds() {
  using F = DocumentFormat;
  static const std::vector<DocumentKindInfo> kinds = {
      {DocumentKind::kDeliberation,
       "deliberation",
       "Délibération (articles et imputations calculés)",
       {F::kOdt, F::kDocx, F::kHtml, F::kPdf},
       false},
      {DocumentKind::kBudget,
       "budget",
       "Délibération : tableau des imputations budgétaires",
       {F::kOdt, F::kDocx, F::kHtml, F::kPdf},
       false},
      {DocumentKind::kAgreement,
       "agreement",
       "Convention type (par structure)",
       {F::kOdt, F::kDocx, F::kHtml, F::kPdf},
       true},
      {DocumentKind::kAnnex,
       "annex",
       "Annexe 4 : répartition des participations",
       {F::kOdt, F::kDocx, F::kXlsx, F::kHtml, F::kPdf, F::kCsv},
       false},
      {DocumentKind::kAmendment,
       "amendment",
       "Avenant à une convention (par structure)",
       {F::kOdt, F::kDocx, F::kHtml, F::kPdf},
       true},
      {DocumentKind::kTravelAgreement,
       "travel-agreement",
       "Convention de frais de déplacement (annexe 7, par structure)",
       {F::kOdt, F::kDocx, F::kHtml, F::kPdf},
       true},
      {DocumentKind::kReport,
       "report",
       "Rapport : tableau budgétaire",
       {F::kOdt, F::kDocx, F::kXlsx, F::kHtml, F::kPdf},
       false},
  };
  return kinds;
}

Result<DocumentKind> parse_kind(std::string_view key) {
  for (const KindKey& entry : kKindKeys) {
    if (entry.key == key) return entry.kind;
  }
  return Error(ErrorCode::kUsage,
               fmt::format("document inconnu « {} » (disponibles : {})", key, kind_list()));
}

Result<DocumentFormat> parse_format(std::string_view key) {
  for (const FormatInfo& entry : kFormats) {
    if (entry.key == key) return entry.format;
  }
  return Error(ErrorCode::kUsage,
               fmt::format("format inconnu « {} » (odt, docx, xlsx, html ou pdf)", key));
}

std::string_view to_key(DocumentKind kind) {
  for (const KindKey& entry : kKindKeys) {
    if (entry.kind == kind) return entry.key;
  }
  return "?";
}

std::string_view to_key(DocumentFormat format) {
  for (const FormatInfo& entry : kFormats) {
    if (entry.format == format) return entry.key;
  }
  return "?";
}

std::string_view media_type(DocumentFormat format) {
  for (const FormatInfo& entry : kFormats) {
    if (entry.format == format) return entry.media_type;
  }
  return "application/octet-stream";
}

std::filesystem::path default_templates_folder() {
  if (const char* folder = std::getenv("OCTROI_TEMPLATES"); folder != nullptr && *folder != '\0') {
    return folder;
  }
  return std::filesystem::path("data") / "templates";
}

Result<RenderedDocument> render_document(const ProgrammeDataset& dataset,
                                         const ParameterSet& parameters, Date date_of_effect,
                                         const DocumentRequest& request,
                                         const std::filesystem::path& templates_folder) {
  const DocumentKindInfo* info = find_kind(request.kind);
  if (info == nullptr) {
    return Error(ErrorCode::kUsage,
                 fmt::format("le document « {} » n'est pas encore disponible (disponibles : {})",
                             to_key(request.kind), kind_list()));
  }
  if (std::find(info->formats.begin(), info->formats.end(), request.format) ==
      info->formats.end()) {
    std::string formats;
    for (DocumentFormat format : info->formats) {
      formats += (formats.empty() ? "" : ", ") + std::string(to_key(format));
    }
    return Error(ErrorCode::kUsage,
                 fmt::format("le document « {} » n'existe pas au format {} (formats : {})",
                             info->key, to_key(request.format), formats));
  }
  const std::string programme = dataset.programme.programme.id.key();
  RenderedDocument document;
  document.media_type = std::string(media_type(request.format));
  const DocumentFormat format = request.format;
  switch (request.kind) {
    case DocumentKind::kAgreement: {
      std::string slug;
      OCTROI_TRY(TemplateData data,
                 agreement_data(dataset, parameters, date_of_effect, request.organisation, slug));
      document.file_name = fmt::format("convention-{}.{}", slug, extension(format));
      if (format == DocumentFormat::kHtml) {
        document.bytes = agreement_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kAmendment: {
      std::string slug;
      OCTROI_TRY(TemplateData data,
                 amendment_data(dataset, parameters, date_of_effect, request.organisation, slug));
      document.file_name = fmt::format("avenant-{}.{}", slug, extension(format));
      if (format == DocumentFormat::kHtml) {
        document.bytes = amendment_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kTravelAgreement: {
      std::string slug;
      OCTROI_TRY(TemplateData data,
                 travel_agreement_data(dataset, date_of_effect, request.organisation, slug));
      document.file_name = fmt::format("convention-deplacements-{}.{}", slug, extension(format));
      if (format == DocumentFormat::kHtml) {
        document.bytes = travel_agreement_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kDeliberation: {
      OCTROI_TRY(AnnexTable table, annex_table_of(dataset));
      OCTROI_TRY(TemplateData data,
                 deliberation_data(dataset, table, date_of_effect, request.sitting));
      document.file_name = fmt::format("deliberation-{}.{}", programme, extension(format));
      if (format == DocumentFormat::kHtml) {
        document.bytes = deliberation_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kBudget: {
      OCTROI_TRY(TemplateData data, budget_data(dataset, date_of_effect));
      document.file_name = fmt::format("imputations-{}.{}", programme, extension(format));
      if (format == DocumentFormat::kHtml) {
        document.bytes = budget_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kAnnex: {
      OCTROI_TRY(AnnexTable table, annex_table_of(dataset));
      document.file_name =
          fmt::format("annexe-{}-{}.{}", dataset.annex.annex, programme, extension(format));
      if (format == DocumentFormat::kXlsx) {
        OCTROI_TRY(document.bytes, annex_xlsx(dataset, table));
        break;
      }
      if (format == DocumentFormat::kCsv) {
        document.bytes = annex_csv(dataset);
        break;
      }
      const TemplateData data = annex_data(dataset, table, date_of_effect);
      if (format == DocumentFormat::kHtml) {
        document.bytes = annex_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    case DocumentKind::kReport: {
      document.file_name = fmt::format("rapport-budget-{}.{}", programme, extension(format));
      if (format == DocumentFormat::kXlsx) {
        OCTROI_TRY(document.bytes, report_xlsx(dataset));
        break;
      }
      const TemplateData data = report_data(dataset, date_of_effect);
      if (format == DocumentFormat::kHtml) {
        document.bytes = report_html(data);
      } else {
        OCTROI_TRY(document.bytes, fill_template_file(templates_folder, info->key, format, data));
      }
      break;
    }
    default:
      return Error(ErrorCode::kInternal, "type de document sans rendu");
  }
  return document;
}

Status write_document_atomically(const RenderedDocument& document,
                                 const std::filesystem::path& file) {
  const std::filesystem::path folder =
      file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  std::string pattern = (folder / ("." + file.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int descriptor = mkstemp(name.data());
  if (descriptor < 0) {
    return Error(ErrorCode::kIo, fmt::format("écriture impossible dans « {} » ({})",
                                             folder.string(), std::strerror(errno)));
  }
  const std::string temporary(name.data());
  auto fail = [&](const std::string& what) {
    const std::string reason = std::strerror(errno);
    close(descriptor);
    unlink(temporary.c_str());
    return Error(ErrorCode::kIo, fmt::format("{} « {} » ({})", what, file.string(), reason));
  };
  std::size_t written = 0;
  while (written < document.bytes.size()) {
    const ssize_t count =
        ::write(descriptor, document.bytes.data() + written, document.bytes.size() - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      return fail("écriture impossible de");
    }
    written += static_cast<std::size_t>(count);
  }
  fchmod(descriptor, 0644);
  if (fsync(descriptor) != 0) return fail("écriture impossible de");
  if (close(descriptor) != 0) {
    unlink(temporary.c_str());
    return Error(ErrorCode::kIo, fmt::format("écriture impossible de « {} »", file.string()));
  }
  if (std::rename(temporary.c_str(), file.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    unlink(temporary.c_str());
    return Error(ErrorCode::kIo,
                 fmt::format("impossible de remplacer « {} » ({})", file.string(), reason));
  }
  return ok_status();
}

}  // namespace octroi::docs
