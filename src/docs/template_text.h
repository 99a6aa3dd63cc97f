// TemplateText: the template language on plain text (private to docs): the
// tags of a text ({{name}}, {{#each list}}, {{#if name}}, {{else}},
// {{/each}}, {{/if}}), the scope names are looked up in, and the rendering
// of a text whose blocks open and close inside it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "docs/template_data.h"

namespace octroi::docs {

enum class TagKind { kValue, kEach, kIf, kElse, kEndEach, kEndIf };

struct Tag {
  TagKind kind = TagKind::kValue;
  std::string name{};     // "awards"; empty for else and closing tags
  std::string text{};     // as written: "{{#each awards}}"
  std::size_t begin = 0;  // byte offsets in the text searched
  std::size_t end = 0;
};

inline bool is_block_tag(TagKind kind) { return kind != TagKind::kValue; }
inline bool is_opening_tag(TagKind kind) { return kind == TagKind::kEach || kind == TagKind::kIf; }
inline bool is_closing_tag(TagKind kind) {
  return kind == TagKind::kEndEach || kind == TagKind::kEndIf;
}
// True when `closing` closes a block opened by `opening` ({{/each}} for {{#each}}).
inline bool closes(TagKind closing, TagKind opening) {
  return (closing == TagKind::kEndEach && opening == TagKind::kEach) ||
         (closing == TagKind::kEndIf && opening == TagKind::kIf);
}

// Every tag of `text`, in order. kTemplateSyntax, naming `where`, for "{{"
// without "}}" or a tag that is not of the language.
Result<std::vector<Tag>> find_tags(std::string_view text, std::string_view where);

// "… texte autour …": a short excerpt for error messages.
std::string excerpt(std::string_view text, std::size_t max_bytes = 80);

// Names are looked up from the innermost record outwards.
class TemplateScope {
 public:
  explicit TemplateScope(const TemplateData& root) : records_{&root} {}
  TemplateScope with(const TemplateData& record) const {
    TemplateScope inner = *this;
    inner.records_.push_back(&record);
    return inner;
  }
  std::size_t depth() const { return records_.size(); }
  // kTemplateUnknownName for an unknown name or a list used as a text.
  Result<std::string> text(const Tag& tag, std::string_view where) const;
  // kTemplateUnknownName for an unknown name or a text used as a list.
  Result<const std::vector<TemplateData>*> list(const Tag& tag, std::string_view where) const;
  // {{#if name}}: a non-empty text or list. kTemplateUnknownName when unknown.
  Result<bool> condition(const Tag& tag, std::string_view where) const;

 private:
  std::vector<const TemplateData*> records_;
};

// Renders a text whose blocks are all closed inside it. kTemplateSyntax for
// an unclosed or mismatched block, and the scope's errors.
Result<std::string> render_text(std::string_view text, const TemplateScope& scope,
                                std::string_view where, int max_depth);

}  // namespace octroi::docs
