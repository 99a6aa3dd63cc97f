#include "rules/parameter_value.h"

#include "calendar/format.h"
#include "rules/decimal_format.h"

namespace octroi {

std::string ParameterValue::formatted() const {
  return is_money(unit) ? format_decimal_euros(value) : format_decimal_percent(value);
}

std::string ParameterValue::version() const {
  if (!end.has_value()) return "valeur en vigueur depuis le " + format_date_long(start);
  return "valeur en vigueur du " + format_date_long(start) + " au " +
         format_date_long(end->plus_days(-1));
}

std::string ParameterValue::source_text() const {
  std::string out = source.dataset + ", l. " + std::to_string(source.lines.line);
  if (source.lines.to_line > source.lines.line) out += "-" + std::to_string(source.lines.to_line);
  return out;
}

}  // namespace octroi
