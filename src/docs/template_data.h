// TemplateData: what a document template is filled with: named texts
// ("organisation.name" -> "Le Cheval Bleu") and named lists of records
// ("awards", each record with its own texts and lists). Names are flat: the
// dots are part of the name, so a template reads like the data it shows.
// Inside {{#each awards}}, a name is looked up in the current record first,
// then in the enclosing ones. A plain value.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace octroi::docs {

struct TemplateData {
  std::map<std::string, std::string, std::less<>> values{};
  std::map<std::string, std::vector<TemplateData>, std::less<>> lists{};

  void set(const std::string& name, std::string value) { values[name] = std::move(value); }
  // The list of that name, created empty when absent.
  std::vector<TemplateData>& list(const std::string& name) { return lists[name]; }
};

}  // namespace octroi::docs
