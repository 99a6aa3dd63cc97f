// What the canonical JSON codecs of sessions (store/session_json.cc) and of
// the register (store/register_json.cc) share: writing an optional date, and
// Reader, which reads the fields of one stored document and names the
// document and the field's path ("agenda[2].vote.for.count") in every error.
// decode() parses a text and runs a reader over it; no nlohmann exception
// leaves it.
#pragma once

#include <cctype>
#include <cstdint>
#include <fmt/format.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/date.h"
#include "domain/id.h"
#include "domain/siret.h"

namespace octroi::store::document_json {

using nlohmann::json;

// An ISO 8601 date, or null.
inline json optional_date(const std::optional<Date>& date) {
  return date ? json(date->iso()) : json(nullptr);
}

inline std::string join(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : fmt::format("{}.{}", parent, key);
}

inline std::string at_index(const std::string& parent, std::size_t index) {
  return fmt::format("{}[{}]", parent, index + 1);
}

// Reads the fields of one stored document; each error names the document and
// the field's path in it.
class Reader {
 public:
  explicit Reader(std::string_view document) : document_(document) {}

  Error error(const std::string& path, std::string_view problem) const {
    return Error(ErrorCode::kInvalidValue,
                 fmt::format("{} illisible : champ « {} » : {}", document_, path, problem),
                 Location::of_field(path));
  }
  // A domain error about the field at `path`, its message kept.
  Error wrap(const std::string& path, const Error& cause) const {
    return Error(cause.code(),
                 fmt::format("{} illisible : champ « {} » : {}", document_, path, cause.message()),
                 Location::of_field(path));
  }

  // The value at `key`, or nullptr when it is absent or null.
  static const json* find(const json& object, std::string_view key) {
    auto found = object.find(std::string(key));
    if (found == object.end() || found->is_null()) return nullptr;
    return &*found;
  }

  Result<const json*> required(const json& object, const std::string& parent,
                               std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return error(join(parent, key), "absent");
    return value;
  }

  Result<const json*> object(const json& parent_object, const std::string& parent,
                             std::string_view key) const {
    OCTROI_TRY(const json* value, required(parent_object, parent, key));
    if (!value->is_object()) return error(join(parent, key), "objet attendu");
    return value;
  }

  // An array; absent or null reads as empty.
  Result<std::vector<const json*>> array(const json& object, const std::string& parent,
                                         std::string_view key) const {
    std::vector<const json*> items;
    const json* value = find(object, key);
    if (value == nullptr) return items;
    if (!value->is_array()) return error(join(parent, key), "liste attendue");
    for (const json& item : *value) items.push_back(&item);
    return items;
  }

  Result<std::optional<std::string>> optional_text(const json& object, const std::string& parent,
                                                   std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<std::string>();
    if (!value->is_string()) return error(join(parent, key), "texte attendu");
    return std::optional<std::string>(value->get<std::string>());
  }

  // A text; absent or null reads as "".
  Result<std::string> text(const json& object, const std::string& parent,
                           std::string_view key) const {
    OCTROI_TRY(auto value, optional_text(object, parent, key));
    return value.value_or(std::string());
  }

  Result<std::optional<std::int64_t>> optional_int64(const json& object, const std::string& parent,
                                                     std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<std::int64_t>();
    if (value->is_number_unsigned()) {
      auto number = value->get<std::uint64_t>();
      if (number > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return error(join(parent, key), "entier trop grand");
      }
      return std::optional<std::int64_t>(static_cast<std::int64_t>(number));
    }
    if (!value->is_number_integer()) return error(join(parent, key), "nombre entier attendu");
    return std::optional<std::int64_t>(value->get<std::int64_t>());
  }

  Result<std::optional<int>> optional_int(const json& object, const std::string& parent,
                                          std::string_view key) const {
    OCTROI_TRY(auto value, optional_int64(object, parent, key));
    if (!value) return std::optional<int>();
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
      return error(join(parent, key), "entier hors limites");
    }
    return std::optional<int>(static_cast<int>(*value));
  }

  Result<int> integer(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_int(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  Result<std::optional<bool>> optional_boolean(const json& object, const std::string& parent,
                                               std::string_view key) const {
    const json* value = find(object, key);
    if (value == nullptr) return std::optional<bool>();
    if (!value->is_boolean()) return error(join(parent, key), "true ou false attendu");
    return std::optional<bool>(value->get<bool>());
  }

  Result<bool> boolean(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_boolean(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  // A date written "YYYY-MM-DD", nothing else.
  Result<std::optional<Date>> optional_date(const json& object, const std::string& parent,
                                            std::string_view key) const {
    OCTROI_TRY(auto text_value, optional_text(object, parent, key));
    if (!text_value) return std::optional<Date>();
    const std::string& iso = *text_value;
    const std::string path = join(parent, key);
    bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    for (std::size_t index = 0; shaped && index < iso.size(); ++index) {
      if (index != 4 && index != 7 && std::isdigit(static_cast<unsigned char>(iso[index])) == 0) {
        shaped = false;
      }
    }
    if (!shaped) return error(path, fmt::format("date AAAA-MM-JJ attendue, « {} » trouvé", iso));
    auto date = Date::create(std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                             std::stoi(iso.substr(8, 2)));
    if (!date.ok()) return wrap(path, date.error());
    return std::optional<Date>(*date);
  }

  Result<Date> date(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(auto value, optional_date(object, parent, key));
    if (!value) return error(join(parent, key), "absent");
    return *value;
  }

  // An id; absent, null or "" reads as the empty id (validate() decides).
  template <typename Tag>
  Result<Id<Tag>> id(const json& object, const std::string& parent, std::string_view key) const {
    OCTROI_TRY(std::string key_text, text(object, parent, key));
    if (key_text.empty()) return Id<Tag>();
    auto parsed = Id<Tag>::parse(key_text);
    if (!parsed.ok()) return wrap(join(parent, key), parsed.error());
    return *parsed;
  }

  Result<std::optional<Siret>> siret(const json& object, const std::string& parent,
                                     std::string_view key) const {
    OCTROI_TRY(auto digits, optional_text(object, parent, key));
    if (!digits) return std::optional<Siret>();
    auto parsed = Siret::parse(*digits);
    if (!parsed.ok()) return wrap(join(parent, key), parsed.error());
    return std::optional<Siret>(*parsed);
  }

  // A key of an enumeration, read by `from_key` (attendance_from_key...).
  template <typename Enum, typename FromKey>
  Result<Enum> key(const json& object, const std::string& parent, std::string_view field,
                   FromKey from_key) const {
    OCTROI_TRY(std::string key_text, text(object, parent, field));
    Result<Enum> value = from_key(key_text);
    if (!value.ok()) return wrap(join(parent, field), value.error());
    return *value;
  }

  // The domain's validation of the whole document, named.
  Error invalid(const Error& cause) const {
    return Error(cause.code(), fmt::format("{} invalide : {}", document_, cause.message()),
                 cause.location());
  }

 private:
  std::string_view document_;
};

// Parses `text` into an object, or kIo.
inline Result<json> parse_object(std::string_view text, std::string_view document) {
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : ce n'est pas du JSON", document));
  }
  if (!value.is_object()) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : objet JSON attendu", document));
  }
  return value;
}

// Parses and reads one document; no nlohmann exception leaves it.
template <typename T, typename Read>
Result<T> decode(std::string_view text, std::string_view document, Read read) {
  try {
    OCTROI_TRY(json object, parse_object(text, document));
    const Reader reader(document);
    return read(reader, object);
  } catch (const nlohmann::json::exception& error) {
    return Error(ErrorCode::kIo, fmt::format("{} illisible : {}", document, error.what()));
  }
}

}  // namespace octroi::store::document_json
