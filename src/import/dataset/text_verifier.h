// The verification of printed texts against the source document
// (docs/data-format.md 3.4 and 4.1): every verified string and every typed
// value's text occurs in the source text of its element, values and nested
// printed references occur in their element's quote, and every source line
// lies inside the document.
#pragma once

#include "base/result.h"
#include "import/dataset/fields.h"
#include "import/dataset/source_document.h"
#include "import/dataset/yaml_tree.h"

namespace octroi::import {

// kSourceOutOfRange for a line outside the document; kQuoteNotFound, quoting
// the text and the source text, for the first text not found.
Status verify_printed_texts(FileContext& context, const YamlNode& root,
                            const DocumentText& document);

}  // namespace octroi::import
