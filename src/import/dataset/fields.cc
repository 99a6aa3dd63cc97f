#include "import/dataset/fields.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <limits>

namespace octroi::import {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// A plain scalar YAML (or a reader) could take for something other than text:
// a number, a boolean, a date. The format requires such texts to be quoted.
bool looks_like_non_text(const YamlNode& node) {
  if (!node.plain) return false;
  const std::string& v = node.value;
  const std::string l = lower(v);
  if (l == "true" || l == "false" || l == "yes" || l == "no" || l == "on" || l == "off" ||
      l == ".inf" || l == "-.inf" || l == "+.inf" || l == ".nan") {
    return true;
  }
  std::size_t i = (!v.empty() && (v[0] == '-' || v[0] == '+')) ? 1 : 0;
  bool digits = false;
  bool other = false;
  for (; i < v.size(); ++i) {
    if (is_digit(v[i])) {
      digits = true;
    } else if (v[i] != '.' && v[i] != 'e' && v[i] != 'E' && v[i] != '_' && v[i] != '-' &&
               v[i] != '+' && v[i] != ':') {
      other = true;
      break;
    }
  }
  return digits && !other;
}

std::string join(std::span<const std::string_view> items) {
  std::string result;
  for (std::string_view item : items) {
    if (!result.empty()) result += ", ";
    result += item;
  }
  return result;
}

}  // namespace

std::string child_path(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return fmt::format("{}.{}", parent, key);
}

std::string item_path(std::string_view parent, std::size_t index) {
  return fmt::format("{}[{}]", parent, index);
}

Error error_at(FileContext& context, const YamlNode& node, std::string_view path, ErrorCode code,
               std::string message) {
  return Error(code, std::move(message),
               Location{context.file, node.line, node.column, std::string(path)});
}

std::string describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return "null";
    case YamlNode::Kind::kScalar:
      return fmt::format("« {} »",
                         node.value.size() > 80 ? node.value.substr(0, 80) + "…" : node.value);
    case YamlNode::Kind::kSequence:
      return "une liste";
    case YamlNode::Kind::kMapping:
      return "un tableau associatif";
  }
  return "?";
}

bool is_valid_dataset_id(std::string_view text) {
  if (text.empty() || text.size() > 128) return false;
  bool previous_hyphen = true;
  for (char c : text) {
    if (c == '-') {
      if (previous_hyphen) return false;
      previous_hyphen = true;
    } else if (is_digit(c) || (c >= 'a' && c <= 'z')) {
      previous_hyphen = false;
    } else {
      return false;
    }
  }
  return !previous_hyphen;
}

Result<std::string> read_text(FileContext& context, const YamlNode& node, std::string_view path) {
  if (!node.is_scalar() || looks_like_non_text(node)) {
    return error_at(context, node, path, ErrorCode::kSchemaType,
                    fmt::format("texte attendu (entre guillemets), trouvé {}", describe(node)));
  }
  return node.value;
}

Result<int> read_integer(FileContext& context, const YamlNode& node, std::string_view path) {
  bool ok = node.is_scalar() && node.plain && !node.value.empty() && node.value.size() <= 9;
  std::size_t start = (ok && node.value[0] == '-') ? 1 : 0;
  if (ok && start == node.value.size()) ok = false;
  for (std::size_t i = start; ok && i < node.value.size(); ++i) ok = is_digit(node.value[i]);
  if (!ok) {
    return error_at(
        context, node, path, ErrorCode::kSchemaType,
        fmt::format("nombre entier attendu (sans guillemets), trouvé {}", describe(node)));
  }
  return std::stoi(node.value);
}

Result<std::string> read_id(FileContext& context, const YamlNode& node, std::string_view path) {
  if (!node.is_scalar() || !is_valid_dataset_id(node.value)) {
    return error_at(context, node, path, ErrorCode::kSchemaType,
                    fmt::format("identifiant invalide {} : minuscules, chiffres et tirets "
                                "(« t2-o3-01 », « ccas-isbergues »)",
                                describe(node)));
  }
  return node.value;
}

Result<Fields> Fields::open(FileContext& context, const YamlNode& node, std::string path,
                            std::initializer_list<std::string_view> allowed) {
  if (!node.is_mapping()) {
    return error_at(
        context, node, path, ErrorCode::kSchemaType,
        fmt::format("tableau associatif (clé: valeur) attendu, trouvé {}", describe(node)));
  }
  for (std::size_t i = 0; i < node.entries.size(); ++i) {
    const YamlNode& key = node.entries[i].first;
    for (std::size_t j = 0; j < i; ++j) {
      if (node.entries[j].first.value == key.value) {
        return error_at(context, key, child_path(path, key.value), ErrorCode::kYamlSyntax,
                        fmt::format("clé « {} » en double (déjà ligne {})", key.value,
                                    node.entries[j].first.line));
      }
    }
    if (std::find(allowed.begin(), allowed.end(), key.value) == allowed.end()) {
      return error_at(context, key, child_path(path, key.value), ErrorCode::kSchemaUnknownKey,
                      fmt::format("clé inconnue « {} » ; clés admises : {}", key.value,
                                  join({allowed.begin(), allowed.size()})));
    }
  }
  return Fields(context, node, std::move(path));
}

Error Fields::missing(std::string_view key, std::string_view why) const {
  return error_at(*context_, *node_, path_of(key), ErrorCode::kSchemaMissingKey,
                  why.empty() ? fmt::format("clé obligatoire « {} » absente", key)
                              : fmt::format("clé « {} » absente : {}", key, why));
}

Result<const YamlNode*> Fields::need(std::string_view key) const {
  const YamlNode* value = get(key);
  if (value == nullptr) return missing(key);
  return value;
}

Result<std::string> Fields::text(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  OCTROI_TRY(std::string result, read_text(*context_, *value, path_of(key)));
  if (result.empty()) {
    return error(*value, key, ErrorCode::kSchemaType, "texte vide : un texte non vide est attendu");
  }
  return result;
}

Result<std::string> Fields::text_allow_empty(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  return read_text(*context_, *value, path_of(key));
}

Result<std::optional<std::string>> Fields::text_or_null(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  if (value->is_null()) return std::optional<std::string>();
  OCTROI_TRY(std::string result, text(key));
  return std::optional<std::string>(std::move(result));
}

Result<std::optional<std::string>> Fields::optional_text(std::string_view key) const {
  if (!has(key)) return std::optional<std::string>();
  OCTROI_TRY(std::string result, text(key));
  return std::optional<std::string>(std::move(result));
}

Result<int> Fields::integer(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  return read_integer(*context_, *value, path_of(key));
}

Result<std::optional<int>> Fields::optional_integer(std::string_view key) const {
  if (!has(key)) return std::optional<int>();
  OCTROI_TRY(int result, integer(key));
  return std::optional<int>(result);
}

Result<bool> Fields::boolean(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  if (value->is_scalar() && value->plain && (value->value == "true" || value->value == "false")) {
    return value->value == "true";
  }
  return error(*value, key, ErrorCode::kSchemaType,
               fmt::format("true ou false attendu, trouvé {}", describe(*value)));
}

Result<std::optional<bool>> Fields::optional_boolean(std::string_view key) const {
  if (!has(key)) return std::optional<bool>();
  OCTROI_TRY(bool result, boolean(key));
  return std::optional<bool>(result);
}

Result<std::string> Fields::id(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  return read_id(*context_, *value, path_of(key));
}

Result<std::string> Fields::key_of(std::string_view key,
                                   std::initializer_list<std::string_view> allowed) const {
  return key_in(key, std::span<const std::string_view>(allowed.begin(), allowed.size()));
}

Result<std::string> Fields::key_in(std::string_view key,
                                   std::span<const std::string_view> allowed) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  if (value->is_scalar() &&
      std::find(allowed.begin(), allowed.end(), value->value) != allowed.end()) {
    return value->value;
  }
  return error(
      *value, key, ErrorCode::kSchemaType,
      fmt::format("valeur {} non admise ; valeurs admises : {}", describe(*value), join(allowed)));
}

Result<std::optional<std::string>> Fields::optional_key_of(
    std::string_view key, std::initializer_list<std::string_view> allowed) const {
  if (!has(key)) return std::optional<std::string>();
  OCTROI_TRY(std::string result, key_of(key, allowed));
  return std::optional<std::string>(std::move(result));
}

Result<std::optional<std::string>> Fields::optional_key_in(
    std::string_view key, std::span<const std::string_view> allowed) const {
  if (!has(key)) return std::optional<std::string>();
  OCTROI_TRY(std::string result, key_in(key, allowed));
  return std::optional<std::string>(std::move(result));
}

Result<const YamlNode*> Fields::sequence(std::string_view key) const {
  OCTROI_TRY(const YamlNode* value, need(key));
  if (!value->is_sequence()) {
    return error(*value, key, ErrorCode::kSchemaType,
                 fmt::format("liste attendue, trouvé {}", describe(*value)));
  }
  return value;
}

Result<const YamlNode*> Fields::optional_sequence(std::string_view key) const {
  if (!has(key)) return static_cast<const YamlNode*>(nullptr);
  return sequence(key);
}

Result<std::vector<std::string>> Fields::texts(std::string_view key) const {
  OCTROI_TRY(const YamlNode* list, sequence(key));
  std::vector<std::string> result;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    OCTROI_TRY(std::string text, read_text(*context_, list->items[i], item_path(path_of(key), i)));
    result.push_back(std::move(text));
  }
  return result;
}

Result<std::vector<std::string>> Fields::optional_texts(std::string_view key) const {
  if (!has(key)) return std::vector<std::string>();
  return texts(key);
}

Result<std::vector<int>> Fields::integers(std::string_view key) const {
  OCTROI_TRY(const YamlNode* list, sequence(key));
  std::vector<int> result;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    OCTROI_TRY(int value, read_integer(*context_, list->items[i], item_path(path_of(key), i)));
    result.push_back(value);
  }
  return result;
}

}  // namespace octroi::import
