// HtmlDocument: hand-written markup, every value escaped.
#include "docs/html_document.h"

#include <fmt/format.h>

namespace octroi::docs {
namespace {

constexpr std::string_view kStyle = R"(
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 15pt; text-align: center; text-transform: uppercase; }
h2 { font-size: 12pt; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #777; padding: 0.25em 0.4em; vertical-align: top; }
th { background: #e8edf5; }
td.amount, th.amount { text-align: right; white-space: nowrap; }
tr.group td { font-weight: bold; background: #f4f4f4; }
header.sitting p { white-space: pre-line; }
tr.total td { font-weight: bold; }
.signatures { display: flex; justify-content: space-between; margin-top: 3em; }
.signatures div { width: 45%; }
@media print {
  @page { size: A4; margin: 2cm 1.8cm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  thead { display: table-header-group; }
  tr, .signatures { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

std::string value(const TemplateData& data, const std::string& name) {
  auto found = data.values.find(name);
  return found != data.values.end() ? escape_html(found->second) : std::string();
}

const std::vector<TemplateData>& list(const TemplateData& data, const std::string& name) {
  static const std::vector<TemplateData> empty;
  auto found = data.lists.find(name);
  return found != data.lists.end() ? found->second : empty;
}

}  // namespace

std::string html_page(const std::string& title, const std::string& body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      title, kStyle, body);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string agreement_html(const TemplateData& data) {
  std::string body;
  body += fmt::format("<p>{}</p>\n<h1>Convention de partenariat</h1>\n", value(data, "authority"));
  body += fmt::format("<p style=\"text-align:center\">{}</p>\n", value(data, "programme.title"));
  body += "<h2>Entre</h2>\n";
  body += fmt::format(
      "<p>Le {}, représenté par le Président du Conseil départemental, dûment autorisé par "
      "délibération n°{} de la {} en date du {},</p>\n<p>ci-après désigné « le Département "
      "»,</p>\n",
      value(data, "authority"), value(data, "deliberation.number"), value(data, "session.body"),
      value(data, "session.date"));
  body += "<h2>Et</h2>\n";
  std::string empowered = value(data, "organisation.empowered_on");
  body += fmt::format(
      "<p><strong>{}</strong>, « {} », dont le siège social se situe {}, SIRET {}, représentée "
      "par {}, {}{},</p>\n<p>ci-après désignée « la structure ».</p>\n",
      value(data, "organisation.name"), value(data, "organisation.legal_form"),
      value(data, "organisation.address"), value(data, "organisation.siret"),
      value(data, "organisation.representative"), value(data, "organisation.representative_title"),
      empowered.empty() ? std::string()
                        : ", dûment autorisé(e) par délibération en date du " + empowered);
  body += "<h2>Article 1 — Objet et montant de la participation</h2>\n";
  body += fmt::format(
      "<p>Le Département attribue à la structure une participation financière d'un montant "
      "maximum de <strong>{}</strong> ({}) pour les opérations suivantes :</p>\n",
      value(data, "total"), value(data, "total_words"));
  body +=
      "<table>\n<thead><tr><th>Opération</th><th>Territoire</th><th>Description</th>"
      "<th>Période</th><th class=\"amount\">Montant</th></tr></thead>\n<tbody>\n";
  for (const TemplateData& award : list(data, "awards")) {
    body += fmt::format(
        "<tr><td>{}.{} {}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"amount\">{}</td></tr>\n",
        value(award, "theme"), value(award, "operation.number"), value(award, "operation"),
        value(award, "territory"), value(award, "description"), value(award, "period"),
        value(award, "amount"));
  }
  body += fmt::format(
      "<tr class=\"total\"><td colspan=\"4\">Total</td><td class=\"amount\">{}</td></tr>\n"
      "</tbody>\n</table>\n",
      value(data, "total"));
  body += "<h2>Article 2 — Modalités de versement</h2>\n<ul>\n";
  for (const TemplateData& award : list(data, "awards")) {
    body += fmt::format("<li>{} ({}) : avance de {} ({} du montant) {}, solde de {} {}.</li>\n",
                        value(award, "operation"), value(award, "amount"), value(award, "advance"),
                        value(data, "advance_rate"), value(award, "advance_due"),
                        value(award, "balance"), value(award, "balance_due"));
  }
  body += fmt::format("</ul>\n<p>Total des avances : {} ; total des soldes : {}.</p>\n",
                      value(data, "total_advance"), value(data, "total_balance"));
  body += fmt::format(
      "<p>Fait le {}, en deux exemplaires.</p>\n<div class=\"signatures\">"
      "<div>Pour la structure,<br>{}<br>{}</div><div>Pour le Département,<br>le Président du "
      "Conseil départemental</div></div>\n",
      value(data, "document.date"), value(data, "organisation.representative_title"),
      value(data, "organisation.representative"));
  return html_page("Convention — " + value(data, "organisation.name"), body);
}

std::string amendment_html(const TemplateData& data) {
  std::string body;
  body += fmt::format(
      "<p>{}</p>\n<h1>Avenant n°{} à la convention {}</h1>\n"
      "<p style=\"text-align:center\">« {} »</p>\n",
      value(data, "authority"), value(data, "amendment.number"), value(data, "agreement.number"),
      value(data, "agreement.title"));
  body += fmt::format(
      "<p>Entre le {}, autorisé par délibération n°{} de la {} du {}, et <strong>{}</strong>, "
      "représentée par {}, {}.</p>\n",
      value(data, "authority"), value(data, "deliberation.number"), value(data, "session.body"),
      value(data, "session.date"), value(data, "organisation.name"),
      value(data, "organisation.representative"), value(data, "organisation.representative_title"));
  body += fmt::format(
      "<h2>Article 1 — Objet de l'avenant</h2>\n<p>Le présent avenant modifie les articles {} de "
      "la convention {}.</p>\n",
      value(data, "modified_articles"), value(data, "agreement.number"));
  body += "<h2>Article 2 — Période d'application</h2>\n<ul>\n";
  for (const TemplateData& period : list(data, "periods")) {
    body += fmt::format("<li>{}</li>\n", value(period, "period"));
  }
  body +=
      "</ul>\n<h2>Article 3 — Coût de l'opération</h2>\n<table>\n<thead><tr><th>Période</th>"
      "<th>Dispositif</th><th class=\"amount\">Montant</th></tr></thead>\n<tbody>\n";
  for (const TemplateData& amount : list(data, "amounts")) {
    body += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"amount\">{} {}</td></tr>\n",
                        value(amount, "period"), value(amount, "scheme"), value(amount, "amount"),
                        value(amount, "maximum"));
  }
  body += "</tbody>\n</table>\n<h2>Article 4 — Modalités de versement</h2>\n<ul>\n";
  for (const TemplateData& advance : list(data, "advances")) {
    const std::string year = value(advance, "year");
    body += fmt::format("<li>{}avance de {} ({}) {}, sur {} ; solde de {} après le bilan.</li>\n",
                        year.empty() ? std::string() : "Exercice " + year + " : ",
                        value(advance, "advance"), value(advance, "advance_words"),
                        value(advance, "due"), value(advance, "base"), value(advance, "balance"));
  }
  body += "</ul>\n";
  for (const auto& [name, sentence] :
       {std::pair{"budget_line", "La dépense est imputée sur le code opération {}."},
        std::pair{"review_due", "Le bilan est remis au plus tard le {}."},
        std::pair{"retention_until", "Les documents sont conservés jusqu'au {}."}}) {
    if (const std::string text = value(data, name); !text.empty()) {
      body += "<p>" + fmt::format(fmt::runtime(sentence), text) + "</p>\n";
    }
  }
  body += fmt::format(
      "<p>Fait en deux exemplaires originaux, le {}.</p>\n<div class=\"signatures\"><div>Pour le "
      "Département</div><div>Pour {},<br>{} {}</div></div>\n",
      value(data, "document.date"), value(data, "organisation.name"),
      value(data, "organisation.representative_title"), value(data, "organisation.representative"));
  return html_page("Avenant — " + value(data, "organisation.name"), body);
}

std::string annex_html(const TemplateData& data) {
  std::string body;
  body += fmt::format("<p>{} — {} du {}</p>\n<h1>Annexe {} — {}</h1>\n<p>{}</p>\n",
                      value(data, "authority"), value(data, "session.body"),
                      value(data, "session.date"), value(data, "annex.number"),
                      value(data, "annex.title"), value(data, "programme.title"));
  body +=
      "<table>\n<thead><tr><th>Territoire</th><th>Structure</th><th>Description</th>"
      "<th class=\"amount\">Montant retenu</th><th>Avenant / convention</th></tr></thead>\n"
      "<tbody>\n";
  for (const TemplateData& theme : list(data, "themes")) {
    body += fmt::format("<tr class=\"group\"><td colspan=\"5\">{}. {}</td></tr>\n",
                        value(theme, "theme.number"), value(theme, "theme.title"));
    for (const TemplateData& operation : list(theme, "operations")) {
      body +=
          fmt::format("<tr class=\"group\"><td colspan=\"5\">Opération {} : {}</td></tr>\n",
                      value(operation, "operation.number"), value(operation, "operation.title"));
      for (const TemplateData& line : list(operation, "lines")) {
        body += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"amount\">{}</td><td>{}</td></tr>\n",
            value(line, "territory"), value(line, "organisation"), value(line, "description"),
            value(line, "amount"), value(line, "instrument"));
      }
      body += fmt::format(
          "<tr class=\"total\"><td colspan=\"3\">Total opération {}</td>"
          "<td class=\"amount\">{}</td><td></td></tr>\n",
          value(operation, "operation.number"), value(operation, "operation.total"));
    }
    body += fmt::format(
        "<tr class=\"total\"><td colspan=\"3\">Total thématique {}</td>"
        "<td class=\"amount\">{}</td><td></td></tr>\n",
        value(theme, "theme.number"), value(theme, "theme.total"));
  }
  body += fmt::format(
      "<tr class=\"total\"><td colspan=\"3\">TOTAL GÉNÉRAL</td><td class=\"amount\">{}</td>"
      "<td></td></tr>\n</tbody>\n</table>\n",
      value(data, "total"));
  return html_page("Annexe " + value(data, "annex.number") + " — " + value(data, "programme.id"),
                   body);
}

std::string report_html(const TemplateData& data) {
  std::string body;
  body += fmt::format("<p>{} — rapport n°{}</p>\n<h1>Tableau budgétaire</h1>\n<p>{}</p>\n",
                      value(data, "authority"), value(data, "report.number"),
                      value(data, "programme.title"));
  body +=
      "<table>\n<thead><tr><th>Code opération</th><th>Imputation</th><th>Libellé</th>"
      "<th class=\"amount\">AE</th><th class=\"amount\">Disponible</th>"
      "<th class=\"amount\">Proposition</th><th class=\"amount\">Solde</th></tr></thead>\n"
      "<tbody>\n";
  for (const TemplateData& line : list(data, "budget_lines")) {
    body += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"amount\">{}</td>"
        "<td class=\"amount\">{}</td><td class=\"amount\">{}</td><td class=\"amount\">{}</td>"
        "</tr>\n",
        value(line, "code"), value(line, "imputation"), value(line, "label"),
        value(line, "commitment_authority"), value(line, "available"), value(line, "proposed"),
        value(line, "remaining"));
  }
  body += "</tbody>\n</table>\n";
  return html_page("Tableau budgétaire — " + value(data, "programme.id"), body);
}

namespace {

// The imputation table shared by the budget document and the deliberation.
std::string imputation_table(const TemplateData& data) {
  std::string table =
      "<table>\n<thead><tr><th>Code opération</th><th>Imputation</th><th>Libellé</th>"
      "<th class=\"amount\">Disponible</th><th class=\"amount\">Dépense</th>"
      "<th class=\"amount\">Solde</th></tr></thead>\n<tbody>\n";
  for (const TemplateData& line : list(data, "budget_lines")) {
    table += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"amount\">{}</td>"
        "<td class=\"amount\">{}</td><td class=\"amount\">{}</td></tr>\n",
        value(line, "code"), value(line, "imputation"), value(line, "label"),
        value(line, "available"), value(line, "proposed"), value(line, "remaining"));
  }
  table += fmt::format(
      "<tr class=\"total\"><td colspan=\"4\">Total</td><td class=\"amount\">{}</td>"
      "<td></td></tr>\n</tbody>\n</table>\n",
      value(data, "budget_total"));
  return table;
}

}  // namespace

std::string budget_html(const TemplateData& data) {
  std::string body;
  body += fmt::format(
      "<p>{} — {} du {} — délibération n°{}</p>\n<h1>Imputations budgétaires</h1>\n<p>{}</p>\n",
      value(data, "authority"), value(data, "session.body"), value(data, "session.date"),
      value(data, "deliberation.number"), value(data, "programme.title"));
  body += imputation_table(data);
  return html_page("Imputations budgétaires — " + value(data, "programme.id"), body);
}

std::string deliberation_html(const TemplateData& data) {
  std::string body;
  body += "<header class=\"sitting\">\n";
  for (const TemplateData& paragraph : list(data, "heading")) {
    body += fmt::format("<p>{}</p>\n", value(paragraph, "text"));
  }
  body += "</header>\n";
  body += fmt::format("<h1>Délibération n°{}</h1>\n<p><strong>{}</strong></p>\n<p>{}</p>\n",
                      value(data, "deliberation.number"), value(data, "deliberation.title"),
                      value(data, "preamble"));
  for (const TemplateData& recital : list(data, "recitals")) {
    body += fmt::format("<p>{}</p>\n", value(recital, "text"));
  }
  body += fmt::format("<p><strong>{}</strong></p>\n", value(data, "decision_clause"));
  for (const TemplateData& article : list(data, "articles")) {
    body += fmt::format(
        "<h2>Article {} :</h2>\n<p>De valider le financement des {} opérations de la "
        "thématique {} « {} », pour un montant total de {} ({}), au profit des structures et "
        "selon la répartition reprises en annexe 4 à la présente délibération.</p>\n",
        value(article, "number"), value(article, "operation_count"), value(article, "theme.number"),
        value(article, "theme.title"), value(article, "amount"), value(article, "amount_words"));
  }
  for (const TemplateData& article : list(data, "other_articles")) {
    body += fmt::format("<h2>Article {} :</h2>\n<p>{}</p>\n", value(article, "number"),
                        value(article, "text"));
    if (!value(article, "budget_table").empty()) body += imputation_table(data);
  }
  for (const TemplateData& recusal : list(data, "recusals")) {
    body += fmt::format("<p><em>{}</em></p>\n", value(recusal, "text"));
  }
  body += fmt::format("<p>{}</p>\n<p><strong>{}</strong></p>\n<p>{}</p>\n", value(data, "vote"),
                      value(data, "outcome"), value(data, "place_and_date"));
  body += "<div class=\"signatures\">";
  for (const TemplateData& signatory : list(data, "signatures")) {
    body += fmt::format("<div>{} {}</div>", value(signatory, "role"), value(signatory, "name"));
  }
  body += "</div>\n";
  return html_page("Délibération n°" + value(data, "deliberation.number"), body);
}

std::string travel_agreement_html(const TemplateData& data) {
  const std::string organisation = value(data, "organisation.name");
  const std::string number = value(data, "travel.number");
  std::string body;
  body += fmt::format("<h1>Convention</h1>\n<p style=\"text-align:center\">N° {}</p>\n",
                      number.empty() ? "……" : number);
  body +=
      fmt::format("<p><strong>Objet : financement de frais de déplacement {} - {}</strong></p>\n",
                  value(data, "period_short"), value(data, "operation"));
  body += fmt::format(
      "<p>Entre le Département du Pas-de-Calais, représenté par son Président, dûment autorisé par "
      "délibération de la {} en date du {}, ci-après désigné par « le Département », d'une "
      "part,</p>\n<p>Et <strong>{}</strong>",
      value(data, "session.body"), value(data, "session.date"), organisation);
  if (const std::string address = value(data, "organisation.address"); !address.empty()) {
    body += ", dont le siège social se situe " + address;
  }
  if (const std::string siret = value(data, "organisation.siret"); !siret.empty()) {
    body += ", SIRET " + siret;
  }
  body += ", d'autre part.</p>\n";
  body += fmt::format(
      "<h2>Article 1 – Objet de la convention</h2>\n<p>La présente convention a pour objet de "
      "définir les modalités de remboursement par le Département des frais de déplacement "
      "engagés par {} pour l'accompagnement des bénéficiaires du RSA sur la période {}.</p>\n",
      organisation, value(data, "period"));
  body += fmt::format(
      "<h2>Article 2 – Consistance des frais engagés</h2>\n<p>Après contrôle par les services du "
      "Département, le montant total des frais engagés sur la période s'élève à {}.</p>\n",
      value(data, "amount"));
  body +=
      "<h2>Article 3 – Modalités de remboursement</h2>\n<p>La prise en charge intervient sur "
      "production d'un état récapitulatif des déplacements effectués par le ou les référents de "
      "la structure et suite au contrôle des services du Département.</p>\n";
  body += fmt::format(
      "<h2>Article 4 – Remboursement par le Département des frais engagés</h2>\n<p>Le "
      "Département s'engage à rembourser à {} le montant des frais de déplacement à hauteur de "
      "<strong>{}</strong> ({}). La participation financière est imputée sur le chapitre « {} » "
      "du budget du Département du Pas-de-Calais.</p>\n",
      organisation, value(data, "amount"), value(data, "amount_words"), value(data, "budget_line"));
  body += fmt::format(
      "<p>Fait en deux exemplaires originaux, à Arras, le {}.</p>\n<div class=\"signatures\">"
      "<div>Pour le Département, et par délégation</div><div>Pour {},<br>{} {}</div></div>\n",
      value(data, "document.date"), organisation, value(data, "organisation.representative_title"),
      value(data, "organisation.representative"));
  return html_page("Convention de frais de déplacement — " + organisation, body);
}

}  // namespace octroi::docs
