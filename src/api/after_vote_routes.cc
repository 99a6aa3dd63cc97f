// The routes about the life of awards after the vote (docs/after-vote.md):
// a programme's agreements, budget lines (AE, committed, paid, remaining),
// overdue reviews and retention list; one agreement whole; its moves
// (draft, send, sign, amend, close), a review, a settlement and a payment;
// the payment orders CSV, the retention CSV and the recovery order as
// downloads. The same service functions as `octroi agreements|payments|
// reviews|retention` (service/agreement_actions.h and the rules it calls);
// every change is journaled by the store in its transaction.
#include <algorithm>
#include <fmt/format.h>

#include "api/after_vote_views.h"
#include "api/clock.h"
#include "api/routes.h"
#include "api/session_views.h"
#include "api/views.h"
#include "calendar/parse.h"
#include "docs/recovery_order_html.h"
#include "money/parse.h"
#include "service/after_vote_lists.h"
#include "service/agreement_actions.h"
#include "service/agreement_lifecycle.h"
#include "service/payment_rules.h"

namespace octroi::api {
namespace {

constexpr std::string_view kStaleMessage =
    "version de la convention manquante : rechargez la convention avant de la modifier";

std::string programme_of(const httplib::Request& request) { return request.matches[1]; }
std::string award_of(const httplib::Request& request) { return request.matches[2]; }

// The day lists are computed on: ?today= when given, else today (UTC).
Result<Date> today_of(const httplib::Request& request) {
  if (!request.has_param("today") || request.get_param_value("today").empty()) {
    return utc_today();
  }
  auto date = parse_date(request.get_param_value("today"));
  if (!date.ok()) {
    return field_error(date.error().code(),
                       fmt::format("date du jour : {}", date.error().message()), "today");
  }
  return *date;
}

Result<std::shared_ptr<const ProgrammeSnapshot>> current_programme(
    ServerContext& context, const httplib::Request& request) {
  return context.snapshot(programme_of(request));
}

Reply json(Json body, int status = 200) {
  Reply reply;
  reply.status = status;
  reply.body = std::move(body);
  return reply;
}

Result<Json> agreements_json(const ProgrammeDataset& dataset,
                             const std::vector<StoredAgreement>& agreements,
                             const std::vector<PaymentRecord>& payments) {
  Json out = Json::array();
  for (const StoredAgreement& stored : agreements) {
    OCTROI_TRY(Json entry, agreement_summary_json(dataset, stored, payments));
    out.push_back(std::move(entry));
  }
  return out;
}

// The awards of the programme that have no agreement yet (refusals left out).
Json draftable_json(const ProgrammeDataset& dataset,
                    const std::vector<StoredAgreement>& agreements) {
  Json out = Json::array();
  for (const AnnexRow& row : dataset.rows) {
    if (row.award.is_refusal()) continue;
    const bool drafted =
        std::any_of(agreements.begin(), agreements.end(), [&](const StoredAgreement& stored) {
          return stored.file.award.key() == row.award.id.key();
        });
    if (drafted) continue;
    const OrganisationEntry* entry = dataset.find_organisation(row.award.organisation.key());
    out.push_back({{"award", row.award.id.key()},
                   {"organisation", row.award.organisation.key()},
                   {"organisation_name",
                    entry != nullptr ? entry->organisation.name : row.award.organisation.key()},
                   {"amount", money_json(row.award.amount)}});
  }
  return out;
}

Json budget_lines_json(const std::vector<BudgetLineSummary>& lines) {
  Json out = Json::array();
  for (const BudgetLineSummary& line : lines) out.push_back(budget_line_summary_json(line));
  return out;
}

Json overdue_json(const std::vector<OverdueReview>& late) {
  Json out = Json::array();
  for (const OverdueReview& review : late) out.push_back(overdue_review_json(review));
  return out;
}

Json retention_json(const std::vector<RetentionEntry>& entries) {
  Json out = Json::array();
  for (const RetentionEntry& entry : entries) out.push_back(retention_entry_json(entry));
  return out;
}

// Everything the « Après le vote » screen shows, on the day asked.
Result<Reply> overview(ServerContext& context, const httplib::Request& request) {
  OCTROI_TRY(Date today, today_of(request));
  OCTROI_TRY(auto current, current_programme(context, request));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(auto agreements, lease->agreements(programme_of(request)));
  OCTROI_TRY(auto payments, lease->payments(programme_of(request)));
  OCTROI_TRY(auto lines, summarise_budget_lines(current->dataset, agreements, payments));
  OCTROI_TRY(Json listed, agreements_json(current->dataset, agreements, payments));
  return json({{"programme", {{"id", current->summary.id}, {"title", current->summary.title}}},
               {"today", date_json(today)},
               {"agreements", std::move(listed)},
               {"draftable", draftable_json(current->dataset, agreements)},
               {"budget_lines", budget_lines_json(lines)},
               {"overdue", overdue_json(overdue_reviews(agreements, today))},
               {"retention", retention_json(retention_list(agreements, today))}});
}

Result<Reply> list_agreements(ServerContext& context, const httplib::Request& request) {
  OCTROI_TRY(auto current, current_programme(context, request));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(auto agreements, lease->agreements(programme_of(request)));
  OCTROI_TRY(auto payments, lease->payments(programme_of(request)));
  OCTROI_TRY(Json listed, agreements_json(current->dataset, agreements, payments));
  return json(std::move(listed));
}

Result<Reply> budget_lines(ServerContext& context, const httplib::Request& request) {
  OCTROI_TRY(auto current, current_programme(context, request));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(auto agreements, lease->agreements(programme_of(request)));
  OCTROI_TRY(auto payments, lease->payments(programme_of(request)));
  OCTROI_TRY(auto lines, summarise_budget_lines(current->dataset, agreements, payments));
  return json(budget_lines_json(lines));
}

// A list computed from the agreements of a known programme (kNotFound
// otherwise) on the day asked.
using DayView = Result<Reply> (*)(const std::vector<StoredAgreement>&, Date,
                                  const httplib::Request&);
Handler on_day(ServerContext& context, DayView view) {
  return [&context, view](const httplib::Request& request, const Caller&) -> Result<Reply> {
    OCTROI_TRY(Date today, today_of(request));
    OCTROI_TRY(auto current, current_programme(context, request));
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(auto agreements, lease->agreements(programme_of(request)));
    return view(agreements, today, request);
  };
}

Result<Reply> overdue_view(const std::vector<StoredAgreement>& agreements, Date today,
                           const httplib::Request& /*request*/) {
  return json(overdue_json(overdue_reviews(agreements, today)));
}

Result<Reply> retention_view(const std::vector<StoredAgreement>& agreements, Date today,
                             const httplib::Request& /*request*/) {
  return json(retention_json(retention_list(agreements, today)));
}

Result<Reply> retention_download(const std::vector<StoredAgreement>& agreements, Date today,
                                 const httplib::Request& request) {
  return download(retention_csv(retention_list(agreements, today)), "text/csv; charset=utf-8",
                  fmt::format("conservation-{}.csv", programme_of(request)));
}

Result<Reply> agreement_page(ServerContext& context, const std::string& programme,
                             const std::string& award, int status = 200) {
  OCTROI_TRY(auto current, context.snapshot(programme));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(StoredAgreement stored, find_stored_agreement(*lease, programme, award));
  OCTROI_TRY(auto payments, lease->payments(programme));
  OCTROI_TRY(Json page, agreement_page_json(current->dataset, stored, payments));
  return json(std::move(page), status);
}

Result<Reply> draft(ServerContext& context, const httplib::Request& request, const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  Date today = utc_today();
  OCTROI_TRY(std::string date_text, string_field(body, "date", false));
  if (date_text.find_first_not_of(' ') != std::string::npos) {
    OCTROI_TRY(today, date_field(body, "date", "date du projet"));
  }
  OCTROI_TRY(auto current, current_programme(context, request));
  if (!current->parameters || !current->date_of_effect) {
    return Error(ErrorCode::kReferenceUnknown,
                 "paramètres ou date de séance indisponibles : projet de convention impossible");
  }
  {
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(
        StoredAgreement saved,
        draft_and_save(*lease, current->dataset, *current->parameters, *current->date_of_effect,
                       programme_of(request), award_of(request), today, stamp_of(caller)));
    (void)saved;
  }
  return agreement_page(context, programme_of(request), award_of(request), 201);
}

Result<Reply> move(ServerContext& context, const httplib::Request& request, const Caller& caller,
                   AgreementMove agreement_move) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  OCTROI_TRY(Date on, date_field(body, "date", "date de l'acte"));
  MoveRequest move_request{.move = agreement_move, .on = on, .read_version = version};
  OCTROI_TRY(std::string number, string_field(body, "number", false));
  if (agreement_move == AgreementMove::kSign &&
      number.find_first_not_of(' ') != std::string::npos) {
    auto parsed = AgreementNumber::parse(number);
    if (!parsed.ok()) {
      return field_error(parsed.error().code(),
                         fmt::format("numéro de convention : {}", parsed.error().message()),
                         "number");
    }
    move_request.number = *parsed;
  }
  OCTROI_TRY(auto current, current_programme(context, request));
  {
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(StoredAgreement saved,
               move_agreement(*lease, &current->dataset, programme_of(request), award_of(request),
                              move_request, stamp_of(caller)));
    (void)saved;
  }
  return agreement_page(context, programme_of(request), award_of(request));
}

Result<std::vector<std::string>> indicators_field(const Json& body) {
  std::vector<std::string> indicators;
  auto found = body.find("indicators");
  if (found == body.end() || found->is_null()) return indicators;
  if (!found->is_array()) {
    return field_error(ErrorCode::kInvalidValue,
                       "indicateurs : une liste (« places:lens-lievin=80 ») est attendue",
                       "indicators");
  }
  indicators.reserve(found->size());
  for (const Json& item : *found) {
    if (!item.is_string()) {
      return field_error(ErrorCode::kInvalidValue, "indicateurs : chaque indicateur est un texte",
                         "indicators");
    }
    indicators.push_back(item.get<std::string>());
  }
  return indicators;
}

Result<Reply> review(ServerContext& context, const httplib::Request& request,
                     const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  OCTROI_TRY(std::string tranche, required_text(body, "tranche", "tranche"));
  OCTROI_TRY(Date received, date_field(body, "received", "date de réception du bilan"));
  ReviewInput input{.tranche = tranche, .received_on = received};
  OCTROI_TRY(input.indicators, indicators_field(body));
  OCTROI_TRY(input.actual_cost, required_text(body, "actual_cost", "coût réel de l'action"));
  OCTROI_TRY(std::string score, string_field(body, "score", false));
  if (score.find_first_not_of(' ') != std::string::npos) input.score = score;
  OCTROI_TRY(input.notes, string_field(body, "notes", false));
  OCTROI_TRY(ReviewReport report, review_from_input(input));
  {
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(
        StoredAgreement saved,
        edit_agreement(
            *lease, programme_of(request), award_of(request), version, "review",
            [&](AgreementFile& file, AgreementChange&) { return record_review(file, report); },
            stamp_of(caller)));
    (void)saved;
  }
  return agreement_page(context, programme_of(request), award_of(request));
}

Result<Reply> settle(ServerContext& context, const httplib::Request& request,
                     const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(int version, version_field(body, kStaleMessage));
  OCTROI_TRY(std::string tranche, required_text(body, "tranche", "tranche"));
  OCTROI_TRY(Date on, date_field(body, "date", "date du solde"));
  {
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(SettledTranche settled,
               settle_and_save(*lease, programme_of(request), award_of(request), tranche, on,
                               version, stamp_of(caller)));
    (void)settled;
  }
  return agreement_page(context, programme_of(request), award_of(request));
}

Result<Reply> pay(ServerContext& context, const httplib::Request& request, const Caller& caller) {
  OCTROI_TRY(Json body, parse_body(request));
  OCTROI_TRY(std::string tranche, required_text(body, "tranche", "tranche"));
  OCTROI_TRY(Date paid_on, date_field(body, "date", "date du paiement"));
  PaymentRequest payment{.programme = programme_of(request),
                         .award = award_of(request),
                         .tranche = tranche,
                         .paid_on = paid_on};
  OCTROI_TRY(std::string kind, string_field(body, "kind", false));
  if (!kind.empty()) {
    auto parsed = payment_kind_from_key(kind);
    if (!parsed.ok()) return field_error(parsed.error().code(), parsed.error().message(), "kind");
    payment.kind = *parsed;
  }
  OCTROI_TRY(std::string amount, string_field(body, "amount", false));
  if (amount.find_first_not_of(' ') != std::string::npos) {
    auto parsed = parse_amount(amount);
    if (!parsed.ok()) {
      return field_error(
          ErrorCode::kInvalidAmount,
          fmt::format("montant illisible « {} » : {}", amount, parsed.error().message()), "amount");
    }
    payment.amount = *parsed;
  }
  OCTROI_TRY(auto current, current_programme(context, request));
  {
    OCTROI_TRY(auto lease, context.agreements.acquire());
    OCTROI_TRY(RecordedPayment recorded,
               record_agreement_payment(*lease, current->dataset, payment, stamp_of(caller)));
    (void)recorded;
  }
  return agreement_page(context, programme_of(request), award_of(request), 201);
}

Result<Reply> recovery_order(ServerContext& context, const httplib::Request& request) {
  const std::string tranche = request.get_param_value("tranche");
  if (tranche.empty()) {
    return field_error(ErrorCode::kMissingField, "tranche : paramètre obligatoire", "tranche");
  }
  const std::string format =
      request.has_param("format") ? request.get_param_value("format") : std::string("html");
  if (format != "html" && format != "text") {
    return field_error(ErrorCode::kInvalidValue,
                       fmt::format("format « {} » : attendu « html » ou « text »", format),
                       "format");
  }
  OCTROI_TRY(auto current, current_programme(context, request));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(StoredAgreement stored,
             find_stored_agreement(*lease, programme_of(request), award_of(request)));
  OCTROI_TRY(RecoveryOrder order, recovery_order_of(current->dataset, stored.file, tranche));
  const std::string name = fmt::format(
      "ordre-de-reversement-{}-{}",
      stored.file.number ? stored.file.number->text() : stored.file.award.key(), tranche);
  if (format == "text") {
    return download(order.text(), "text/plain; charset=utf-8", name + ".txt");
  }
  return download(docs::recovery_order_html(order), "text/html; charset=utf-8", name + ".html");
}

Result<Reply> payment_orders(ServerContext& context, const httplib::Request& request) {
  OCTROI_TRY(auto current, current_programme(context, request));
  OCTROI_TRY(auto lease, context.agreements.acquire());
  OCTROI_TRY(auto payments, lease->payments(programme_of(request)));
  return download(payment_orders_csv(payments), "text/csv; charset=utf-8",
                  fmt::format("ordres-de-paiement-{}.csv", current->summary.id));
}

// A handler that takes the request only.
template <typename Function>
Handler reading(ServerContext& context, Function function) {
  return [&context, function](const httplib::Request& request, const Caller&) {
    return function(context, request);
  };
}

template <typename Function>
Handler writing(ServerContext& context, Function function) {
  return [&context, function](const httplib::Request& request, const Caller& caller) {
    return function(context, request, caller);
  };
}

}  // namespace

void add_after_vote_routes(httplib::Server& http, ServerContext& context) {
  const std::string programme = R"(/api/programmes/([^/]+))";
  const std::string agreement = programme + R"(/agreements/([^/]+))";
  http.Get(programme + "/after-vote",
           guarded(context, Permission::kRead, reading(context, overview)));
  http.Get(programme + "/agreements",
           guarded(context, Permission::kRead, reading(context, list_agreements)));
  http.Get(programme + "/budget-lines",
           guarded(context, Permission::kRead, reading(context, budget_lines)));
  http.Get(programme + "/reviews/overdue",
           guarded(context, Permission::kRead, on_day(context, overdue_view)));
  http.Get(programme + "/retention",
           guarded(context, Permission::kRead, on_day(context, retention_view)));
  http.Get(programme + "/retention.csv",
           guarded(context, Permission::kDocuments, on_day(context, retention_download)));
  http.Get(programme + "/payment-orders.csv",
           guarded(context, Permission::kDocuments, reading(context, payment_orders)));
  http.Get(agreement, guarded(context, Permission::kRead,
                              [&context](const httplib::Request& request, const Caller&) {
                                return agreement_page(context, programme_of(request),
                                                      award_of(request));
                              }));
  http.Post(agreement + "/draft",
            guarded(context, Permission::kManageAgreements, writing(context, draft)));
  for (AgreementMove agreement_move :
       {AgreementMove::kSend, AgreementMove::kSign, AgreementMove::kAmend, AgreementMove::kClose}) {
    http.Post(
        agreement + "/" + std::string(to_key(agreement_move)),
        guarded(context, Permission::kManageAgreements,
                [&context, agreement_move](const httplib::Request& request, const Caller& caller) {
                  return move(context, request, caller, agreement_move);
                }));
  }
  http.Post(agreement + "/reviews",
            guarded(context, Permission::kManageAgreements, writing(context, review)));
  http.Post(agreement + "/settlements",
            guarded(context, Permission::kManageAgreements, writing(context, settle)));
  http.Post(agreement + "/payments",
            guarded(context, Permission::kPayments, writing(context, pay)));
  http.Get(agreement + "/recovery-order",
           guarded(context, Permission::kDocuments, reading(context, recovery_order)));
}

}  // namespace octroi::api
