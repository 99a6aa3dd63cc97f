// The recovery order as an HTML page.
#include "docs/recovery_order_html.h"

#include <fmt/format.h>

#include "calendar/format.h"
#include "docs/html_document.h"
#include "money/format.h"

namespace octroi::docs {

namespace {

constexpr const char* kStyle =
    "@page{size:A4;margin:2cm}body{font-family:sans-serif;font-size:11pt;max-width:48em;"
    "margin:2em auto}h1{font-size:16pt;text-align:center}table{border-collapse:collapse;"
    "width:100%}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}"
    "td.amount{text-align:right;white-space:nowrap}tr{page-break-inside:avoid}"
    ".total{font-weight:bold}";

std::string row(std::string_view label, std::string_view value, bool amount = false) {
  return fmt::format("<tr><th>{}</th><td{}>{}</td></tr>\n", escape_html(label),
                     amount ? " class=\"amount\"" : "", escape_html(value));
}

}  // namespace

std::string recovery_order_html(const RecoveryOrder& order) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>Ordre de reversement — " + escape_html(order.debtor) + "</title>\n";
  out += fmt::format("<style>{}</style>\n</head>\n<body>\n", kStyle);
  out += "<h1>ORDRE DE REVERSEMENT</h1>\n<table>\n";
  out += row("Programme", order.programme);
  out += row("Débiteur", order.debtor + " (" + order.organisation + ")");
  out += row("Objet", order.subject);
  out += row("Montant définitif de la participation", format_amount(order.settled), true);
  out += row("Montant déjà versé", format_amount(order.paid), true);
  out += fmt::format(
      "<tr class=\"total\"><th>Somme à reverser au Département</th>"
      "<td class=\"amount\">{}</td></tr>\n",
      escape_html(format_amount(order.to_recover)));
  out += row("Soit", order.to_recover_in_words);
  out += row("Imputation", order.budget_line);
  out += "</table>\n<h2>Détail du calcul</h2>\n<ul>\n";
  for (const std::string& line : order.calculation) {
    out += "<li>" + escape_html(line) + "</li>\n";
  }
  out += fmt::format("</ul>\n<p>Établi le {}.</p>\n</body>\n</html>\n",
                     escape_html(format_date_long(order.issued_on)));
  return out;
}

}  // namespace octroi::docs
