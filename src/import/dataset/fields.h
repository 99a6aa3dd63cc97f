// Fields: one YAML mapping of a dataset file opened against the keys its
// specification lists (docs/data-format.md), and the readers of plain fields
// (texts, integers, booleans, ids, enumeration keys). Every error names the
// file, the node's line and column, the field path ("sections[1].rows[3].amount")
// and quotes the faulty text, in French.
#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "import/dataset/yaml_tree.h"

namespace octroi::import {

// A reference to another entity, resolved once every file is read.
struct PendingReference {
  enum class Kind {
    kOrganisation,  // id of organisations.yaml
    kMember,        // id of session.yaml members
    kAwardRow,      // id of an award row of annex.yaml
    kOperation,     // (theme, operation) of themes.yaml
    kTheme,         // theme number of themes.yaml
    kBudgetCode,    // code of budget.yaml
    kParameter,     // parameter name (data/parameters/)
    kFormula,       // a funding formula (id: its text), compiled against the parameters
  };
  Kind kind = Kind::kOrganisation;
  std::string id{};
  int theme = 0;
  int operation = 0;
  Location location{};
};

// What a file's readers share: its name, the registry of the scalar nodes
// holding typed printed values (for the verification of docs/data-format.md
// 3.4), and the references to resolve.
struct FileContext {
  std::string file;
  std::unordered_set<const YamlNode*> typed_values{};
  std::vector<PendingReference> references{};

  void refer(PendingReference::Kind kind, std::string id, const YamlNode& node, std::string path,
             int theme = 0, int operation = 0) {
    references.push_back(PendingReference{kind, std::move(id), theme, operation,
                                          Location{file, node.line, node.column, std::move(path)}});
  }
};

// "sections[1]" + "rows" -> "sections[1].rows"; "" + "annex" -> "annex".
std::string child_path(std::string_view parent, std::string_view key);
std::string item_path(std::string_view parent, std::size_t index);

Error error_at(FileContext& context, const YamlNode& node, std::string_view path, ErrorCode code,
               std::string message);

// "« 8 000,00 € »" for a scalar; "une liste", "un tableau associatif", "null" otherwise.
std::string describe(const YamlNode& node);

class Fields {
 public:
  // kSchemaType when `node` is not a mapping; kSchemaUnknownKey for a key not in `allowed`.
  static Result<Fields> open(FileContext& context, const YamlNode& node, std::string path,
                             std::initializer_list<std::string_view> allowed);

  // nullptr when absent (a present `null` is returned: its kind is kNull).
  const YamlNode* get(std::string_view key) const { return node_->find(key); }
  bool has(std::string_view key) const { return get(key) != nullptr; }
  // kSchemaMissingKey when absent.
  Result<const YamlNode*> need(std::string_view key) const;

  const YamlNode& node() const { return *node_; }
  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const { return child_path(path_, key); }
  FileContext& context() const { return *context_; }

  Error error(const YamlNode& at, std::string_view key, ErrorCode code, std::string message) const {
    return error_at(*context_, at, path_of(key), code, std::move(message));
  }
  Error missing(std::string_view key, std::string_view why = {}) const;

  // Plain fields. `text`: a non-empty string; `text_or_null`: required key,
  // string or null; `optional_*`: absent key -> nullopt.
  Result<std::string> text(std::string_view key) const;
  Result<std::optional<std::string>> text_or_null(std::string_view key) const;
  Result<std::optional<std::string>> optional_text(std::string_view key) const;
  // A string that may be empty ("" for an empty territory cell).
  Result<std::string> text_allow_empty(std::string_view key) const;
  Result<int> integer(std::string_view key) const;
  Result<std::optional<int>> optional_integer(std::string_view key) const;
  Result<bool> boolean(std::string_view key) const;
  Result<std::optional<bool>> optional_boolean(std::string_view key) const;
  // ^[a-z0-9]+(-[a-z0-9]+)*$
  Result<std::string> id(std::string_view key) const;
  // One of `allowed`.
  Result<std::string> key_of(std::string_view key,
                             std::initializer_list<std::string_view> allowed) const;
  Result<std::optional<std::string>> optional_key_of(
      std::string_view key, std::initializer_list<std::string_view> allowed) const;
  Result<std::string> key_in(std::string_view key, std::span<const std::string_view> allowed) const;
  Result<std::optional<std::string>> optional_key_in(
      std::string_view key, std::span<const std::string_view> allowed) const;
  // A sequence (kSchemaType otherwise); nullptr when absent and optional.
  Result<const YamlNode*> sequence(std::string_view key) const;
  Result<const YamlNode*> optional_sequence(std::string_view key) const;
  Result<std::vector<std::string>> texts(std::string_view key) const;  // [text], required
  Result<std::vector<std::string>> optional_texts(std::string_view key) const;
  Result<std::vector<int>> integers(std::string_view key) const;  // [int], required

 private:
  Fields(FileContext& context, const YamlNode& node, std::string path)
      : context_(&context), node_(&node), path_(std::move(path)) {}

  FileContext* context_;
  const YamlNode* node_;
  std::string path_;
};

// Readers of single nodes (sequence items), with the node's own path.
Result<std::string> read_text(FileContext& context, const YamlNode& node, std::string_view path);
Result<int> read_integer(FileContext& context, const YamlNode& node, std::string_view path);
Result<std::string> read_id(FileContext& context, const YamlNode& node, std::string_view path);
bool is_valid_dataset_id(std::string_view text);

}  // namespace octroi::import
