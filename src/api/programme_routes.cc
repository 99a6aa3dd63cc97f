// The routes about programmes: the list, each programme's dashboard, annex,
// findings, payments and documents, an award's page and its edit, and an
// organisation's page across programmes. Reads come from the snapshot cache
// (programme_snapshot.h); the one write goes through service/edit_award.
#include <fmt/format.h>

#include "api/clock.h"
#include "api/finding_json.h"
#include "api/routes.h"
#include "api/views.h"
#include "docs/docs.h"
#include "money/parse.h"
#include "service/edit_award.h"
#include "service/payment_schedule.h"

namespace octroi::api {
namespace {

Result<Reply> list_programmes(ServerContext& context) {
  OCTROI_TRY(auto lease, context.programmes.acquire());
  OCTROI_TRY(auto summaries, lease->list_programmes());
  Reply reply;
  reply.body = Json::array();
  for (const ProgrammeSummary& summary : summaries) reply.body.push_back(summary_json(summary));
  return reply;
}

Result<Reply> award_page(ServerContext& context, const std::string& programme_id,
                         const std::string& award_id) {
  OCTROI_TRY(auto current, context.snapshot(programme_id));
  OCTROI_TRY(auto lease, context.programmes.acquire());
  OCTROI_TRY(auto history, lease->history("award", programme_id + "/" + award_id));
  OCTROI_TRY(Json page, award_page_json(*current, award_id, history));
  Reply reply;
  reply.body = std::move(page);
  return reply;
}

Result<Reply> edit(ServerContext& context, const httplib::Request& request, const Caller& caller) {
  const std::string programme_id = request.matches[1];
  const std::string award_id = request.matches[2];
  OCTROI_TRY(Json body, parse_body(request));
  auto version = body.find("version");
  if (version == body.end() || !version->is_number_integer()) {
    return field_error(ErrorCode::kMissingField,
                       "version de la ligne manquante : rechargez la ligne avant de la modifier",
                       "version");
  }
  AwardEdit award_edit;
  award_edit.programme_id = programme_id;
  award_edit.award_id = award_id;
  award_edit.read_version = version->get<std::int64_t>();
  OCTROI_TRY(std::string amount_text, string_field(body, "amount", false));
  if (!amount_text.empty()) {
    auto amount = parse_amount(amount_text);
    if (!amount.ok()) {
      return field_error(
          ErrorCode::kInvalidAmount,
          fmt::format("montant illisible « {} » : {}", amount_text, amount.error().message()),
          "amount");
    }
    award_edit.changes.amount = *amount;
  }
  if (body.contains("description")) {
    OCTROI_TRY(std::string description, string_field(body, "description", false));
    award_edit.changes.description = description;
  }
  OCTROI_TRY(std::string quantity_text, string_field(body, "quantity", false));
  OCTROI_TRY(auto lease, context.programmes.acquire());
  if (!quantity_text.empty()) {
    OCTROI_TRY(auto record, lease->find_award(programme_id, award_id));
    if (!record) {
      return Error(ErrorCode::kNotFound, fmt::format("ligne inconnue « {} »", award_id));
    }
    if (!record->quantity) {
      return field_error(ErrorCode::kInvalidValue, "cette ligne n'a pas de quantité à modifier",
                         "quantity");
    }
    auto quantity = parse_quantity(quantity_text);
    if (!quantity.ok()) {
      return field_error(
          ErrorCode::kInvalidQuantity,
          fmt::format("quantité illisible « {} » : {}", quantity_text, quantity.error().message()),
          "quantity");
    }
    award_edit.changes.quantity = UnitQuantity{*quantity, record->quantity->unit};
  }
  OCTROI_TRY(AwardRecord after, edit_award(*lease, award_edit, stamp_of(caller)));
  Reply reply;
  reply.body = record_json(after);
  return reply;
}

Result<Reply> payments(ServerContext& context, const std::string& programme_id) {
  OCTROI_TRY(auto current, context.snapshot(programme_id));
  if (!current->parameters || !current->date_of_effect) {
    return Error(ErrorCode::kReferenceUnknown,
                 "paramètres ou date de séance indisponibles : échéancier impossible");
  }
  OCTROI_TRY(auto schedule,
             schedule_payments(current->dataset, *current->parameters, *current->date_of_effect));
  Reply reply;
  reply.body = payments_json(schedule);
  return reply;
}

Result<Reply> organisation(ServerContext& context, const std::string& organisation_id) {
  OCTROI_TRY(auto snapshots, context.all_snapshots());
  auto page = organisation_page_json(organisation_id, snapshots);
  if (!page) {
    return Error(ErrorCode::kNotFound, fmt::format("organisme inconnu « {} »", organisation_id));
  }
  Reply reply;
  reply.body = std::move(*page);
  return reply;
}

Result<Reply> document_kinds() {
  Reply reply;
  reply.body = Json::array();
  for (const docs::DocumentKindInfo& info : docs::document_kinds()) {
    Json formats = Json::array();
    for (docs::DocumentFormat format : info.formats) {
      formats.push_back(std::string(docs::to_key(format)));
    }
    reply.body.push_back({{"kind", info.key},
                          {"label", info.label},
                          {"formats", formats},
                          {"per_organisation", info.per_organisation}});
  }
  return reply;
}

Result<Reply> document(ServerContext& context, const httplib::Request& request) {
  OCTROI_TRY(auto current, context.snapshot(request.matches[1]));
  if (!current->parameters || !current->date_of_effect) {
    return Error(ErrorCode::kReferenceUnknown,
                 "paramètres ou date de séance indisponibles : document impossible");
  }
  docs::DocumentRequest document_request;
  OCTROI_TRY(document_request.kind, docs::parse_kind(request.matches[2].str()));
  OCTROI_TRY(document_request.format,
             docs::parse_format(request.has_param("format") ? request.get_param_value("format")
                                                            : std::string("odt")));
  document_request.organisation = request.get_param_value("organisation");
  if (document_request.kind == docs::DocumentKind::kDeliberation) {
    // The sitting as recorded, when a session voted this programme.
    OCTROI_TRY(auto lease, context.sessions.acquire());
    OCTROI_TRY(document_request.sitting,
               recorded_sitting_text(*lease, current->dataset.programme.programme.id.key(),
                                     funded_organisations(current->dataset)));
  }
  OCTROI_TRY(docs::RenderedDocument rendered,
             docs::render_document(current->dataset, *current->parameters, *current->date_of_effect,
                                   document_request, context.options.templates_folder));
  return download(std::move(rendered.bytes), rendered.media_type, rendered.file_name);
}

// A programme's JSON kept serialised in its snapshot (dashboard, annex).
Handler cached_body(ServerContext& context, std::string ProgrammeSnapshot::*body) {
  return [&context, body](const httplib::Request& request, const Caller&) -> Result<Reply> {
    OCTROI_TRY(auto current, context.snapshot(request.matches[1]));
    return json_reply((*current).*body);
  };
}

}  // namespace

void add_programme_routes(httplib::Server& http, ServerContext& context) {
  http.Get("/api/programmes",
           guarded(context, Permission::kRead, [&context](const httplib::Request&, const Caller&) {
             return list_programmes(context);
           }));
  http.Get(R"(/api/programmes/([^/]+))",
           guarded(context, Permission::kRead,
                   cached_body(context, &ProgrammeSnapshot::dashboard_body)));
  http.Get(
      R"(/api/programmes/([^/]+)/annex)",
      guarded(context, Permission::kRead, cached_body(context, &ProgrammeSnapshot::annex_body)));
  http.Get(R"(/api/programmes/([^/]+)/findings)",
           guarded(context, Permission::kRead,
                   [&context](const httplib::Request& request, const Caller&) -> Result<Reply> {
                     OCTROI_TRY(auto current, context.snapshot(request.matches[1]));
                     Reply reply;
                     reply.body = findings_json(current->findings);
                     return reply;
                   }));
  http.Get(R"(/api/programmes/([^/]+)/awards/([^/]+))",
           guarded(context, Permission::kRead,
                   [&context](const httplib::Request& request, const Caller&) {
                     return award_page(context, request.matches[1], request.matches[2]);
                   }));
  http.Put(R"(/api/programmes/([^/]+)/awards/([^/]+))",
           guarded(context, Permission::kEditAwards,
                   [&context](const httplib::Request& request, const Caller& caller) {
                     return edit(context, request, caller);
                   }));
  http.Get(R"(/api/programmes/([^/]+)/payments)",
           guarded(context, Permission::kRead,
                   [&context](const httplib::Request& request, const Caller&) {
                     return payments(context, request.matches[1]);
                   }));
  http.Get(R"(/api/organisations/([^/]+))",
           guarded(context, Permission::kRead,
                   [&context](const httplib::Request& request, const Caller&) {
                     return organisation(context, request.matches[1]);
                   }));
  http.Get(R"(/api/programmes/([^/]+)/documents)",
           guarded(context, Permission::kRead,
                   [](const httplib::Request&, const Caller&) { return document_kinds(); }));
  http.Get(R"(/api/programmes/([^/]+)/documents/([^/]+))",
           guarded(context, Permission::kDocuments,
                   [&context](const httplib::Request& request, const Caller&) {
                     return document(context, request);
                   }));
}

}  // namespace octroi::api
