#include "import/dataset/text_verifier.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <optional>

namespace octroi::import {

namespace {

constexpr std::array<std::string_view, 25> kVerifiedKeys = {"quote",
                                                            "text",
                                                            "printed",
                                                            "description",
                                                            "label",
                                                            "title",
                                                            "heading",
                                                            "role",
                                                            "name",
                                                            "mention",
                                                            "criterion",
                                                            "due",
                                                            "committee",
                                                            "opinion",
                                                            "articles",
                                                            "number",
                                                            "code",
                                                            "imputation",
                                                            "commitment_authority",
                                                            "available",
                                                            "proposed",
                                                            "remaining",
                                                            "expense",
                                                            "place",
                                                            "groups"};

bool is_verified_key(std::string_view key) {
  return std::find(kVerifiedKeys.begin(), kVerifiedKeys.end(), key) != kVerifiedKeys.end();
}

std::string excerpt(std::string_view text) {
  if (text.size() <= 160) return std::string(text);
  std::size_t cut = 160;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

// A plain scalar that is a number or boolean, not a text (line numbers, theme numbers).
bool is_non_text(const YamlNode& node) {
  if (!node.plain) return false;
  if (node.value == "true" || node.value == "false") return true;
  return !node.value.empty() && std::all_of(node.value.begin(), node.value.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '-';
  });
}

struct Scope {
  std::optional<std::string> source_text{};
  int line = 0;
  const YamlNode* quote = nullptr;
  const YamlNode* quote_owner = nullptr;
};

class Verifier {
 public:
  Verifier(FileContext& context, const DocumentText& document)
      : context_(context), document_(document) {}

  Status walk(const YamlNode& node, const std::string& path, const Scope& outer) {
    if (node.is_sequence()) {
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        OCTROI_TRY_STATUS(walk(node.items[i], item_path(path, i), outer));
      }
      return ok_status();
    }
    if (!node.is_mapping()) return ok_status();
    Scope scope = outer;
    for (std::string_view key : {"source", "category_source"}) {
      const YamlNode* source = node.find(key);
      if (source == nullptr || !source->is_mapping()) continue;
      OCTROI_TRY(SourceLines lines, bounds(*source, child_path(path, key)));
      if (key == "source") {
        scope.source_text = document_.source_text(lines);
        scope.line = lines.line;
        scope.quote = nullptr;
        scope.quote_owner = nullptr;
      }
    }
    const YamlNode* quote = node.find("quote");
    if (quote != nullptr && quote->is_scalar()) {
      scope.quote = quote;
      scope.quote_owner = &node;
    }
    for (const auto& [key, value] : node.entries) {
      if (key.value == "source" || key.value == "category_source") continue;
      const std::string at = child_path(path, key.value);
      if (value.is_scalar()) {
        OCTROI_TRY_STATUS(check(key.value, value, at, scope, &node));
      } else if (value.is_sequence()) {
        for (std::size_t i = 0; i < value.items.size(); ++i) {
          const YamlNode& item = value.items[i];
          if (item.is_scalar()) {
            OCTROI_TRY_STATUS(check(key.value, item, item_path(at, i), scope, &node));
          } else {
            OCTROI_TRY_STATUS(walk(item, item_path(at, i), scope));
          }
        }
      } else {
        OCTROI_TRY_STATUS(walk(value, at, scope));
      }
    }
    return ok_status();
  }

 private:
  Result<SourceLines> bounds(const YamlNode& source, const std::string& path) {
    SourceLines lines;
    for (const auto& [key, value] : source.entries) {
      if (!value.is_scalar()) continue;
      const int number = std::atoi(value.value.c_str());
      if (key.value == "line") lines.line = number;
      if (key.value == "to_line") lines.to_line = number;
      if (number > document_.line_count()) {
        return error_at(
            context_, value, child_path(path, key.value), ErrorCode::kSourceOutOfRange,
            fmt::format("ligne {} hors du document ({} lignes)", number, document_.line_count()));
      }
    }
    if (lines.to_line == 0) lines.to_line = lines.line;
    return lines;
  }

  Status check(std::string_view key, const YamlNode& value, const std::string& path,
               const Scope& scope, const YamlNode* owner) {
    if (!scope.source_text || is_non_text(value)) return ok_status();
    const bool typed = context_.typed_values.count(&value) > 0;
    if (!typed && !is_verified_key(key)) return ok_status();
    if (scope.source_text->find(value.value) == std::string::npos) {
      return error_at(context_, value, path, ErrorCode::kQuoteNotFound,
                      fmt::format("texte « {} » introuvable dans le document, ligne {} : « {} »",
                                  excerpt(value.value), scope.line, excerpt(*scope.source_text)));
    }
    const bool nested_printed = key == "printed" && owner != scope.quote_owner;
    if (scope.quote != nullptr && &value != scope.quote && (typed || nested_printed) &&
        scope.quote->value.find(value.value) == std::string::npos) {
      return error_at(context_, value, path, ErrorCode::kQuoteNotFound,
                      fmt::format("texte « {} » absent de la citation « {} »", excerpt(value.value),
                                  excerpt(scope.quote->value)));
    }
    return ok_status();
  }

  FileContext& context_;
  const DocumentText& document_;
};

}  // namespace

Status verify_printed_texts(FileContext& context, const YamlNode& root,
                            const DocumentText& document) {
  Verifier verifier(context, document);
  return verifier.walk(root, "", Scope{});
}

}  // namespace octroi::import
