#include "cli/parse_error.h"

#include <string_view>

namespace octroi::cli {
namespace {

// The part of CLI11's message after its first ": " (the offending arguments).
std::string detail_of(std::string_view message) {
  auto colon = message.find(": ");
  return std::string(colon == std::string_view::npos ? message : message.substr(colon + 2));
}

// "PROGRAMME is required" -> "PROGRAMME".
std::string subject_of(std::string_view message, std::string_view suffix) {
  if (message.size() > suffix.size() && message.ends_with(suffix)) {
    return std::string(message.substr(0, message.size() - suffix.size()));
  }
  return std::string(message);
}

}  // namespace

std::string french_parse_error(const CLI::ParseError& error) {
  std::string_view message = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    return "argument(s) inattendu(s) : " + detail_of(message);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    if (message.find("subcommand") != std::string_view::npos) {
      return "une commande est attendue (list, import, show…)";
    }
    return "argument obligatoire manquant : " + subject_of(message, " is required");
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    return "nombre de valeurs incorrect : " + std::string(message);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr ||
      dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    return "valeur invalide : " + std::string(message);
  }
  return "ligne de commande invalide : " + std::string(message);
}

}  // namespace octroi::cli
