// Reader of annex.yaml (docs/data-format.md section 7): award rows and
// declared totals in printed order; each total's covered rows are resolved.
#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

struct AnnexBuilder {
  FileContext& context;
  const ThemesFile& themes;
  AnnexFile file{};
  std::map<std::string, std::string, std::less<>> ids{};  // id -> "award" | "total"
  int order = 0;

  bool has_operation(int theme, int operation) const {
    return std::any_of(themes.operations.begin(), themes.operations.end(),
                       [&](const OperationEntry& entry) {
                         return entry.theme == theme && entry.operation.number == operation;
                       });
  }

  Status claim_id(const Fields& fields, const std::string& id, std::string_view kind) {
    if (ids.count(id) > 0) {
      return fields.error(*fields.get("id"), "id", ErrorCode::kIdDuplicate,
                          fmt::format("identifiant de ligne « {} » en double", id));
    }
    ids.emplace(id, kind);
    return ok_status();
  }

  Result<int> read_operation_number(const Fields& fields, int theme) {
    OCTROI_TRY(int operation, fields.integer("operation"));
    if (!has_operation(theme, operation)) {
      return fields.error(*fields.get("operation"), "operation", ErrorCode::kReferenceUnknown,
                          fmt::format("opération {} inconnue dans la thématique {} (themes.yaml)",
                                      operation, theme));
    }
    return operation;
  }

  Result<std::optional<AnnexInstrument>> read_instrument(const Fields& row) {
    OCTROI_TRY(const YamlNode* node, row.need("instrument"));
    if (node->is_null()) return std::optional<AnnexInstrument>();
    OCTROI_TRY(Fields fields, Fields::open(context, *node, row.path_of("instrument"),
                                           {"printed", "kind", "annex"}));
    AnnexInstrument instrument;
    OCTROI_TRY(instrument.printed, fields.text("printed"));
    OCTROI_TRY(instrument.kind_key,
               fields.key_of("kind", {"standard_agreement", "amendment", "travel_agreement"}));
    OCTROI_TRY(instrument.annex, fields.optional_integer("annex"));
    instrument.kind = instrument.kind_key == "standard_agreement"
                          ? LegalInstrument::kStandardAgreement
                      : instrument.kind_key == "amendment" ? LegalInstrument::kAmendment
                                                           : LegalInstrument::kSpecificAgreement;
    return std::optional<AnnexInstrument>(std::move(instrument));
  }

  Status read_award(const YamlNode& node, const std::string& path, int section, int theme) {
    OCTROI_TRY(Fields fields,
               Fields::open(context, node, path,
                            {"kind", "id", "operation", "territory", "organisation", "description",
                             "quantities", "period", "amount", "instrument", "source", "notes"}));
    OCTROI_TRY(std::string id, fields.id("id"));
    OCTROI_TRY_STATUS(claim_id(fields, id, "award"));
    OCTROI_TRY(int operation, read_operation_number(fields, theme));
    OCTROI_TRY(SourceLines source, read_source(fields));
    OCTROI_TRY(const YamlNode* territory_node, fields.need("territory"));
    OCTROI_TRY(TerritoryReference territory,
               read_territory(context, *territory_node, fields.path_of("territory"), false));
    OCTROI_TRY(const YamlNode* organisation_node, fields.need("organisation"));
    OCTROI_TRY(
        OrganisationReference organisation,
        read_organisation_reference(context, *organisation_node, fields.path_of("organisation")));
    OCTROI_TRY(std::optional<std::string> description, fields.text_or_null("description"));
    OCTROI_TRY(std::vector<PrintedQuantity> quantities,
               read_printed_quantities(fields, "quantities", source.line));
    OCTROI_TRY(std::optional<Printed<Period>> period,
               read_optional(fields, "period", source.line, &read_period));
    OCTROI_TRY(Printed<Amount> amount, read_amount(fields, "amount", source.line));
    OCTROI_TRY(std::optional<AnnexInstrument> instrument, read_instrument(fields));
    OCTROI_TRY(std::optional<std::string> notes, fields.optional_text("notes"));

    Award award{.id = AwardId(id),
                .organisation = organisation.id,
                .operation = OperationId(fmt::format("t{}-o{}", theme, operation)),
                .territory = territory.scope,
                .description = description.value_or(""),
                .quantity = std::nullopt,
                .period = std::nullopt,
                .amount = amount.value.value_or(Amount::zero()),
                .instrument = instrument ? instrument->kind : LegalInstrument::kNone,
                .instrument_reference = std::nullopt};
    for (const PrintedQuantity& quantity : quantities) {
      if (quantity.quantity.value && quantity.domain_unit) {
        award.quantity = UnitQuantity{*quantity.quantity.value, *quantity.domain_unit};
        break;
      }
    }
    if (period && period->value) award.period = *period->value;
    if (instrument) award.instrument_reference = instrument->printed;
    file.rows.push_back(AnnexRow{.award = std::move(award),
                                 .order = order++,
                                 .section = section,
                                 .theme = theme,
                                 .operation = operation,
                                 .territory = std::move(territory),
                                 .organisation = std::move(organisation),
                                 .description = std::move(description),
                                 .quantities = std::move(quantities),
                                 .period = std::move(period),
                                 .amount = std::move(amount),
                                 .instrument = std::move(instrument),
                                 .source = source,
                                 .notes = std::move(notes)});
    return ok_status();
  }

  Status read_total(const YamlNode& node, const std::string& path, int section, int theme) {
    OCTROI_TRY(Fields fields, Fields::open(context, node, path,
                                           {"kind", "id", "label", "scope", "operation", "covers",
                                            "amount", "source", "notes"}));
    DeclaredTotal total;
    OCTROI_TRY(total.id, fields.id("id"));
    OCTROI_TRY_STATUS(claim_id(fields, total.id, "total"));
    total.order = order++;
    total.section = section;
    total.theme = theme;
    OCTROI_TRY(total.label, fields.text_or_null("label"));
    OCTROI_TRY(std::string scope,
               fields.key_of("scope", {"rows", "operation", "theme", "programme"}));
    total.scope = scope == "rows"        ? TotalScope::kRows
                  : scope == "operation" ? TotalScope::kOperation
                  : scope == "theme"     ? TotalScope::kTheme
                                         : TotalScope::kProgramme;
    const bool needs_operation =
        total.scope == TotalScope::kRows || total.scope == TotalScope::kOperation;
    if (needs_operation && !fields.has("operation")) {
      return fields.missing("operation", fmt::format("obligatoire pour la portée « {} »", scope));
    }
    if (fields.has("operation")) {
      OCTROI_TRY(total.operation, read_operation_number(fields, theme));
    }
    OCTROI_TRY(total.source, read_source(fields));
    OCTROI_TRY(total.amount, read_amount(fields, "amount", total.source.line));
    OCTROI_TRY(total.notes, fields.optional_text("notes"));
    if (total.scope != TotalScope::kRows) {
      if (fields.has("covers")) {
        return fields.error(
            *fields.get("covers"), "covers", ErrorCode::kSchemaUnknownKey,
            fmt::format("« covers » seulement pour la portée « rows », pas « {} »", scope));
      }
    } else {
      OCTROI_TRY(const YamlNode* covers, fields.sequence("covers"));
      for (std::size_t i = 0; i < covers->items.size(); ++i) {
        const std::string at = item_path(fields.path_of("covers"), i);
        OCTROI_TRY(std::string id, read_id(context, covers->items[i], at));
        const AnnexRow* row = nullptr;
        for (const AnnexRow& candidate : file.rows) {
          if (candidate.award.id.key() == id) row = &candidate;
        }
        auto known = ids.find(id);
        if (row == nullptr) {
          return error_at(context, covers->items[i], at, ErrorCode::kReferenceUnknown,
                          known != ids.end()
                              ? fmt::format("« {} » est une ligne de total, pas une ligne de "
                                            "répartition",
                                            id)
                              : fmt::format("ligne « {} » inconnue (les lignes couvertes sont "
                                            "imprimées avant le total)",
                                            id));
        }
        if (row->theme != theme || row->operation != *total.operation) {
          return error_at(context, covers->items[i], at, ErrorCode::kReferenceUnknown,
                          fmt::format("ligne « {} » hors de l'opération {} de la thématique {}", id,
                                      *total.operation, theme));
        }
        if (std::find(total.listed.begin(), total.listed.end(), row->award.id) !=
            total.listed.end()) {
          return error_at(context, covers->items[i], at, ErrorCode::kIdDuplicate,
                          fmt::format("ligne « {} » citée deux fois", id));
        }
        total.listed.push_back(row->award.id);
      }
      if (total.listed.empty()) {
        return fields.error(*covers, "covers", ErrorCode::kSchemaType,
                            "« covers » doit citer au moins une ligne");
      }
      total.covered = total.listed;
    }
    file.totals.push_back(std::move(total));
    return ok_status();
  }

  // Resolves the totals of scope operation and theme (section) and programme (file).
  void resolve() {
    for (DeclaredTotal& total : file.totals) {
      if (total.scope == TotalScope::kRows) continue;
      total.covered.clear();
      for (const AnnexRow& row : file.rows) {
        const bool covered = total.scope == TotalScope::kProgramme ||
                             (row.section == total.section && (total.scope == TotalScope::kTheme ||
                                                               row.operation == *total.operation));
        if (covered) total.covered.push_back(row.award.id);
      }
    }
  }
};

}  // namespace

Result<AnnexFile> read_annex_file(FileContext& context, const YamlNode& root,
                                  const ThemesFile& themes) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "", {"annex", "title", "sections"}));
  AnnexBuilder builder{context, themes};
  OCTROI_TRY(builder.file.header.annex, fields.integer("annex"));
  OCTROI_TRY(builder.file.header.title, read_block(fields, "title"));
  Status status = for_each_item(
      fields, "sections", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(Fields section,
                   Fields::open(context, item, path, {"theme", "heading", "columns", "rows"}));
        AnnexSection result;
        OCTROI_TRY(result.theme, section.integer("theme"));
        const bool known = std::any_of(
            themes.themes.begin(), themes.themes.end(),
            [&](const ThemeEntry& theme) { return theme.theme.number == result.theme; });
        if (!known) {
          return section.error(*section.get("theme"), "theme", ErrorCode::kReferenceUnknown,
                               fmt::format("thématique {} inconnue (themes.yaml)", result.theme));
        }
        OCTROI_TRY(result.heading, read_block(section, "heading"));
        OCTROI_TRY(const YamlNode* columns, section.need("columns"));
        if (!columns->is_null()) {
          OCTROI_TRY(Fields header, Fields::open(context, *columns, section.path_of("columns"),
                                                 {"printed", "source", "note"}));
          AnnexColumns printed;
          OCTROI_TRY(printed.printed, header.texts("printed"));
          OCTROI_TRY(printed.source, read_source(header));
          OCTROI_TRY(printed.note, header.optional_text("note"));
          result.columns = std::move(printed);
        }
        const int index = static_cast<int>(builder.file.sections.size());
        const int theme = result.theme;
        builder.file.sections.push_back(std::move(result));
        return for_each_item(
            section, "rows", true, [&](const YamlNode& row, const std::string& at) -> Status {
              if (!row.is_mapping()) {
                return error_at(
                    context, row, at, ErrorCode::kSchemaType,
                    fmt::format("ligne attendue (tableau associatif), trouvé {}", describe(row)));
              }
              const YamlNode* kind = row.find("kind");
              if (kind == nullptr) {
                return error_at(context, row, child_path(at, "kind"), ErrorCode::kSchemaMissingKey,
                                "clé obligatoire « kind » absente (award ou total)");
              }
              if (kind->is_scalar() && kind->value == "award")
                return builder.read_award(row, at, index, theme);
              if (kind->is_scalar() && kind->value == "total")
                return builder.read_total(row, at, index, theme);
              return error_at(context, *kind, child_path(at, "kind"), ErrorCode::kSchemaType,
                              fmt::format("valeur {} non admise ; valeurs admises : award, total",
                                          describe(*kind)));
            });
      });
  if (!status.ok()) return status.error();
  builder.resolve();
  return std::move(builder.file);
}

}  // namespace octroi::import
