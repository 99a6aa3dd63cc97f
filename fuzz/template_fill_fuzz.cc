// libFuzzer target for the document template engine: arbitrary bytes as one
// XML part of an ODT (first byte even) or DOCX (odd) template, filled with
// fixed data (texts, a list of two records with a nested list). Nothing may
// crash, overflow the stack (deep XML or blocks are refused) or hang (loops
// are bounded); a refusal carries a message, valid UTF-8 when the input is;
// a filled part parses again as XML and keeps none of the engine's markers.
#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "docs/template_engine.h"
#include "fuzz_support.h"

namespace octroi {
namespace {

using fuzz::check;
using fuzz::is_utf8;

docs::TemplateData make_data() {
  docs::TemplateData data;
  data.set("organisation.name", "Le Cheval Bleu & <Cie>");
  data.set("total", "113\u202F378,00\u00A0€");
  data.set("empty", "");
  for (int i = 0; i < 2; ++i) {
    docs::TemplateData award;
    award.set("operation", "Opération " + std::to_string(i));
    award.set("amount", "50\u202F000,00\u00A0€");
    award.list("lines").push_back(docs::TemplateData{{{"line", "a"}}, {}});
    data.list("awards").push_back(award);
  }
  data.list("none");
  return data;
}

}  // namespace
}  // namespace octroi

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace octroi;  // NOLINT(google-build-using-namespace)
  if (size == 0 || size > 64 * 1024) return 0;
  static const docs::TemplateData kData = make_data();
  const auto dialect =
      (data[0] & 1U) != 0 ? docs::TemplateDialect::kDocx : docs::TemplateDialect::kOdt;
  const std::string_view xml(reinterpret_cast<const char*>(data + 1), size - 1);
  docs::TemplateLimits limits;
  limits.max_copies = 20000;
  Result<std::string> filled = docs::fill_xml(xml, dialect, "modèle « fuzz »", kData, limits);
  if (!filled.ok()) {
    check(!filled.error().message().empty());
    check(!is_utf8(xml) || is_utf8(filled.error().message()));
    return 0;
  }
  pugi::xml_document again;
  check(static_cast<bool>(
      again.load_buffer(filled->data(), filled->size(), pugi::parse_full | pugi::parse_ws_pcdata)));
  struct MarkerFinder : pugi::xml_tree_walker {
    bool found = false;
    bool for_each(pugi::xml_node& node) override {
      for (const char* name : {"octroi-open", "octroi-close", "octroi-else"}) {
        if (node.attribute(name)) found = true;
      }
      return !found;
    }
  } finder;
  again.traverse(finder);
  check(!finder.found);
  return 0;
}
