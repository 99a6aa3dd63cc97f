#!/usr/bin/env python3
"""Generates a realistic SCDL subventions 2.1.1 CSV file for the benchmark.

Usage: generate.py ROWS OUTPUT [--error-rate 0.02] [--seed 11]
Rows look like what French authorities publish: accented names, objects
with commas (quoted), valid SIRETs (Luhn), amounts with cents, periods.
A share of rows (--error-rate; 0 for a valid file) carries one of the
mistakes found in published files: a SIRET with a wrong key or in
scientific notation, an impossible date, a French amount, a percentage
out of range, an unknown nature, a missing object, an old '_' period.
"""
import argparse
import random

HEADER = ("nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
          "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
          "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide")

AUTHORITIES = [("Département du Pas-de-Calais", "22620001200012"),
               ("Région Hauts-de-France", "20005379100014"),
               ("Commune de Liévin", "21620510400013")]
KINDS = ["Association", "CCAS de", "Centre social", "Comité des fêtes de", "Foyer rural de",
         "Union sportive de", "Maison des jeunes de", "Compagnie théâtrale de"]
TOWNS = ["Arras", "Béthune", "Lens", "Liévin", "Hénin-Beaumont", "Saint-Omer", "Boulogne-sur-Mer",
         "Calais", "Montreuil-sur-Mer", "Bully-les-Mines", "Isbergues", "Lillers", "Étaples"]
OBJECTS = ["accompagnement spécifique des allocataires du RSA",
           "soutien au fonctionnement, année 2023",
           "organisation du festival « Été en fête », édition 2023",
           "230 places d'accompagnement",
           "aide à l'emploi d'un animateur (0,5 ETP)",
           "projet éducatif : ateliers, sorties et séjours"]


def luhn_key(digits):
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 0:  # the key will take position 0, so these are doubled
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def siret(rng):
    siren = "".join(rng.choice("0123456789") for _ in range(8))
    siren += luhn_key(siren)
    body = siren + "".join(rng.choice("0123456789") for _ in range(4))
    return body + luhn_key(body)


def quoted(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def row(rng, number, error):
    authority, authority_siret = rng.choice(AUTHORITIES)
    year = rng.choice([2021, 2022, 2023])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    fields = {
        "nomAttribuant": authority,
        "idAttribuant": authority_siret,
        "dateConvention": f"{year}-{month:02d}-{day:02d}",
        "referenceDecision": f"{year}-{rng.randint(1, 999)}",
        "nomBeneficiaire": f"{rng.choice(KINDS)} {rng.choice(TOWNS)}",
        "idBeneficiaire": siret(rng),
        "rnaBeneficiaire": f"W{rng.randint(100000000, 999999999)}" if rng.random() < 0.3 else "",
        "objet": rng.choice(OBJECTS),
        "montant": f"{rng.randint(23001, 900000)}.{rng.randint(0, 99):02d}",
        "nature": "aide en numéraire" if rng.random() < 0.9 else "aide en numéraire;aide en nature",
        "conditionsVersement": rng.choice(["unique", "échelonné", "échelonné"]),
        "datesPeriodeVersement": f"{year}-01-01/{year}-12-31",
        "idRAE": "",
        "notificationUE": "non" if rng.random() < 0.95 else "oui",
        "pourcentageSubvention": "1.00" if rng.random() < 0.9 else "0.45",
        "dispositifAide": "",
    }
    if error == 1:
        fields["idBeneficiaire"] = fields["idBeneficiaire"][:13] + str((int(fields["idBeneficiaire"][13]) + 1) % 10)
    elif error == 2:
        fields["idBeneficiaire"] = f"{int(fields['idBeneficiaire']) / 1e13:.5f}E+13".replace(".", ",", 0)
    elif error == 3:
        fields["dateConvention"] = f"{year}-02-30"
    elif error == 4:
        euros, cents = fields["montant"].split(".")
        fields["montant"] = f"{int(euros):,}".replace(",", " ") + "," + cents
    elif error == 5:
        fields["pourcentageSubvention"] = "45"
    elif error == 6:
        fields["nature"] = "subvention"
    elif error == 7:
        fields["objet"] = ""
    elif error == 8:
        fields["datesPeriodeVersement"] = f"{year}-01-01_{year}-12-31"
    return ",".join(quoted(value) for value in fields.values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("output")
    parser.add_argument("--error-rate", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=11)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    with open(arguments.output, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\r\n")
        lines = []
        for number in range(arguments.rows):
            error = rng.randint(1, 8) if rng.random() < arguments.error_rate else 0
            lines.append(row(rng, number, error))
            if len(lines) == 10000:
                out.write("\r\n".join(lines) + "\r\n")
                lines = []
        if lines:
            out.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
