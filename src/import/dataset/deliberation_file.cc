// Readers of deliberation.yaml and budget.yaml (docs/data-format.md 10.1, 10.2).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<RecitalReference> read_recital_reference(FileContext& context, const YamlNode& node,
                                                const std::string& path, int line) {
  OCTROI_TRY(Fields fields, Fields::open(context, node, path,
                                         {"kind", "title", "number", "body", "date", "articles"}));
  RecitalReference reference;
  OCTROI_TRY(reference.kind,
             fields.key_of("kind", {"code", "decree", "deliberation", "rules_of_procedure",
                                    "report", "committee_opinion"}));
  OCTROI_TRY(reference.title, fields.optional_text("title"));
  OCTROI_TRY(reference.number, fields.optional_text("number"));
  OCTROI_TRY(reference.body,
             fields.optional_key_of("body", {"conseil_departemental", "commission_permanente"}));
  OCTROI_TRY(reference.date, read_optional(fields, "date", line, &read_date));
  OCTROI_TRY(reference.articles, fields.optional_text("articles"));
  return reference;
}

Result<Recital> read_recital(FileContext& context, const YamlNode& node, const std::string& path) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, node, path, {"text", "source", "references", "notes"}));
  Recital recital;
  OCTROI_TRY(recital.text, fields.text("text"));
  OCTROI_TRY(recital.source, read_source(fields));
  OCTROI_TRY(recital.notes, fields.optional_text("notes"));
  Status references = for_each_item(
      fields, "references", false, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(RecitalReference reference,
                   read_recital_reference(context, item, at, recital.source.line));
        recital.references.push_back(std::move(reference));
        return ok_status();
      });
  if (!references.ok()) return references.error();
  return recital;
}

}  // namespace

Result<DeliberationRecord> read_deliberation_file(FileContext& context, const YamlNode& root) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, root, "",
                          {"number", "title", "authority", "preamble", "recitals",
                           "decision_clause", "articles", "signatures", "place_and_date"}));
  DeliberationRecord record;
  {
    OCTROI_TRY(const YamlNode* node, fields.need("number"));
    OCTROI_TRY(Fields number, Fields::open(context, *node, fields.path_of("number"),
                                           {"printed", "number", "source"}));
    OCTROI_TRY(record.number.printed, number.text("printed"));
    OCTROI_TRY(record.number_text, number.text("number"));
    OCTROI_TRY(record.number.source, read_source(number));
  }
  OCTROI_TRY(record.title, read_block(fields, "title"));
  OCTROI_TRY(record.authority, read_block(fields, "authority"));
  OCTROI_TRY(record.preamble, read_block(fields, "preamble"));
  Status recitals = for_each_item(fields, "recitals", true,
                                  [&](const YamlNode& item, const std::string& at) -> Status {
                                    OCTROI_TRY(Recital recital, read_recital(context, item, at));
                                    record.recitals.push_back(std::move(recital));
                                    return ok_status();
                                  });
  if (!recitals.ok()) return recitals.error();
  OCTROI_TRY(record.decision_clause, read_block(fields, "decision_clause"));
  Status articles = for_each_item(
      fields, "articles", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(DeclaredDecision article, read_decision(context, item, at));
        record.articles.push_back(std::move(article));
        return ok_status();
      });
  if (!articles.ok()) return articles.error();
  Status signatures = for_each_item(
      fields, "signatures", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Signatory signatory, read_signatory(context, item, at, false));
        record.signatures.push_back(std::move(signatory));
        return ok_status();
      });
  if (!signatures.ok()) return signatures.error();
  {
    OCTROI_TRY(const YamlNode* node, fields.need("place_and_date"));
    OCTROI_TRY(Fields place, Fields::open(context, *node, fields.path_of("place_and_date"),
                                          {"printed", "date", "source"}));
    OCTROI_TRY(record.place_and_date.printed, place.text("printed"));
    OCTROI_TRY(record.place_and_date.source, read_source(place));
    OCTROI_TRY(record.date, read_date(place, "date", record.place_and_date.source.line));
  }
  return record;
}

Result<BudgetFile> read_budget_file(FileContext& context, const YamlNode& root) {
  OCTROI_TRY(Fields fields, Fields::open(context, root, "", {"budget_table", "notes"}));
  BudgetFile file;
  OCTROI_TRY(const YamlNode* table, fields.need("budget_table"));
  OCTROI_TRY(file.table, read_budget_table(context, *table, fields.path_of("budget_table")));
  OCTROI_TRY(file.notes, fields.optional_text("notes"));
  return file;
}

}  // namespace octroi::import
