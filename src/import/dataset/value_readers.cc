#include "import/dataset/value_readers.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <utility>

#include "domain/territory.h"
#include "import/dataset/printed_grammar.h"

namespace octroi::import {

namespace {

template <typename T>
using Parser = Result<T> (*)(std::string_view);

// Reads `key` as a printed value: a string, or {printed, unparseable, note}.
template <typename T>
Result<Printed<T>> read_printed(const Fields& fields, std::string_view key, int line,
                                std::string_view what, Parser<T> parse) {
  OCTROI_TRY(const YamlNode* node, fields.need(key));
  FileContext& context = fields.context();
  Printed<T> printed;
  printed.line = line;
  const YamlNode* text_node = node;
  if (node->is_mapping()) {
    OCTROI_TRY(Fields form, Fields::open(context, *node, fields.path_of(key),
                                         {"printed", "unparseable", "note"}));
    OCTROI_TRY(printed.text, form.text("printed"));
    OCTROI_TRY(std::optional<bool> flag, form.optional_boolean("unparseable"));
    OCTROI_TRY(printed.note, form.optional_text("note"));
    printed.unparseable = flag.value_or(false);
    text_node = form.get("printed");
  } else if (node->is_scalar() && !node->plain) {
    printed.text = node->value;
  } else {
    return fields.error(*node, key, ErrorCode::kSchemaType,
                        fmt::format("{} attendu entre guillemets, tel qu'imprimé, trouvé {}", what,
                                    describe(*node)));
  }
  context.typed_values.insert(text_node);
  Result<T> value = parse(printed.text);
  const std::string path = fields.path_of(key);
  if (printed.unparseable) {
    if (value.ok()) {
      return error_at(context, *text_node, path, ErrorCode::kValueFlagWrong,
                      fmt::format("{} « {} » marqué « unparseable: true » alors qu'il se lit : "
                                  "retirer la marque",
                                  what, printed.text));
    }
    if (!printed.note) {
      return error_at(context, *text_node, path, ErrorCode::kValueFlagWrong,
                      fmt::format("{} « {} » marqué « unparseable: true » sans « note » qui "
                                  "explique pourquoi",
                                  what, printed.text));
    }
    return printed;
  }
  if (!value.ok()) {
    return error_at(
        context, *text_node, path, ErrorCode::kValueUnparseable,
        fmt::format("{} illisible « {} » ({}) ; si le texte imprimé ne peut pas être "
                    "une valeur, l'écrire {{printed: ..., unparseable: true, note: ...}}",
                    what, printed.text, value.error().message()));
  }
  printed.value = std::move(value).value();
  return printed;
}

constexpr std::array<std::pair<std::string_view, std::optional<QuantityUnit>>, 15> kUnits{{
    {"places", QuantityUnit::kPlaces},
    {"accueils", QuantityUnit::kWelcomes},
    {"postes", QuantityUnit::kPosts},
    {"mesures", QuantityUnit::kMeasures},
    {"accompagnements", QuantityUnit::kAccompaniments},
    {"personnes", QuantityUnit::kPersons},
    {"participants", QuantityUnit::kParticipants},
    {"beneficiaires", QuantityUnit::kBeneficiaries},
    {"femmes", QuantityUnit::kWomen},
    {"jeunes", std::nullopt},
    {"entrees", std::nullopt},
    {"menages", QuantityUnit::kHouseholds},
    {"etp", QuantityUnit::kFullTimeEquivalents},
    {"diagnostics", std::nullopt},
    {"semaines", std::nullopt},
}};

}  // namespace

Result<Printed<Amount>> read_amount(const Fields& fields, std::string_view key, int line) {
  return read_printed<Amount>(fields, key, line, "montant", &parse_printed_amount);
}
Result<Printed<Date>> read_date(const Fields& fields, std::string_view key, int line) {
  return read_printed<Date>(fields, key, line, "date", &parse_printed_date);
}
Result<Printed<Period>> read_period(const Fields& fields, std::string_view key, int line) {
  return read_printed<Period>(fields, key, line, "période", &parse_printed_period);
}
Result<Printed<Quantity>> read_quantity(const Fields& fields, std::string_view key, int line) {
  return read_printed<Quantity>(fields, key, line, "quantité", &parse_printed_quantity);
}
Result<Printed<int>> read_count(const Fields& fields, std::string_view key, int line) {
  return read_printed<int>(fields, key, line, "nombre", &parse_printed_count);
}
Result<Printed<Rate>> read_rate(const Fields& fields, std::string_view key, int line) {
  return read_printed<Rate>(fields, key, line, "taux", &parse_printed_rate);
}
Result<Printed<int>> read_duration(const Fields& fields, std::string_view key, int line) {
  return read_printed<int>(fields, key, line, "durée", &parse_printed_duration);
}

std::optional<QuantityUnit> domain_unit_of(std::string_view unit_key) {
  for (const auto& [key, unit] : kUnits) {
    if (key == unit_key) return unit;
  }
  return std::nullopt;
}

Result<std::string> read_unit(const Fields& fields, std::string_view key) {
  return fields.key_of(key, {"places", "accueils", "postes", "mesures", "accompagnements",
                             "personnes", "participants", "beneficiaires", "femmes", "jeunes",
                             "entrees", "menages", "etp", "diagnostics", "semaines"});
}

Result<SourceLines> read_source(const Fields& fields, std::string_view key) {
  OCTROI_TRY(const YamlNode* node, fields.need(key));
  OCTROI_TRY(Fields source,
             Fields::open(fields.context(), *node, fields.path_of(key), {"line", "to_line"}));
  OCTROI_TRY(int line, source.integer("line"));
  OCTROI_TRY(std::optional<int> to_line, source.optional_integer("to_line"));
  if (line < 1) {
    return source.error(
        *source.get("line"), "line", ErrorCode::kSourceOutOfRange,
        fmt::format("numéro de ligne {} : les lignes sont numérotées à partir de 1", line));
  }
  if (to_line && *to_line < line) {
    return source.error(*source.get("to_line"), "to_line", ErrorCode::kSourceOutOfRange,
                        fmt::format("to_line {} avant line {}", *to_line, line));
  }
  return SourceLines{line, to_line.value_or(line)};
}

Result<std::optional<SourceLines>> read_optional_source(const Fields& fields,
                                                        std::string_view key) {
  if (!fields.has(key)) return std::optional<SourceLines>();
  OCTROI_TRY(SourceLines source, read_source(fields, key));
  return std::optional<SourceLines>(source);
}

Result<PrintedBlock> read_block(const Fields& fields, std::string_view key) {
  OCTROI_TRY(const YamlNode* node, fields.need(key));
  OCTROI_TRY(Fields block, Fields::open(fields.context(), *node, fields.path_of(key),
                                        {"printed", "source", "note"}));
  PrintedBlock result;
  OCTROI_TRY(result.printed, block.text("printed"));
  OCTROI_TRY(result.source, read_source(block));
  OCTROI_TRY(result.note, block.optional_text("note"));
  return result;
}

Result<std::optional<PrintedBlock>> read_optional_block(const Fields& fields,
                                                        std::string_view key) {
  if (!fields.has(key)) return std::optional<PrintedBlock>();
  OCTROI_TRY(PrintedBlock block, read_block(fields, key));
  return std::optional<PrintedBlock>(std::move(block));
}

Result<TerritoryReference> read_territory(FileContext& context, const YamlNode& node,
                                          const std::string& path, bool with_source,
                                          SourceLines* source) {
  Result<Fields> opened =
      with_source ? Fields::open(context, node, path, {"printed", "canonical", "note", "source"})
                  : Fields::open(context, node, path, {"printed", "canonical", "note"});
  if (!opened.ok()) return opened.error();
  const Fields& fields = *opened;
  OCTROI_TRY(std::string printed, fields.text_allow_empty("printed"));
  OCTROI_TRY(std::optional<std::string> note, fields.optional_text("note"));
  if (with_source && source != nullptr) {
    OCTROI_TRY(*source, read_source(fields));
  }
  OCTROI_TRY(const YamlNode* canonical, fields.need("canonical"));
  std::vector<const YamlNode*> keys;
  if (canonical->is_sequence()) {
    for (const YamlNode& item : canonical->items) keys.push_back(&item);
  } else {
    keys.push_back(canonical);
  }
  const std::string canonical_path = fields.path_of("canonical");
  if (keys.empty()) {
    return error_at(context, *canonical, canonical_path, ErrorCode::kSchemaType,
                    "liste de territoires vide");
  }
  std::vector<Territory> territories;
  std::vector<std::string> canonical_keys;
  bool department = false;
  for (const YamlNode* key : keys) {
    if (!key->is_scalar()) {
      return error_at(context, *key, canonical_path, ErrorCode::kSchemaType,
                      fmt::format("clé de territoire attendue, trouvé {}", describe(*key)));
    }
    if (std::find(canonical_keys.begin(), canonical_keys.end(), key->value) !=
        canonical_keys.end()) {
      return error_at(context, *key, canonical_path, ErrorCode::kSchemaType,
                      fmt::format("territoire « {} » cité deux fois", key->value));
    }
    canonical_keys.push_back(key->value);
    if (key->value == "departement") {
      department = true;
      continue;
    }
    Result<Territory> territory = territory_from_key(key->value);
    if (!territory.ok()) {
      return error_at(context, *key, canonical_path, ErrorCode::kUnknownTerritory,
                      fmt::format("territoire inconnu « {} » ; clés admises : arrageois, artois, "
                                  "audomarois, boulonnais, calaisis, henin-carvin, lens-lievin, "
                                  "montreuillois, ternois, departement",
                                  key->value));
    }
    territories.push_back(*territory);
  }
  if (department && !territories.empty()) {
    return error_at(context, *canonical, canonical_path, ErrorCode::kSchemaType,
                    "« departement » ne se combine pas avec d'autres territoires");
  }
  TerritoryScope scope = TerritoryScope::department_wide();
  if (!department) {
    OCTROI_TRY(scope, TerritoryScope::of(territories));
  }
  return TerritoryReference{std::move(printed), scope, std::move(canonical_keys), std::move(note)};
}

Result<OrganisationReference> read_organisation_reference(FileContext& context,
                                                          const YamlNode& node,
                                                          const std::string& path) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path, {"printed", "id", "note"}));
  OrganisationReference result;
  OCTROI_TRY(result.printed, fields.text("printed"));
  OCTROI_TRY(std::string id, fields.id("id"));
  OCTROI_TRY(result.note, fields.optional_text("note"));
  context.refer(PendingReference::Kind::kOrganisation, id, *fields.get("id"), fields.path_of("id"));
  result.id = OrganisationId(std::move(id));
  return result;
}

Result<MemberReference> read_member_reference(FileContext& context, const YamlNode& node,
                                              const std::string& path) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path, {"printed", "member", "note"}));
  MemberReference result;
  OCTROI_TRY(result.printed, fields.text("printed"));
  OCTROI_TRY(std::string id, fields.id("member"));
  OCTROI_TRY(result.note, fields.optional_text("note"));
  context.refer(PendingReference::Kind::kMember, id, *fields.get("member"),
                fields.path_of("member"));
  result.member = MemberId(std::move(id));
  return result;
}

Result<AnnexReference> read_annex_reference(FileContext& context, const YamlNode& node,
                                            const std::string& path) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path, {"printed", "annex", "note"}));
  AnnexReference result;
  OCTROI_TRY(result.printed, fields.text("printed"));
  OCTROI_TRY(result.note, fields.optional_text("note"));
  OCTROI_TRY(const YamlNode* annex, fields.need("annex"));
  if (annex->is_sequence()) {
    OCTROI_TRY(result.annexes, fields.integers("annex"));
  } else {
    OCTROI_TRY(int number, fields.integer("annex"));
    result.annexes.push_back(number);
  }
  return result;
}

Result<PrintedQuantity> read_printed_quantity(FileContext& context, const YamlNode& node,
                                              const std::string& path, int line) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path, {"quantity", "unit", "note"}));
  PrintedQuantity result;
  OCTROI_TRY(result.quantity, read_quantity(fields, "quantity", line));
  OCTROI_TRY(result.unit, read_unit(fields, "unit"));
  OCTROI_TRY(result.note, fields.optional_text("note"));
  result.domain_unit = domain_unit_of(result.unit);
  return result;
}

namespace {

template <typename T, typename Read>
Result<std::vector<T>> read_list(const Fields& fields, std::string_view key, Read read) {
  std::vector<T> result;
  OCTROI_TRY(const YamlNode* list, fields.optional_sequence(key));
  if (list == nullptr) return result;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    OCTROI_TRY(T item, read(list->items[i], item_path(fields.path_of(key), i)));
    result.push_back(std::move(item));
  }
  return result;
}

}  // namespace

Result<std::vector<OrganisationReference>> read_organisation_references(const Fields& fields,
                                                                        std::string_view key) {
  return read_list<OrganisationReference>(
      fields, key, [&](const YamlNode& node, const std::string& path) {
        return read_organisation_reference(fields.context(), node, path);
      });
}

Result<std::vector<TerritoryReference>> read_territory_references(const Fields& fields,
                                                                  std::string_view key) {
  return read_list<TerritoryReference>(fields, key,
                                       [&](const YamlNode& node, const std::string& path) {
                                         return read_territory(fields.context(), node, path, false);
                                       });
}

Result<std::vector<AnnexReference>> read_annex_references(const Fields& fields,
                                                          std::string_view key) {
  return read_list<AnnexReference>(fields, key, [&](const YamlNode& node, const std::string& path) {
    return read_annex_reference(fields.context(), node, path);
  });
}

Result<std::vector<PrintedQuantity>> read_printed_quantities(const Fields& fields,
                                                             std::string_view key, int line) {
  return read_list<PrintedQuantity>(
      fields, key, [&](const YamlNode& node, const std::string& path) {
        return read_printed_quantity(fields.context(), node, path, line);
      });
}

}  // namespace octroi::import
