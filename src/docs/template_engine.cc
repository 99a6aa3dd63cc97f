// TemplateEngine: normalise the runs of each paragraph, match the blocks over
// the whole part, mark their paragraphs or rows, then expand from the root.
#include "docs/template_engine.h"

#include <algorithm>
#include <fmt/format.h>
#include <pugixml.hpp>
#include <utility>
#include <vector>

#include "docs/template_text.h"
#include "docs/zip_archive.h"

namespace octroi::docs {
namespace {

constexpr const char* kOpenAttribute = "octroi-open";
constexpr const char* kCloseAttribute = "octroi-close";
constexpr const char* kElseAttribute = "octroi-else";

struct Names {
  const char* paragraph;
  const char* heading;  // a second paragraph element (ODT headings), or ""
  const char* text;     // element holding text (w:t), or "" when any text node counts
  const char* row;
  const char* cell;
};

const Names& names_of(TemplateDialect dialect) {
  static const Names odt{"text:p", "text:h", "", "table:table-row", "table:table-cell"};
  static const Names docx{"w:p", "", "w:t", "w:tr", "w:tc"};
  return dialect == TemplateDialect::kOdt ? odt : docx;
}

bool is_named(pugi::xml_node node, const char* name) {
  return *name != '\0' && std::string_view(node.name()) == name;
}

// A block tag left open or closed by its paragraph, to be matched over the part.
struct OuterTag {
  Tag tag;
  pugi::xml_node text;       // the text node holding it (after normalisation)
  pugi::xml_node paragraph;  // its paragraph
  bool alone = false;        // the paragraph holds nothing else
};

struct Block {
  const OuterTag* opening = nullptr;
  const OuterTag* otherwise = nullptr;
  const OuterTag* closing = nullptr;
  bool rows = false;
};

class PartFiller {
 public:
  PartFiller(TemplateDialect dialect, std::string_view where, const TemplateLimits& limits)
      : names_(names_of(dialect)), where_(where), limits_(limits) {}

  Result<std::string> fill(std::string_view xml, const TemplateData& data);

 private:
  bool is_paragraph(pugi::xml_node node) const {
    return is_named(node, names_.paragraph) || is_named(node, names_.heading);
  }
  std::vector<pugi::xml_node> text_nodes(pugi::xml_node paragraph) const;
  Status normalise(pugi::xml_node paragraph);
  Status mark_blocks();
  Status mark(const Block& block, int id);
  pugi::xml_node enclosing(pugi::xml_node node, const char* name) const;
  Status expand_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop,
                      const TemplateScope& scope, int depth);
  Status expand_block(pugi::xml_node parent, pugi::xml_node opening, const TemplateScope& scope,
                      int depth, pugi::xml_node& next);
  Status copy_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop,
                    pugi::xml_node before, int id, const TemplateScope& scope, int depth);

  const Names& names_;
  std::string where_;
  TemplateLimits limits_;
  std::vector<OuterTag> outer_;
  std::vector<Block> blocks_;
  std::size_t copies_ = 0;
};

std::vector<pugi::xml_node> PartFiller::text_nodes(pugi::xml_node paragraph) const {
  std::vector<pugi::xml_node> nodes;
  std::vector<pugi::xml_node> stack;
  for (pugi::xml_node child = paragraph.last_child(); child; child = child.previous_sibling()) {
    stack.push_back(child);
  }
  while (!stack.empty()) {
    pugi::xml_node node = stack.back();
    stack.pop_back();
    if (node.type() == pugi::node_pcdata) {
      if (*names_.text == '\0' || is_named(node.parent(), names_.text)) nodes.push_back(node);
    } else if (node.type() == pugi::node_element && !is_paragraph(node)) {
      for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
        stack.push_back(child);
      }
    }
  }
  return nodes;
}

// Moves the text of every tag, and of every block opened and closed in this
// paragraph, into the text node where it starts; records the other block tags.
Status PartFiller::normalise(pugi::xml_node paragraph) {
  std::vector<pugi::xml_node> nodes = text_nodes(paragraph);
  std::vector<std::string> texts;
  std::string full;
  for (pugi::xml_node node : nodes) {
    texts.emplace_back(node.value());
    full += texts.back();
  }
  if (full.find("{{") == std::string::npos) return ok_status();
  const std::string where = fmt::format("{}, paragraphe « {} »", where_, excerpt(full));
  OCTROI_TRY(std::vector<Tag> tags, find_tags(full, where));

  // Ranges to gather: each tag, widened to whole blocks closed in the paragraph.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::vector<std::size_t> open;  // indexes into tags
  std::vector<std::size_t> outer;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    ranges.emplace_back(tags[i].begin, tags[i].end);
    if (is_opening_tag(tags[i].kind)) {
      open.push_back(i);
    } else if (is_closing_tag(tags[i].kind) && !open.empty() &&
               closes(tags[i].kind, tags[open.back()].kind)) {
      ranges.emplace_back(tags[open.back()].begin, tags[i].end);
      // Tags inside an inline block are inline too.
      while (!outer.empty() && outer.back() > open.back()) outer.pop_back();
      open.pop_back();
    } else if (is_block_tag(tags[i].kind)) {
      if (tags[i].kind == TagKind::kElse && !open.empty()) continue;
      outer.push_back(i);
    }
  }
  for (std::size_t index : open) outer.push_back(index);
  std::sort(outer.begin(), outer.end());
  // Overlapping ranges (a tag inside an inline block) are gathered as one.
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& range : ranges) {
    if (!merged.empty() && range.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, range.second);
    } else {
      merged.push_back(range);
    }
  }

  // Apply the ranges: the concatenated text never changes, only which node holds what.
  std::vector<std::size_t> offsets(texts.size());
  std::size_t offset = 0;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    offsets[k] = offset;
    offset += texts[k].size();
  }
  std::size_t node = 0;
  for (const auto& [begin, end] : merged) {
    while (node + 1 < texts.size() && offsets[node] + texts[node].size() <= begin) ++node;
    std::size_t last = node;
    while (last + 1 < texts.size() && offsets[last] + texts[last].size() < end) ++last;
    for (std::size_t k = node + 1; k <= last; ++k) {
      const std::size_t take = std::min(texts[k].size(), end - offsets[k]);
      texts[node] += texts[k].substr(0, take);
      texts[k].erase(0, take);
      offsets[k] += take;
    }
  }
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    if (texts[k] == nodes[k].value()) continue;
    nodes[k].set_value(texts[k].c_str());
    pugi::xml_node holder = nodes[k].parent();
    if (*names_.text != '\0' && !holder.attribute("xml:space")) {
      holder.append_attribute("xml:space").set_value("preserve");
    }
  }

  std::string_view trimmed = full;
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  for (std::size_t index : outer) {
    const Tag& tag = tags[index];
    std::size_t k = 0;
    while (k + 1 < texts.size() && offsets[k] + texts[k].size() <= tag.begin) ++k;
    outer_.push_back(OuterTag{tag, nodes[k], paragraph, trimmed == tag.text});
  }
  return ok_status();
}

pugi::xml_node PartFiller::enclosing(pugi::xml_node node, const char* name) const {
  for (pugi::xml_node up = node.parent(); up; up = up.parent()) {
    if (is_named(up, name)) return up;
  }
  return {};
}

Status PartFiller::mark_blocks() {
  std::vector<Block> stack;
  for (const OuterTag& outer : outer_) {
    const std::string where = fmt::format("{}, « {} »", where_, outer.tag.text);
    if (is_opening_tag(outer.tag.kind)) {
      if (stack.size() > static_cast<std::size_t>(limits_.max_depth)) {
        return Error(ErrorCode::kTemplateSyntax, where + " : blocs trop imbriqués");
      }
      stack.push_back(Block{&outer});
    } else if (outer.tag.kind == TagKind::kElse) {
      if (stack.empty() || stack.back().opening->tag.kind != TagKind::kIf ||
          stack.back().otherwise != nullptr) {
        return Error(ErrorCode::kTemplateSyntax,
                     fmt::format("{}, paragraphe « {} » : « {{{{else}}}} » hors d'un bloc "
                                 "« {{{{#if …}}}} »",
                                 where_, excerpt(outer.paragraph.text().get())));
      }
      stack.back().otherwise = &outer;
    } else {
      if (stack.empty() || !closes(outer.tag.kind, stack.back().opening->tag.kind)) {
        return Error(ErrorCode::kTemplateSyntax,
                     stack.empty() ? fmt::format("{} : cette balise ne ferme aucun bloc", where)
                                   : fmt::format("{} : cette balise ferme le bloc « {} »", where,
                                                 stack.back().opening->tag.text));
      }
      Block block = stack.back();
      stack.pop_back();
      block.closing = &outer;
      blocks_.push_back(block);
      OCTROI_TRY_STATUS(mark(blocks_.back(), static_cast<int>(blocks_.size() - 1)));
    }
  }
  if (!stack.empty()) {
    const Tag& tag = stack.back().opening->tag;
    return Error(ErrorCode::kTemplateSyntax,
                 fmt::format("{} : bloc « {} » jamais fermé (il manque « {} »)", where_, tag.text,
                             tag.kind == TagKind::kEach ? "{{/each}}" : "{{/if}}"));
  }
  return ok_status();
}

Status PartFiller::mark(const Block& block, int id) {
  const OuterTag& opening = *block.opening;
  const OuterTag& closing = *block.closing;
  const std::string where = fmt::format("{}, bloc « {} »", where_, opening.tag.text);
  pugi::xml_node opening_cell = enclosing(opening.paragraph, names_.cell);
  pugi::xml_node closing_cell = enclosing(closing.paragraph, names_.cell);
  auto set = [](pugi::xml_node element, const char* attribute, int value) {
    if (element.attribute(attribute)) return false;
    element.append_attribute(attribute).set_value(value);
    return true;
  };
  if (opening_cell == closing_cell) {  // whole paragraphs
    const bool siblings = opening.paragraph.parent() == closing.paragraph.parent() &&
                          (block.otherwise == nullptr ||
                           block.otherwise->paragraph.parent() == opening.paragraph.parent());
    if (!opening.alone || !closing.alone || (block.otherwise && !block.otherwise->alone) ||
        !siblings) {
      return Error(ErrorCode::kTemplateSyntax,
                   where +
                       " : les balises d'un bloc sur plusieurs paragraphes doivent être "
                       "seules dans leur paragraphe, au même niveau (ou le bloc tenir "
                       "dans un seul paragraphe, ou dans des cellules d'un tableau)");
    }
    set(opening.paragraph, kOpenAttribute, id);
    set(closing.paragraph, kCloseAttribute, id);
    if (block.otherwise) set(block.otherwise->paragraph, kElseAttribute, id);
    return ok_status();
  }
  pugi::xml_node opening_row = enclosing(opening.paragraph, names_.row);
  pugi::xml_node closing_row = enclosing(closing.paragraph, names_.row);
  if (!opening_cell || !closing_cell || !opening_row || !closing_row ||
      opening_row.parent() != closing_row.parent()) {
    return Error(ErrorCode::kTemplateSyntax,
                 where +
                     " : un bloc qui commence dans une cellule doit finir dans une "
                     "cellule du même tableau");
  }
  if (block.otherwise) {
    return Error(ErrorCode::kTemplateSyntax,
                 where + " : « {{else}} » n'est pas possible dans un bloc de lignes de tableau");
  }
  auto marked = [](pugi::xml_node row) {
    return row.attribute(kOpenAttribute) || row.attribute(kCloseAttribute);
  };
  if (marked(opening_row) || (closing_row != opening_row && marked(closing_row)) ||
      !set(opening_row, kOpenAttribute, id) || !set(closing_row, kCloseAttribute, id)) {
    return Error(ErrorCode::kTemplateSyntax,
                 where + " : une même ligne de tableau ouvre ou ferme deux blocs");
  }
  blocks_[static_cast<std::size_t>(id)].rows = true;
  for (const OuterTag* tag : {&opening, &closing}) {
    std::string text = tag->text.value();
    if (auto position = text.find(tag->tag.text); position != std::string::npos) {
      text.erase(position, tag->tag.text.size());
      pugi::xml_node(tag->text).set_value(text.c_str());
    }
  }
  return ok_status();
}

Status PartFiller::copy_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop,
                              pugi::xml_node before, int id, const TemplateScope& scope,
                              int depth) {
  pugi::xml_node first_copy;
  for (pugi::xml_node node = first; node != stop; node = node.next_sibling()) {
    if (++copies_ > limits_.max_copies) {
      return Error(ErrorCode::kTemplateSyntax, where_ + " : document trop grand (boucles)");
    }
    pugi::xml_node copy = parent.insert_copy_before(node, before);
    for (const char* attribute : {kOpenAttribute, kCloseAttribute}) {
      if (copy.attribute(attribute).as_int(-1) == id) copy.remove_attribute(attribute);
    }
    if (!first_copy) first_copy = copy;
  }
  if (!first_copy) return ok_status();
  return expand_range(parent, first_copy, before, scope, depth + 1);
}

Status PartFiller::expand_block(pugi::xml_node parent, pugi::xml_node opening,
                                const TemplateScope& scope, int depth, pugi::xml_node& next) {
  const int id = opening.attribute(kOpenAttribute).as_int();
  const Block& block = blocks_.at(static_cast<std::size_t>(id));
  pugi::xml_node closing = opening;
  pugi::xml_node otherwise;
  while (closing && closing.attribute(kCloseAttribute).as_int(-1) != id) {
    if (closing.attribute(kElseAttribute).as_int(-1) == id) otherwise = closing;
    closing = closing.next_sibling();
  }
  if (!closing) {
    return Error(ErrorCode::kInternal, where_ + " : fin de bloc introuvable");
  }
  next = closing.next_sibling();
  const std::string where = fmt::format("{}, « {} »", where_, block.opening->tag.text);
  // Paragraph blocks copy what lies between their markers; row blocks copy
  // the rows themselves (their tags already removed).
  pugi::xml_node first = block.rows ? opening : opening.next_sibling();
  pugi::xml_node stop = block.rows ? next : (otherwise ? otherwise : closing);
  if (block.opening->tag.kind == TagKind::kEach) {
    OCTROI_TRY(const std::vector<TemplateData>* records, scope.list(block.opening->tag, where));
    for (const TemplateData& record : *records) {
      OCTROI_TRY_STATUS(copy_range(parent, first, stop, opening, id, scope.with(record), depth));
    }
  } else {
    OCTROI_TRY(bool kept, scope.condition(block.opening->tag, where));
    if (kept) {
      OCTROI_TRY_STATUS(copy_range(parent, first, stop, opening, id, scope, depth));
    } else if (otherwise) {
      OCTROI_TRY_STATUS(
          copy_range(parent, otherwise.next_sibling(), closing, opening, id, scope, depth));
    }
  }
  // Remove the template's own nodes, from the opening marker to the closing one.
  for (pugi::xml_node node = opening; node != next;) {
    pugi::xml_node after = node.next_sibling();
    parent.remove_child(node);
    node = after;
  }
  return ok_status();
}

Status PartFiller::expand_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop,
                                const TemplateScope& scope, int depth) {
  if (depth > limits_.max_depth) {
    return Error(ErrorCode::kArchiveInvalid, where_ + " : XML ou blocs trop imbriqués");
  }
  for (pugi::xml_node node = first; node && node != stop;) {
    if (node.type() == pugi::node_element && node.attribute(kOpenAttribute)) {
      pugi::xml_node next;
      OCTROI_TRY_STATUS(expand_block(parent, node, scope, depth, next));
      node = next;
      continue;
    }
    if (node.type() == pugi::node_element) {
      OCTROI_TRY_STATUS(expand_range(node, node.first_child(), {}, scope, depth + 1));
    } else if (node.type() == pugi::node_pcdata &&
               std::string_view(node.value()).find("{{") != std::string_view::npos) {
      const std::string where = fmt::format("{}, paragraphe « {} »", where_, excerpt(node.value()));
      OCTROI_TRY(std::string text, render_text(node.value(), scope, where, limits_.max_depth));
      node.set_value(text.c_str());
    }
    node = node.next_sibling();
  }
  return ok_status();
}

Result<std::string> PartFiller::fill(std::string_view xml, const TemplateData& data) {
  if (xml.size() > limits_.max_xml_size) {
    return Error(ErrorCode::kArchiveInvalid, where_ + " : partie XML trop grande");
  }
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(
      xml.data(), xml.size(), pugi::parse_full | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    return Error(ErrorCode::kArchiveInvalid,
                 fmt::format("{} : XML invalide à l'octet {} ({})", where_, parsed.offset,
                             parsed.description()));
  }
  // Every paragraph in document order, checking the depth on the way.
  std::vector<std::pair<pugi::xml_node, int>> stack{{document, 0}};
  std::vector<pugi::xml_node> paragraphs;
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > limits_.max_depth) {
      return Error(ErrorCode::kArchiveInvalid, where_ + " : XML trop imbriqué");
    }
    if (is_paragraph(node)) paragraphs.push_back(node);
    // The engine's own markers are not the template's to set.
    for (const char* attribute : {kOpenAttribute, kCloseAttribute, kElseAttribute}) {
      node.remove_attribute(attribute);
    }
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) stack.emplace_back(child, depth + 1);
    }
  }
  for (pugi::xml_node paragraph : paragraphs) OCTROI_TRY_STATUS(normalise(paragraph));
  // From here on outer_ does not change: blocks point into it.
  OCTROI_TRY_STATUS(mark_blocks());
  const TemplateScope scope(data);
  OCTROI_TRY_STATUS(expand_range(document, document.first_child(), {}, scope, 0));

  struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* bytes, size_t size) override {
      out.append(static_cast<const char*>(bytes), size);
    }
  } writer;
  document.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return std::move(writer.out);
}

bool is_text_part(TemplateDialect dialect, std::string_view name) {
  if (dialect == TemplateDialect::kOdt) return name == "content.xml" || name == "styles.xml";
  if (!name.starts_with("word/") || !name.ends_with(".xml")) return false;
  const std::string_view base = name.substr(5);
  return base == "document.xml" || base.starts_with("header") || base.starts_with("footer") ||
         base == "footnotes.xml" || base == "endnotes.xml";
}

}  // namespace

Result<std::string> fill_xml(std::string_view xml, TemplateDialect dialect, std::string_view where,
                             const TemplateData& data, const TemplateLimits& limits) {
  PartFiller filler(dialect, where, limits);
  return filler.fill(xml, data);
}

Result<std::string> fill_template(std::string_view archive_bytes, std::string_view template_name,
                                  const TemplateData& data, const TemplateLimits& limits) {
  OCTROI_TRY(ZipArchive archive, ZipArchive::read(archive_bytes, template_name));
  TemplateDialect dialect = TemplateDialect::kOdt;
  if (archive.find("word/document.xml") != nullptr) {
    dialect = TemplateDialect::kDocx;
  } else if (archive.find("content.xml") == nullptr) {
    return Error(ErrorCode::kArchiveInvalid,
                 fmt::format("modèle « {} » : ni content.xml (ODT) ni word/document.xml (DOCX)",
                             template_name));
  }
  for (ZipEntry& entry : archive.entries()) {
    if (!is_text_part(dialect, entry.name)) continue;
    const std::string where = fmt::format("modèle « {} », partie {}", template_name, entry.name);
    OCTROI_TRY(entry.contents, fill_xml(entry.contents, dialect, where, data, limits));
  }
  return archive.write();
}

}  // namespace octroi::docs
