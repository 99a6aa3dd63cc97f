#include "import/dataset/yaml_tree.h"

#include <fmt/format.h>
#include <memory>
#include <optional>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace octroi::import {

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.first.value == key) return &entry.second;
  }
  return nullptr;
}

namespace {

// Thrown by the event handler to stop yaml-cpp at the first refused construct;
// caught in parse_yaml, never escapes this file.
struct Refusal {
  Error error;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  std::optional<YamlNode>& root() { return root_; }
  int documents() const { return documents_; }

  void OnDocumentStart(const YAML::Mark& /*mark*/) override { ++documents_; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    refuse_anchor(mark, anchor);
    YamlNode node = make(YamlNode::Kind::kNull, mark);
    add(std::move(node));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    throw Refusal{error_at(mark, "alias YAML (« * ») non admis : recopier la valeur")};
  }
  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    throw Refusal{error_at(mark, fmt::format("ancre YAML « &{} » non admise", name))};
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    const std::size_t pos = static_cast<std::size_t>(mark.pos < 0 ? 0 : mark.pos);
    if (pos < text_.size() && (text_[pos] == '|' || text_[pos] == '>')) {
      throw Refusal{error_at(mark,
                             "bloc de texte multiligne (« | » ou « > ») non admis : "
                             "écrire le texte entre guillemets doubles")};
    }
    YamlNode node = make(YamlNode::Kind::kScalar, mark);
    node.value = value;
    node.plain = tag == "?";
    add(std::move(node));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    open(make(YamlNode::Kind::kSequence, mark), mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    open(make(YamlNode::Kind::kMapping, mark), mark, tag, anchor);
  }
  void OnMapEnd() override {
    const YamlNode& mapping = stack_.back().node;
    if (stack_.back().pending_key) {
      throw Refusal{error_at_node(mapping, "clé sans valeur")};
    }
    close();
  }

 private:
  struct Frame {
    YamlNode node;
    std::optional<YamlNode> pending_key{};
  };

  void refuse_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) throw Refusal{error_at(mark, "ancre YAML (« & ») non admise")};
  }
  void refuse_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag != "?" && tag != "!" && !tag.empty()) {
      throw Refusal{error_at(mark, fmt::format("étiquette YAML « {} » non admise", tag))};
    }
  }
  void open(YamlNode node, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    // Stops yaml-cpp's recursive descent before it can exhaust the stack.
    if (static_cast<int>(stack_.size()) >= kMaxYamlDepth) {
      throw Refusal{error_at(
          mark, fmt::format("imbrication trop profonde (plus de {} niveaux)", kMaxYamlDepth))};
    }
    stack_.push_back(Frame{std::move(node)});
  }
  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }
  void add(YamlNode node) {
    if (stack_.empty()) {
      if (root_) throw Refusal{error_at_node(node, "un seul document YAML par fichier")};
      root_ = std::move(node);
      return;
    }
    Frame& frame = stack_.back();
    if (frame.node.kind == YamlNode::Kind::kSequence) {
      frame.node.items.push_back(std::move(node));
      return;
    }
    if (!frame.pending_key) {
      if (node.kind != YamlNode::Kind::kScalar) {
        throw Refusal{error_at_node(node, "une clé doit être un texte simple")};
      }
      frame.pending_key = std::move(node);
      return;
    }
    frame.node.entries.emplace_back(std::move(*frame.pending_key), std::move(node));
    frame.pending_key.reset();
  }

  // Line and column (1-based, in characters) of a yaml-cpp mark.
  std::pair<int, int> position(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return {0, 0};
    const std::size_t pos = std::min(static_cast<std::size_t>(mark.pos), text_.size());
    std::size_t start = 0;
    if (pos > 0) {
      const std::size_t newline = text_.rfind('\n', pos - 1);
      if (newline != std::string_view::npos) start = newline + 1;
    }
    int column = 1;
    for (std::size_t i = start; i < pos; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
    }
    return {mark.line + 1, column};
  }
  YamlNode make(YamlNode::Kind kind, const YAML::Mark& mark) const {
    YamlNode node;
    node.kind = kind;
    auto [line, column] = position(mark);
    node.line = line;
    node.column = column;
    return node;
  }
  Error error_at(const YAML::Mark& mark, std::string message) const {
    auto [line, column] = position(mark);
    return Error(ErrorCode::kYamlSyntax, std::move(message), Location{file_, line, column, {}});
  }
  Error error_at_node(const YamlNode& node, std::string message) const {
    return Error(ErrorCode::kYamlSyntax, std::move(message),
                 Location{file_, node.line, node.column, {}});
  }

  std::string_view text_;
  const std::string& file_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  int documents_ = 0;
};

}  // namespace

Result<YamlNode> parse_yaml(std::string_view text, const std::string& file) {
  if (text.size() > kMaxYamlBytes) {
    return Error(
        ErrorCode::kYamlSyntax,
        fmt::format("fichier trop volumineux ({} octets, au plus {})", text.size(), kMaxYamlBytes),
        Location{file, 0, 0, {}});
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    return Error(ErrorCode::kYamlSyntax, "marque d'ordre des octets (BOM) en tête de fichier",
                 Location{file, 1, 1, {}});
  }
  if (text.find('\0') != std::string_view::npos) {
    return Error(ErrorCode::kYamlSyntax, "caractère nul dans le fichier", Location{file, 0, 0, {}});
  }
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, file);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents() > 1) {
        return Error(ErrorCode::kYamlSyntax, "un seul document YAML par fichier",
                     Location{file, 0, 0, {}});
      }
    }
  } catch (const Refusal& refusal) {
    return refusal.error;
  } catch (const YAML::Exception& exception) {
    int line = exception.mark.is_null() ? 0 : exception.mark.line + 1;
    int column = exception.mark.is_null() ? 0 : exception.mark.column + 1;
    return Error(ErrorCode::kYamlSyntax, fmt::format("YAML illisible : {}", exception.msg),
                 Location{file, line, column, {}});
  }
  if (!builder.root()) return YamlNode{};
  return std::move(*builder.root());
}

}  // namespace octroi::import
