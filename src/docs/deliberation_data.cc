// DocumentData of the deliberation: articles and imputations computed from
// the awards, the rest as printed.
#include <algorithm>

#include "docs/document_data.h"
#include "docs/document_values.h"

namespace octroi::docs {

// The imputation table: each budget line's awards (computed, never the
// printed proposition), against what is available; remaining = available − expense.
Status add_budget_imputations(const ProgrammeDataset& dataset, TemplateData& data) {
  std::vector<std::pair<std::string, Amount>> lines;
  for (const AnnexRow& row : dataset.rows) {
    const OperationEntry* operation = dataset.find_operation(row.theme, row.operation);
    if (operation == nullptr || !row.amount.value) continue;
    const std::string& code = operation->budget_line.code;
    auto found = std::find_if(lines.begin(), lines.end(),
                              [&](const auto& line) { return line.first == code; });
    if (found == lines.end()) found = lines.insert(lines.end(), {code, Amount()});
    OCTROI_TRY(found->second, found->second.plus(*row.amount.value));
  }
  data.list("budget_lines");
  Amount proposed_total;
  for (const auto& [code, proposed] : lines) {
    TemplateData line;
    line.set("code", code);
    line.set("proposed", figures(proposed));
    OCTROI_TRY(proposed_total, proposed_total.plus(proposed));
    for (const BudgetTableRow& printed : dataset.budget_table.rows) {
      if (printed.code != code) continue;
      line.set("imputation", printed.imputation.value_or(""));
      line.set("label", printed.label.value_or(""));
      if (printed.available && printed.available->value) {
        line.set("available", figures(*printed.available->value));
        OCTROI_TRY(Amount remaining, printed.available->value->minus(proposed));
        line.set("remaining", figures(remaining));
      }
    }
    for (const char* name : {"imputation", "label", "available", "remaining"}) {
      if (!line.values.contains(name)) line.set(name, "");
    }
    data.list("budget_lines").push_back(std::move(line));
  }
  data.set("budget_total", figures(proposed_total));
  return ok_status();
}

Result<TemplateData> budget_data(const ProgrammeDataset& dataset, Date date_of_effect) {
  TemplateData data = common_data(dataset, date_of_effect);
  OCTROI_TRY_STATUS(add_budget_imputations(dataset, data));
  return data;
}

namespace {

// The heading as session.yaml prints it: authority, body, date, presidency,
// secretary and the attendance lists.
std::vector<std::string> printed_heading(const ProgrammeDataset& dataset) {
  const SessionRecord& session = dataset.session;
  std::vector<std::string> heading;
  for (const std::string& text :
       {dataset.programme.authority_printed, session.body.printed, session.date_printed.printed}) {
    if (!text.empty()) heading.push_back(text);
  }
  if (session.chair) heading.push_back(session.chair->printed);
  if (session.secretary) heading.push_back("Secrétaire : " + session.secretary->printed);
  for (const AttendanceList& list : session.attendance) {
    std::string names;
    for (const MemberReference& member : list.members) {
      names += (names.empty() ? "" : ", ") + member.printed;
    }
    heading.push_back(list.heading + " " + names + ".");
  }
  return heading;
}

}  // namespace

Result<TemplateData> deliberation_data(const ProgrammeDataset& dataset, const AnnexTable& table,
                                       Date date_of_effect,
                                       const std::optional<SittingText>& sitting) {
  TemplateData data = common_data(dataset, date_of_effect);
  data.list("heading");
  for (const std::string& paragraph : sitting ? sitting->heading : printed_heading(dataset)) {
    TemplateData item;
    item.set("text", paragraph);
    data.list("heading").push_back(std::move(item));
  }
  const DeliberationRecord& record = dataset.deliberation;
  data.set("deliberation.title", record.title.printed);
  data.set("deliberation.authority", record.authority.printed);
  data.set("preamble", record.preamble.printed);
  data.set("decision_clause", record.decision_clause.printed);
  data.set("place_and_date", record.place_and_date.printed);
  data.list("recitals");
  for (const Recital& recital : record.recitals) {
    TemplateData item;
    item.set("text", recital.text);
    data.list("recitals").push_back(std::move(item));
  }
  // One funding article per theme, from the awards.
  int number = 0;
  data.list("articles");
  for (const AnnexTheme& theme : table.themes) {
    TemplateData article;
    article.set("number", std::to_string(++number));
    article.set("theme.number", std::to_string(theme.number));
    article.set("theme.title", theme.title);
    article.set("operation_count", std::to_string(theme.operations.size()));
    article.set("amount", figures(theme.total));
    article.set("amount_words", words(theme.total));
    data.list("articles").push_back(std::move(article));
  }
  data.list("other_articles");
  for (const DeclaredDecision& decision : record.articles) {
    if (decision.action == DecisionAction::kValidateFunding) continue;
    TemplateData article;
    article.set("number", std::to_string(++number));
    article.set("text", decision.text);
    article.set("budget_table", decision.action == DecisionAction::kBudgetImputation ? "oui" : "");
    data.list("other_articles").push_back(std::move(article));
  }
  OCTROI_TRY_STATUS(add_budget_imputations(dataset, data));
  data.list("recusals");
  std::vector<std::string> recusals;
  if (sitting) {
    recusals = sitting->recusals;
  } else {
    for (const RecusalStatement& recusal : dataset.session.recusals)
      recusals.push_back(recusal.quote);
  }
  for (const std::string& text : recusals) {
    TemplateData item;
    item.set("text", text);
    data.list("recusals").push_back(std::move(item));
  }
  data.set("vote", sitting ? sitting->vote : dataset.session.vote.quote);
  data.set("outcome", sitting ? sitting->outcome : dataset.session.vote.outcome.printed);
  data.list("signatures");
  for (const Signatory& signatory : record.signatures) {
    TemplateData item;
    item.set("role", signatory.role);
    item.set("name", signatory.name);
    data.list("signatures").push_back(std::move(item));
  }
  return data;
}

}  // namespace octroi::docs
