#include "docs/decision_letter.h"

#include <fmt/format.h>

#include "calendar/format.h"
#include "docs/document_values.h"
#include "docs/html_document.h"
#include "docs/template_file.h"

namespace octroi::docs {
namespace {

std::string value_of(const TemplateData& data, const std::string& name) {
  auto found = data.values.find(name);
  return found != data.values.end() ? escape_html(found->second) : std::string();
}

std::string decision_html(const TemplateData& data) {
  const auto v = [&](const std::string& name) { return value_of(data, name); };
  std::string body;
  body += fmt::format("<p><strong>{}</strong></p>\n", v("authority"));
  body += fmt::format(
      "<p style=\"text-align:right\">{}</p>\n",
      v("seat").empty() ? "Le " + v("letter.date") : v("seat") + ", le " + v("letter.date"));
  body += fmt::format("<p><strong>{}</strong>{}</p>\n", v("organisation.name"),
                      v("organisation.siret").empty() ? "" : " — SIRET " + v("organisation.siret"));
  body += fmt::format("<p><strong>Objet :</strong> {} — votre demande {}</p>\n", v("call.title"),
                      v("receipt"));
  body += "<p>Madame, Monsieur,</p>\n";
  body += fmt::format(
      "<p>Vous avez déposé{} une demande de participation financière pour l'action « {} » "
      "(thématique {} : {} ; opération {} : {}), pour un montant demandé de {}.</p>\n",
      v("submitted_on").empty() ? "" : " le " + v("submitted_on"), v("action.title"),
      v("theme.number"), v("theme.title"), v("operation.number"), v("operation.title"),
      v("requested"));
  const std::string deliberation = v("deliberation.number");
  if (!v("awarded").empty()) {
    body += fmt::format(
        "<p>J'ai le plaisir de vous informer que la {}, réunie le {}, a décidé{} de vous "
        "attribuer une participation financière de <strong>{}</strong> ({}){}.</p>\n",
        v("session.body"), v("session.date"),
        deliberation.empty() ? "" : " par délibération n°" + deliberation, v("amount"),
        v("amount_words"), v("period").empty() ? "" : " pour la période " + v("period"));
    body +=
        "<p>Une convention précisant l'objet, les conditions de versement et d'évaluation de "
        "cette participation vous sera adressée prochainement pour signature.</p>\n";
  } else {
    body += fmt::format(
        "<p>J'ai le regret de vous informer que la {}, réunie le {}, n'a pas retenu votre "
        "demande{}.</p>\n<p>Motif : {}.</p>\n",
        v("session.body"), v("session.date"),
        deliberation.empty() ? "" : " (délibération n°" + deliberation + ")", v("refusal_reason"));
  }
  body +=
      "<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
      "distinguées.</p>\n<p>Pour le Président du Conseil départemental et par "
      "délégation,</p>\n";
  return html_page(
      (v("awarded").empty() ? "Décision de refus — " : "Notification — ") + v("organisation.name"),
      body);
}

}  // namespace

TemplateData decision_letter_data(const DecisionLetter& letter, Date letter_date) {
  TemplateData data;
  data.set("authority", letter.authority);
  data.set("seat", letter.seat);
  data.set("letter.date", format_date_long(letter_date));
  data.set("call.title", letter.call_title);
  data.set("session.body", letter.session_body);
  data.set("session.date", format_date_long(letter.session_date));
  data.set("deliberation.number", letter.deliberation_number);
  data.set("report.number", letter.report_number);
  data.set("organisation.name", letter.organisation_name);
  data.set("organisation.siret", letter.siret);
  data.set("receipt", letter.receipt);
  data.set("submitted_on", letter.submitted_on ? format_date_long(*letter.submitted_on) : "");
  data.set("action.title", letter.action_title);
  data.set("theme.number", std::to_string(letter.theme));
  data.set("theme.title", letter.theme_title);
  data.set("operation.number", std::to_string(letter.operation));
  data.set("operation.title", letter.operation_title);
  data.set("requested", figures(letter.requested));
  data.set("awarded", letter.awarded ? "oui" : "");
  data.set("amount", figures(letter.amount));
  data.set("amount_words", words(letter.amount));
  data.set("refusal_reason", letter.refusal_reason);
  data.set("period", letter.period ? format_period_long(*letter.period) : "");
  return data;
}

Result<RenderedDocument> render_decision_letter(const DecisionLetter& letter, Date letter_date,
                                                DocumentFormat format,
                                                const std::filesystem::path& templates_folder) {
  if (format != DocumentFormat::kOdt && format != DocumentFormat::kDocx &&
      format != DocumentFormat::kHtml && format != DocumentFormat::kPdf) {
    return Error(ErrorCode::kUsage,
                 fmt::format("la lettre de décision n'existe pas au format {} (formats : odt, "
                             "docx, html, pdf)",
                             to_key(format)));
  }
  const TemplateData data = decision_letter_data(letter, letter_date);
  RenderedDocument document;
  document.media_type = std::string(media_type(format));
  document.file_name = fmt::format(
      "decision-{}.{}", letter.receipt.empty() ? "demande" : letter.receipt, to_key(format));
  if (format == DocumentFormat::kHtml) {
    document.bytes = decision_html(data);
  } else {
    OCTROI_TRY(document.bytes, fill_template_file(templates_folder, "decision", format, data));
  }
  return document;
}

}  // namespace octroi::docs
