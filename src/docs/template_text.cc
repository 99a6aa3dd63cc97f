// TemplateText: tags, scope lookups and inline rendering.
#include "docs/template_text.h"

#include <fmt/format.h>

namespace octroi::docs {
namespace {

bool is_name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_name(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_name_character(c)) return false;
  }
  return true;
}

Error syntax(std::string_view where, const std::string& what) {
  return Error(ErrorCode::kTemplateSyntax, fmt::format("{} : {}", where, what));
}

Result<Tag> parse_tag(std::string_view inner, std::string_view where, std::string_view written) {
  Tag tag;
  std::string_view body = trim(inner);
  std::string_view name;
  if (body == "else") {
    tag.kind = TagKind::kElse;
  } else if (body == "/each") {
    tag.kind = TagKind::kEndEach;
  } else if (body == "/if") {
    tag.kind = TagKind::kEndIf;
  } else if (body.starts_with("#each ")) {
    tag.kind = TagKind::kEach;
    name = trim(body.substr(6));
  } else if (body.starts_with("#if ")) {
    tag.kind = TagKind::kIf;
    name = trim(body.substr(4));
  } else {
    tag.kind = TagKind::kValue;
    name = body;
  }
  if ((tag.kind == TagKind::kValue || is_opening_tag(tag.kind)) && !is_name(name)) {
    return syntax(where, fmt::format("balise illisible « {} » (attendu : {{{{nom}}}}, "
                                     "{{{{#each liste}}}}, {{{{#if nom}}}}, {{{{else}}}}, "
                                     "{{{{/each}}}} ou {{{{/if}}}})",
                                     excerpt(written)));
  }
  tag.name = std::string(name);
  tag.text = std::string(written);
  return tag;
}

// A parsed inline text: literals, values and blocks.
struct Piece {
  const Tag* tag = nullptr;  // nullptr: literal
  std::string_view literal{};
  std::vector<Piece> body{};
  std::vector<Piece> otherwise{};
};

Result<std::size_t> parse_pieces(std::string_view text, const std::vector<Tag>& tags,
                                 std::size_t index, std::size_t from, std::vector<Piece>& out,
                                 const Tag* opening, std::string_view where, int depth,
                                 int max_depth, std::size_t& resume);

Error unclosed(const Tag& opening, std::string_view where) {
  return syntax(where, fmt::format("bloc « {} » jamais fermé (il manque « {} »)", opening.text,
                                   opening.kind == TagKind::kEach ? "{{/each}}" : "{{/if}}"));
}

// Parses tags[index...] into `out` until the tag closing `opening` (or the
// end when opening is null). Returns the index of that closing tag; `resume`
// receives the text offset after it.
Result<std::size_t> parse_pieces(std::string_view text, const std::vector<Tag>& tags,
                                 std::size_t index, std::size_t from, std::vector<Piece>& out,
                                 const Tag* opening, std::string_view where, int depth,
                                 int max_depth, std::size_t& resume) {
  if (depth > max_depth) return syntax(where, "blocs trop imbriqués");
  std::vector<Piece>* current = &out;
  std::vector<Piece>* otherwise = nullptr;
  while (index < tags.size()) {
    const Tag& tag = tags[index];
    if (tag.begin > from) current->push_back(Piece{nullptr, text.substr(from, tag.begin - from)});
    from = tag.end;
    if (tag.kind == TagKind::kValue) {
      current->push_back(Piece{&tag});
      ++index;
    } else if (is_opening_tag(tag.kind)) {
      Piece block{&tag};
      std::size_t after = 0;
      OCTROI_TRY(std::size_t closing, parse_pieces(text, tags, index + 1, from, block.body, &tag,
                                                   where, depth + 1, max_depth, after));
      // The else part, when any, was parsed into body after an else marker.
      for (std::size_t i = 0; i < block.body.size(); ++i) {
        if (block.body[i].tag != nullptr && block.body[i].tag->kind == TagKind::kElse) {
          block.otherwise.assign(
              std::make_move_iterator(block.body.begin() + static_cast<long>(i) + 1),
              std::make_move_iterator(block.body.end()));
          block.body.resize(i);
          break;
        }
      }
      current->push_back(std::move(block));
      index = closing + 1;
      from = after;
    } else if (tag.kind == TagKind::kElse) {
      if (opening == nullptr || opening->kind != TagKind::kIf || otherwise != nullptr) {
        return syntax(where, fmt::format("« {{{{else}}}} » hors d'un bloc « {{{{#if …}}}} »"));
      }
      current->push_back(Piece{&tag});
      otherwise = current;
      ++index;
    } else {  // closing
      if (opening == nullptr || !closes(tag.kind, opening->kind)) {
        return syntax(where,
                      opening == nullptr
                          ? fmt::format("« {} » ne ferme aucun bloc", tag.text)
                          : fmt::format("« {} » ferme le bloc « {} »", tag.text, opening->text));
      }
      resume = from;
      return index;
    }
  }
  if (opening != nullptr) return unclosed(*opening, where);
  if (from < text.size()) out.push_back(Piece{nullptr, text.substr(from)});
  resume = text.size();
  return tags.size();
}

Status render_pieces(const std::vector<Piece>& pieces, const TemplateScope& scope,
                     std::string_view where, std::string& out) {
  for (const Piece& piece : pieces) {
    if (piece.tag == nullptr) {
      out += piece.literal;
    } else if (piece.tag->kind == TagKind::kValue) {
      OCTROI_TRY(std::string value, scope.text(*piece.tag, where));
      out += value;
    } else if (piece.tag->kind == TagKind::kIf) {
      OCTROI_TRY(bool kept, scope.condition(*piece.tag, where));
      OCTROI_TRY_STATUS(render_pieces(kept ? piece.body : piece.otherwise, scope, where, out));
    } else if (piece.tag->kind == TagKind::kEach) {
      OCTROI_TRY(const std::vector<TemplateData>* records, scope.list(*piece.tag, where));
      for (const TemplateData& record : *records) {
        OCTROI_TRY_STATUS(render_pieces(piece.body, scope.with(record), where, out));
      }
    }
  }
  return ok_status();
}

Error unknown(const Tag& tag, std::string_view where) {
  return Error(ErrorCode::kTemplateUnknownName,
               fmt::format("{} : nom inconnu « {} » dans « {} »", where, tag.name, tag.text));
}

}  // namespace

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  // Do not cut a UTF-8 sequence in two.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

Result<std::vector<Tag>> find_tags(std::string_view text, std::string_view where) {
  std::vector<Tag> tags;
  std::size_t position = 0;
  while (true) {
    const std::size_t begin = text.find("{{", position);
    if (begin == std::string_view::npos) break;
    const std::size_t close = text.find("}}", begin + 2);
    if (close == std::string_view::npos) {
      return syntax(where, fmt::format("balise non fermée « {} » (il manque « }}}} »)",
                                       excerpt(text.substr(begin), 60)));
    }
    const std::size_t end = close + 2;
    OCTROI_TRY(Tag tag, parse_tag(text.substr(begin + 2, close - begin - 2), where,
                                  text.substr(begin, end - begin)));
    tag.begin = begin;
    tag.end = end;
    tags.push_back(std::move(tag));
    position = end;
  }
  return tags;
}

Result<std::string> TemplateScope::text(const Tag& tag, std::string_view where) const {
  for (auto record = records_.rbegin(); record != records_.rend(); ++record) {
    if (auto found = (*record)->values.find(tag.name); found != (*record)->values.end()) {
      return found->second;
    }
    if ((*record)->lists.contains(tag.name)) {
      return Error(ErrorCode::kTemplateUnknownName,
                   fmt::format("{} : « {} » est une liste : écrivez {{{{#each {}}}}} … "
                               "{{{{/each}}}}",
                               where, tag.name, tag.name));
    }
  }
  return unknown(tag, where);
}

Result<const std::vector<TemplateData>*> TemplateScope::list(const Tag& tag,
                                                             std::string_view where) const {
  for (auto record = records_.rbegin(); record != records_.rend(); ++record) {
    if (auto found = (*record)->lists.find(tag.name); found != (*record)->lists.end()) {
      return &found->second;
    }
    if ((*record)->values.contains(tag.name)) {
      return Error(
          ErrorCode::kTemplateUnknownName,
          fmt::format("{} : « {} » n'est pas une liste (dans « {} »)", where, tag.name, tag.text));
    }
  }
  return unknown(tag, where);
}

Result<bool> TemplateScope::condition(const Tag& tag, std::string_view where) const {
  for (auto record = records_.rbegin(); record != records_.rend(); ++record) {
    if (auto found = (*record)->values.find(tag.name); found != (*record)->values.end()) {
      return !found->second.empty();
    }
    if (auto found = (*record)->lists.find(tag.name); found != (*record)->lists.end()) {
      return !found->second.empty();
    }
  }
  return unknown(tag, where);
}

Result<std::string> render_text(std::string_view text, const TemplateScope& scope,
                                std::string_view where, int max_depth) {
  OCTROI_TRY(std::vector<Tag> tags, find_tags(text, where));
  if (tags.empty()) return std::string(text);
  std::vector<Piece> pieces;
  std::size_t resume = 0;
  OCTROI_TRY(std::size_t end,
             parse_pieces(text, tags, 0, 0, pieces, nullptr, where, 0, max_depth, resume));
  (void)end;
  std::string out;
  out.reserve(text.size());
  OCTROI_TRY_STATUS(render_pieces(pieces, scope, where, out));
  return out;
}

}  // namespace octroi::docs
