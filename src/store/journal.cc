#include "store/journal.h"

#include <cstdlib>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace octroi::store {
namespace {

void add_field(std::string& input, std::string_view value) {
  input += std::to_string(value.size());
  input += ':';
  input.append(value);
  input += ';';
}

void add_optional_field(std::string& input, const std::optional<std::string>& value) {
  if (value) {
    add_field(input, std::string_view(*value));
  } else {
    input += "-;";  // NULL differs from an empty text ("0:;")
  }
}

}  // namespace

std::string journal_hash(const JournalEntry& entry) {
  static std::once_flag initialised;
  std::call_once(initialised, [] {
    if (sodium_init() < 0) std::abort();  // libsodium unusable: nothing can be hashed
  });
  std::string input = "octroi-journal-v1;";
  add_field(input, std::string_view(entry.previous_hash));
  add_field(input, std::to_string(entry.seq));
  add_field(input, std::string_view(entry.time));
  add_field(input, std::string_view(entry.user));
  add_field(input, std::string_view(entry.entity));
  add_field(input, std::string_view(entry.entity_id));
  add_field(input, std::string_view(entry.action));
  add_optional_field(input, entry.before_json);
  add_optional_field(input, entry.after_json);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(input.data()), input.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0f];
  }
  return hex;
}

std::string programme_json(const ProgrammeSummary& summary) {
  nlohmann::json json = {{"id", summary.id},
                         {"title", summary.title},
                         {"year", summary.year},
                         {"phase", summary.phase},
                         {"award_count", summary.award_count},
                         {"total_cents", summary.total.cents()},
                         {"digest", summary.digest},
                         {"imported_at", summary.imported_at},
                         {"imported_by", summary.imported_by}};
  return json.dump();
}

std::string award_json(const std::string& programme_id, const Award& award) {
  nlohmann::json json = {{"programme", programme_id},
                         {"id", award.id.key()},
                         {"operation", award.operation.key()},
                         {"organisation", award.organisation.key()},
                         {"territory", award.territory.key()},
                         {"description", award.description},
                         {"amount_cents", award.amount.cents()},
                         {"instrument", std::string(to_key(award.instrument))}};
  return json.dump();
}

std::string award_record_json(const AwardRecord& record) {
  nlohmann::json json = {
      {"programme", record.programme_id},  {"id", record.award_id},
      {"description", record.description}, {"amount_cents", record.amount.cents()},
      {"version", record.version},         {"updated_at", record.updated_at},
      {"updated_by", record.updated_by}};
  if (record.quantity) {
    json["quantity_units"] = record.quantity->value.units();
    json["quantity_unit"] = std::string(to_key(record.quantity->unit));
  } else {
    json["quantity_units"] = nullptr;
    json["quantity_unit"] = nullptr;
  }
  return json.dump();
}

}  // namespace octroi::store
