// Deliberation: what a session decided on one report: its number ("2023-405"),
// title, recitals ("Vu le Code Général des Collectivités Territoriales ..."),
// numbered articles, and the vote. A plain aggregate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/article.h"
#include "domain/deliberation_number.h"
#include "domain/id.h"
#include "domain/vote.h"
#include "money/amount.h"

namespace octroi {

struct Deliberation {
  DeliberationId id{};               // "cp-2023-405"
  DeliberationNumber number;         // 2023-405 (required: no default)
  SessionId session{};               // "cp-2023-09-18"
  std::optional<ReportId> report{};  // "rapport-70": the report it adopts
  std::string title{};  // "APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023-PHASE 4"
  std::vector<std::string> recitals{};  // visas, in order
  std::vector<Article> articles{};      // numbered 1, 2, 3 ... in order
  std::optional<Vote> vote{};           // absent until voted

  // The article numbered `number`, or nullptr.
  const Article* article(int number) const;
  // The sum of the amounts the articles state (3 519 492,87 € for articles 1-3
  // of the reference); articles without an amount count for nothing.
  Result<Amount> articles_total() const;

  // kMissingField for an empty id, session or title; kInvalidValue when the
  // articles are not numbered 1, 2, 3 ... in order, an article's text is
  // empty, an amount or operation count is negative, or the vote is invalid.
  Status validate() const;
  static Result<Deliberation> create(Deliberation fields);
};

}  // namespace octroi
