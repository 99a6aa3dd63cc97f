#include "rules/formula/explanation.h"

#include "rules/decimal_format.h"

namespace octroi {

std::string Explanation::equation() const {
  // The exact value: when the final rounding changed it, a step says so.
  return format_decimal_euros(exact) + " = " + substituted;
}

std::vector<std::string> Explanation::lines() const {
  std::vector<std::string> out;
  out.push_back(equation());
  if (!intermediate.empty() && intermediate != substituted) out.push_back("soit " + intermediate);
  for (const std::string& step : steps) out.push_back(step);
  for (const ParameterValue& parameter : parameters) {
    std::string line = "paramètre " + parameter.name + " = " + parameter.formatted() + " (" +
                       std::string(to_label(parameter.unit)) + "), " + parameter.version();
    if (parameter.reference.article.has_value()) line += " ; " + *parameter.reference.article;
    line += " ; source : " + parameter.source_text();
    out.push_back(line);
  }
  return out;
}

std::string Explanation::to_text() const {
  std::string out;
  for (const std::string& line : lines()) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace octroi
