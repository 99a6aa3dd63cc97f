// Reader of travel-agreement.yaml (docs/data-format.md 10.5).
#include <fmt/format.h>

#include "import/dataset/file_readers.h"
#include "import/dataset/value_readers.h"

namespace octroi::import {

namespace {

Result<PlaceholderBlock> read_placeholder_block(FileContext& context, const Fields& parent,
                                                std::string_view key) {
  OCTROI_TRY(const YamlNode* node, parent.need(key));
  OCTROI_TRY(Fields fields, Fields::open(context, *node, parent.path_of(key),
                                         {"printed", "placeholder", "source"}));
  PlaceholderBlock block;
  OCTROI_TRY(block.printed, fields.text("printed"));
  OCTROI_TRY(std::optional<bool> placeholder, fields.optional_boolean("placeholder"));
  block.placeholder = placeholder.value_or(false);
  OCTROI_TRY(block.source, read_source(fields));
  return block;
}

Result<std::vector<AgreementClauseText>> read_texts(FileContext& context, const Fields& fields,
                                                    std::string_view key) {
  std::vector<AgreementClauseText> texts;
  OCTROI_TRY_STATUS(
      for_each_item(fields, key, true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields clause, Fields::open(context, item, at, {"text", "source"}));
        AgreementClauseText text;
        OCTROI_TRY(text.text, clause.text("text"));
        OCTROI_TRY(text.source, read_source(clause));
        texts.push_back(std::move(text));
        return ok_status();
      }));
  return texts;
}

}  // namespace

Result<TravelAgreementRecord> read_travel_agreement_file(FileContext& context,
                                                         const YamlNode& root) {
  OCTROI_TRY(Fields fields,
             Fields::open(context, root, "",
                          {"annex", "article", "heading", "number", "object", "authorised_by",
                           "recitals", "preamble", "articles", "rates", "budget_line",
                           "jurisdiction", "placeholders", "signatories", "notes"}));
  TravelAgreementRecord record;
  OCTROI_TRY(record.annex, fields.integer("annex"));
  OCTROI_TRY(record.article, fields.integer("article"));
  OCTROI_TRY(record.heading, read_block(fields, "heading"));
  OCTROI_TRY(record.number, read_placeholder_block(context, fields, "number"));
  {
    OCTROI_TRY(const YamlNode* node, fields.need("object"));
    OCTROI_TRY(Fields object, Fields::open(context, *node, fields.path_of("object"),
                                           {"period", "quote", "source"}));
    OCTROI_TRY(record.object_quote, object.text("quote"));
    OCTROI_TRY(record.object_source, read_source(object));
    OCTROI_TRY(record.object_period, read_period(object, "period", record.object_source.line));
  }
  {
    OCTROI_TRY(const YamlNode* node, fields.need("authorised_by"));
    OCTROI_TRY(Fields by, Fields::open(context, *node, fields.path_of("authorised_by"),
                                       {"name", "note", "quote", "source"}));
    OCTROI_TRY(record.authorised_by_name, by.text("name"));
    OCTROI_TRY(record.authorised_by_note, by.optional_text("note"));
    OCTROI_TRY(record.authorised_by_quote, by.text("quote"));
    OCTROI_TRY(record.authorised_by_source, read_source(by));
  }
  OCTROI_TRY(record.recitals, read_texts(context, fields, "recitals"));
  OCTROI_TRY(record.preamble, read_texts(context, fields, "preamble"));
  OCTROI_TRY_STATUS(for_each_item(
      fields, "articles", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields article, Fields::open(context, item, at,
                                                {"number", "title", "text", "source", "period"}));
        AgreementArticle result;
        OCTROI_TRY(result.number, article.integer("number"));
        OCTROI_TRY(result.title, article.text("title"));
        OCTROI_TRY(result.text, article.text("text"));
        OCTROI_TRY(result.source, read_source(article));
        OCTROI_TRY(result.period,
                   read_optional(article, "period", result.source.line, &read_period));
        record.articles.push_back(std::move(result));
        return ok_status();
      }));
  OCTROI_TRY_STATUS(for_each_item(
      fields, "rates", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields rate, Fields::open(context, item, at,
                                             {"amount", "per", "per_year", "criterion", "parameter",
                                              "quote", "source"}));
        AgreementRate result;
        OCTROI_TRY(result.source, read_source(rate));
        OCTROI_TRY(result.amount, read_amount(rate, "amount", result.source.line));
        OCTROI_TRY(result.per, read_unit(rate, "per"));
        OCTROI_TRY(result.per_year, rate.boolean("per_year"));
        OCTROI_TRY(result.criterion, rate.optional_text("criterion"));
        OCTROI_TRY(result.parameter, rate.optional_text("parameter"));
        if (result.parameter) {
          context.refer(PendingReference::Kind::kParameter, *result.parameter,
                        *rate.get("parameter"), rate.path_of("parameter"));
        }
        OCTROI_TRY(result.quote, rate.text("quote"));
        record.rates.push_back(std::move(result));
        return ok_status();
      }));
  OCTROI_TRY(record.budget_line, read_placeholder_block(context, fields, "budget_line"));
  OCTROI_TRY(record.jurisdiction, read_block(fields, "jurisdiction"));
  OCTROI_TRY_STATUS(for_each_item(
      fields, "placeholders", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Fields placeholder,
                   Fields::open(context, item, at, {"printed", "field", "source"}));
        Placeholder result;
        OCTROI_TRY(result.printed, placeholder.text("printed"));
        OCTROI_TRY(result.field, placeholder.text("field"));
        OCTROI_TRY(result.source, read_source(placeholder));
        record.placeholders.push_back(std::move(result));
        return ok_status();
      }));
  OCTROI_TRY_STATUS(for_each_item(
      fields, "signatories", true, [&](const YamlNode& item, const std::string& at) -> Status {
        OCTROI_TRY(Signatory signatory, read_signatory(context, item, at, true));
        record.signatories.push_back(std::move(signatory));
        return ok_status();
      }));
  OCTROI_TRY(record.notes, fields.optional_text("notes"));
  return record;
}

}  // namespace octroi::import
