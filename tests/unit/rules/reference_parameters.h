// Test helpers: parameters as the reference files hold them
// (data/parameters/*.yaml), built in memory since rules do no I/O, and a
// normaliser for the French spaces of formatted texts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "calendar/date.h"
#include "domain/parameter.h"
#include "money/parse.h"
#include "rules/rules.h"

namespace octroi::testing_rules {

inline Date day(int year, int month, int day_of_month) {
  return Date::create(year, month, day_of_month).value();
}

inline Date iso(std::string_view text) {
  return day(std::stoi(std::string(text.substr(0, 4))), std::stoi(std::string(text.substr(5, 2))),
             std::stoi(std::string(text.substr(8, 2))));
}

// A stated value entry: `printed` is an amount, or a rate when it ends with '%'.
inline ParameterEntry entry(std::string_view start, std::string printed, std::string quote,
                            int line) {
  ParameterEntry out{.start = iso(start)};
  if (printed.ends_with("%")) {
    out.rate = parse_rate(printed).value();
  } else {
    std::string text = printed;
    if (text.ends_with(" euros")) text = text.substr(0, text.size() - 5) + "€";
    out.amount = parse_amount(text).value();
  }
  out.printed = std::move(printed);
  out.quote = std::move(quote);
  out.source = ParameterSource{"pas-de-calais-2023-phase4", {line, line}};
  return out;
}

inline ParameterEntry null_entry(std::string_view start) {
  return ParameterEntry{.start = iso(start), .ends_validity = true};
}

inline Parameter stated(std::string name, std::string unit, ParameterEntry first) {
  Parameter out;
  out.name = std::move(name);
  out.description = "Paramètre de test " + out.name;
  out.unit = std::move(unit);
  out.entries.push_back(std::move(first));
  out.reference =
      ParameterReference{"Délibération n°2023-405 de la Commission Permanente du 18 septembre 2023",
                         "Annexe 3",
                         "pas-de-calais-2023-phase4",
                         {out.entries[0].source.lines.line}};
  return out;
}

inline Parameter implied(std::string name, std::string_view start, std::string printed,
                         std::string derivation, int line, int to_line) {
  ParameterEntry value = entry(start, std::move(printed), "", line);
  value.quote.reset();
  value.derivation = std::move(derivation);
  value.source.lines.to_line = to_line;
  Parameter out = stated(std::move(name), "euro_per_measure", std::move(value));
  out.implied = true;
  return out;
}

// The reference values, plus the two names the examples use
// (ei_monthly_cap_per_participant, indirect_rate).
inline std::vector<Parameter> reference_list() {
  const std::string cap_quote =
      "La prise en charge est fixée à 250,00 € par mois et par participant maximum";
  const std::string rate_quote =
      "Des charges indirectes : forfaitisées à hauteur de 20% du montant total";
  std::vector<Parameter> out = {
      stated("astre_cost_per_measure", "euro_per_measure_per_year",
             entry("2023-01-01", "2 100 €",
                   "Le coût annuel d'une mesure d'accompagnement est de 2 100 €.", 741)),
      implied("adsl_cost_per_measure", "2023-01-01", "5 000 €",
              "65 000 € / 13 ; 30 000 € / 6 ; 75 000 € / 15", 805, 811),
      stated("segur_per_etp", "euro_per_etp",
             entry("2023-01-01", "5 270 €", "La valorisation Ségur correspond à 5 270 € par ETP.",
                   795)),
      stated("insertion_company_cap_per_participant_month", "euro_per_participant_per_month",
             entry("2023-01-01", "250,00 €", cap_quote, 480)),
      stated("ei_monthly_cap_per_participant", "euro_per_participant_per_month",
             entry("2023-01-01", "250,00 €", cap_quote, 480)),
      stated("indirect_costs_flat_rate", "rate", entry("2023-01-01", "20%", rate_quote, 477)),
      stated("indirect_rate", "rate", entry("2023-01-01", "20%", rate_quote, 477)),
      stated("global_support_cost_per_place", "euro_per_place",
             entry("2023-07-01", "250 euros",
                   "Sur la base d'un coût de la place d'accompagnement à 250 euros", 1145)),
  };
  // Annex 3, operation 7 (l. 909): the eviction-prevention teams' three unit costs.
  const std::string eviction_quote =
      "Les coûts de ces actions sont de 150 € pour un diagnostic, 370 € pour un accompagnement "
      "ponctuel (inférieur à 4 semaines) et 55 € par semaine d'accompagnement supplémentaire.";
  out.push_back(stated("eviction_prevention_diagnosis_cost", "euro_per_diagnosis",
                       entry("2022-03-01", "150 €", eviction_quote, 909)));
  out.push_back(stated("eviction_prevention_short_support_cost", "euro_per_support",
                       entry("2022-03-01", "370 €", eviction_quote, 909)));
  out.push_back(stated("eviction_prevention_extra_week_cost", "euro_per_week",
                       entry("2022-03-01", "55 €", eviction_quote, 909)));
  Parameter travel =
      stated("travel_cost_per_place_intercommunal", "euro_per_place_per_year",
             entry("2022-01-01", "10 €",
                   "Ils sont calculés sur la base de 10 €/an par place d'accompagnement", 1339));
  travel.entries.push_back(null_entry("2022-07-01"));
  out.push_back(travel);
  return out;
}

inline ParameterSet reference_parameters() {
  return ParameterSet::create(reference_list()).value();
}

inline FormulaEnvironment reference_environment() {
  return FormulaEnvironment::for_awards(reference_parameters()).value();
}

// Formatted texts use U+202F between thousands and U+00A0 before units: plain spaces here.
inline std::string plain(std::string text) {
  for (std::string_view special : {"\u202F", "\u00A0"}) {
    for (std::size_t at = text.find(special); at != std::string::npos; at = text.find(special)) {
      text.replace(at, special.size(), " ");
    }
  }
  return text;
}

}  // namespace octroi::testing_rules
