// Reader of organisations.yaml (docs/data-format.md section 8).
#include <fmt/format.h>

#include "domain/siret.h"
#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<PrintedRepresentative> read_representative(FileContext& context, const Fields& parent) {
  OCTROI_TRY(const YamlNode* node, parent.need("representative"));
  OCTROI_TRY(Fields fields,
             Fields::open(context, *node, parent.path_of("representative"),
                          {"name", "role", "authorised_on", "quote", "source", "note"}));
  PrintedRepresentative result;
  OCTROI_TRY(result.name, fields.text("name"));
  OCTROI_TRY(result.role, fields.text("role"));
  OCTROI_TRY(result.source, read_source(fields));
  OCTROI_TRY(result.authorised_on,
             read_optional(fields, "authorised_on", result.source.line, &read_date));
  OCTROI_TRY(result.quote, fields.text("quote"));
  OCTROI_TRY(result.note, fields.optional_text("note"));
  return result;
}

Result<OrganisationEntry> read_organisation(FileContext& context, const YamlNode& node,
                                            const std::string& path) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, node, path,
                          {"id", "name", "aliases", "category", "category_source", "legal_form",
                           "siret", "address", "representative", "notes"}));
  OrganisationEntry entry;
  OCTROI_TRY(std::string id, fields.id("id"));
  entry.organisation.id = OrganisationId(std::move(id));
  OCTROI_TRY(entry.organisation.name, fields.text("name"));
  OCTROI_TRY(entry.aliases, fields.optional_texts("aliases"));
  OCTROI_TRY(entry.category,
             fields.optional_key_of(
                 "category", {"association", "ccas", "cias", "commune", "communaute_de_communes",
                              "sivom", "geiq", "gie", "mission_locale", "other"}));
  OCTROI_TRY(entry.category_source, read_optional_source(fields, "category_source"));
  OCTROI_TRY(entry.legal_form, read_optional_block(fields, "legal_form"));
  OCTROI_TRY(entry.siret, read_optional_block(fields, "siret"));
  OCTROI_TRY(entry.address, read_optional_block(fields, "address"));
  if (fields.has("representative")) {
    OCTROI_TRY(entry.representative, read_representative(context, fields));
  }
  OCTROI_TRY(entry.notes, fields.optional_text("notes"));
  if (entry.legal_form) entry.organisation.legal_form = entry.legal_form->printed;
  if (entry.address) entry.organisation.address = entry.address->printed;
  if (entry.siret) {
    // A printed SIRET whose key is wrong still loads: the checker reports it.
    Result<Siret> siret = Siret::parse(entry.siret->printed);
    if (siret.ok()) entry.organisation.siret = *siret;
  }
  if (entry.representative) {
    entry.organisation.representative_name = entry.representative->name;
    entry.organisation.representative_title = entry.representative->role;
    if (entry.representative->authorised_on) {
      entry.organisation.representative_empowered_on = entry.representative->authorised_on->value;
    }
  }
  return entry;
}

}  // namespace

Result<std::vector<OrganisationEntry>> read_organisations_file(FileContext& context,
                                                               const YamlNode& root) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "", {"organisations"}));
  std::vector<OrganisationEntry> organisations;
  Status status = for_each_item(
      fields, "organisations", true, [&](const YamlNode& item, const std::string& path) -> Status {
        OCTROI_TRY(OrganisationEntry entry, read_organisation(context, item, path));
        for (const OrganisationEntry& other : organisations) {
          if (other.organisation.id == entry.organisation.id) {
            return error_at(context, *item.find("id"), child_path(path, "id"),
                            ErrorCode::kIdDuplicate,
                            fmt::format("structure « {} » en double", entry.organisation.id.key()));
          }
        }
        organisations.push_back(std::move(entry));
        return ok_status();
      });
  if (!status.ok()) return status.error();
  return organisations;
}

}  // namespace octroi::import
