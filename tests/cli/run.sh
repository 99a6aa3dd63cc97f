#!/usr/bin/env bash
# End-to-end tests of the `octroi` command line: exit codes, French messages
# on stderr, import all-or-nothing, and `show` on the reference programme.
# Usage: tests/cli/run.sh PATH_TO_OCTROI REPOSITORY_ROOT
set -uo pipefail
octroi="$1"
root="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
db="sqlite:$scratch/octroi.db"
reference="$root/data/pas-de-calais-2023-phase4"
passed=0
failed=0

# French number format: narrow no-break space (U+202F) between thousands, no-break space (U+00A0) before €.
nnbsp=$'\xe2\x80\xaf'
nbsp=$'\xc2\xa0'
euros() { local text="$1"; text="${text// /$nnbsp}"; printf '%s%s€' "$text" "$nbsp"; }

# expect NAME EXIT_CODE COMMAND...: runs COMMAND, keeps its stdout/stderr in $out/$err.
expect() {
  local name="$1" want="$2"; shift 2
  out="$("$@" 2>"$scratch/stderr")"; local got=$?
  err="$(cat "$scratch/stderr")"
  if [ "$got" -eq "$want" ]; then return 0; fi
  echo "FAIL $name: exit $got, expected $want"; echo "  stdout: ${out:0:400}"; echo "  stderr: ${err:0:400}"
  failed=$((failed + 1)); return 1
}
contains() {  # contains NAME HAYSTACK NEEDLE
  if [[ "$2" == *"$3"* ]]; then passed=$((passed + 1)); else
    echo "FAIL $1: output lacks « $3 »"; echo "  got: ${2:0:600}"; failed=$((failed + 1)); fi
}
ok() { passed=$((passed + 1)); }

expect version 0 "$octroi" --version && contains version "$out" "octroi 0."
expect help 0 "$octroi" --help && contains help "$out" "import"
for command in list import show check explain payments simulate; do
  expect "help-$command" 0 "$octroi" "$command" --help && contains "help-$command" "$out" "$command"
done
expect unknown-command 2 "$octroi" frobnicate && contains unknown-command "$err" "commande inconnue « frobnicate »"
expect unknown-option 2 "$octroi" list --nope && contains unknown-option "$err" "argument(s) inattendu(s) : --nope"
expect missing-argument 2 "$octroi" show && contains missing-argument "$err" "argument obligatoire manquant : PROGRAMME"
expect no-command 2 "$octroi" && ok
expect postgres-unreachable 4 "$octroi" --db postgresql://u@127.0.0.1:1/x list && contains postgres "$err" "PostgreSQL"

expect empty-list 0 "$octroi" --db "$db" list --ids && { [ -z "$out" ] && ok || { echo "FAIL empty-list: $out"; failed=$((failed+1)); }; }
expect dry-run 0 "$octroi" --db "$db" import --dry-run "$reference" && contains dry-run "$out" "rien n'a été écrit"
expect after-dry-run 0 "$octroi" --db "$db" list --ids && { [ -z "$out" ] && ok || { echo "FAIL dry-run wrote: $out"; failed=$((failed+1)); }; }

expect import 0 "$octroi" --db "$db" import "$reference" && contains import "$out" "89 lignes"
contains import-total "$out" "$(euros "3 519 492,87")"
expect list 0 "$octroi" --db "$db" list --ids && contains list "$out" "pas-de-calais-2023-phase4"
expect import-twice 3 "$octroi" --db "$db" import "$reference" && contains import-twice "$err" "--replace"
expect import-replace 0 "$octroi" --db "$db" import --replace "$reference" && contains import-replace "$out" "remplacement"

expect show 0 "$octroi" --db "$db" show pas-de-calais-2023-phase4
for figure in "783 128,51" "1 614 364,36" "1 122 000,00" "3 519 492,87" "111 925,84" "434 636,00"; do
  contains "show-$figure" "$out" "$(euros "$figure")"
done
contains show-theme "$out" "Accès au logement et accompagnement budgétaire"
expect show-unknown 3 "$octroi" --db "$db" show nope && contains show-unknown "$err" "programme inconnu « nope »"

# A broken dataset is refused with its file and line, and nothing is written.
broken="$scratch/broken"
cp -r "$reference" "$broken"
sed -i '0,/amount: "8 000,00 €"/s//amount: "8 000,0O €"/' "$broken/annex.yaml"
expect broken 3 "$octroi" --db "$db" import --as broken-copy "$broken" && contains broken-file "$err" "annex.yaml" && contains broken-line "$err" "ligne"
expect broken-nothing-written 0 "$octroi" --db "$db" list --ids
if [[ "$out" == *broken-copy* ]]; then echo "FAIL broken import left a programme"; failed=$((failed+1)); else ok; fi
expect not-a-folder 2 "$octroi" --db "$db" import "$reference/annex.yaml" && contains not-a-folder "$err" "n'est pas un dossier"

# check: the reference's findings are pinned (tests/cli/expected/reference-findings.txt, explained in
# docs/checks.md), the same from the folder and from the database, exit 1 on errors, 0 when consistent.
# The rules family reads the parameters the way explain does (--parameters here).
parameters="$root/data/parameters"
expect check-folder 1 "$octroi" --db "$db" check --parameters "$parameters" "$reference"
findings="$(grep -E '^  \[' <<<"$out" | sed 's/^  //')"
if [ "$findings" == "$(cat "$root/tests/cli/expected/reference-findings.txt")" ]; then ok; else
  echo "FAIL check-reference: findings differ from tests/cli/expected/reference-findings.txt"
  diff <(echo "$findings") "$root/tests/cli/expected/reference-findings.txt" | head -20; failed=$((failed + 1)); fi
expect check-folder-json 1 "$octroi" --db "$db" check --parameters "$parameters" --format json "$reference" && folder_json="$out"
expect check-database-json 1 "$octroi" --db "$db" check --parameters "$parameters" --format json pas-de-calais-2023-phase4
if [ "$out" == "$folder_json" ]; then ok; else echo "FAIL check-same: folder and database give different findings"; failed=$((failed + 1)); fi
contains check-json "$out" '"code": "vote.votes_exceed_voters"'
contains check-json-where "$out" '"row": "t2-o3-01"'
expect check-minimal 0 "$octroi" --db "$db" check --parameters "$parameters" "$root/tests/corpus/dataset/valid-minimal" && contains check-minimal "$out" "Aucune incohérence"
broken_total="$scratch/total/valid-minimal"; mkdir -p "$scratch/total"
cp -r "$root/tests/corpus/dataset/valid-minimal" "$broken_total"
sed -i 's/scope: theme, amount: "8 000,00 €"/scope: theme, amount: "8 000,01 €"/' "$broken_total/annex.yaml"
sed -i '8s/8 000,00 €/8 000,01 €/' "$broken_total/document.txt"
sed -i "s/sha256: \".*\"/sha256: \"$(sha256sum "$broken_total/document.txt" | cut -d' ' -f1)\"/" "$broken_total/programme.yaml"
expect check-broken-total 1 "$octroi" --db "$db" check --parameters "$parameters" "$broken_total" && contains check-broken-total "$out" "arithmetic.theme_total_mismatch"
expect check-no-parameters 0 "$octroi" --db "$db" check --parameters "$scratch/none" "$root/tests/corpus/dataset/valid-minimal" && contains check-no-parameters "$out" "rules.parameters_missing"
expect check-unknown 3 "$octroi" --db "$db" check nope && contains check-unknown "$err" "programme inconnu « nope »"

# explain, payments schedule, simulate: rules on the reference, computed on the session date, nothing saved.
# Parameters are read at computation time (docs/cli.md): from --parameters, else OCTROI_PARAMETERS.
expect explain-no-parameters 4 "$octroi" --db "$db" explain pas-de-calais-2023-phase4 --parameters "$scratch/none" && contains explain-no-parameters "$err" "none"
export OCTROI_PARAMETERS="$root/data/parameters"
expect explain 0 "$octroi" --db "$db" explain pas-de-calais-2023-phase4
contains explain-astre "$out" "$(euros "42 000,00") = 20${nbsp}mesures × $(euros "2 100,00")"
contains explain-adsl "$out" "$(euros "110 540,00") = 20${nbsp}accompagnements × $(euros "5 000,00") + 2${nbsp}ETP × $(euros "5 270,00")"
contains explain-parameter "$out" "paramètre segur_per_etp = $(euros "5 270,00")"
contains explain-date "$out" "18 septembre 2023"
expect explain-organisation 0 "$octroi" --db "$db" explain pas-de-calais-2023-phase4 --organisation "Accueil 9"
contains explain-difference "$out" "écart : +$(euros "0,50")"
contains explain-one "$out" "t3-o3-03"
expect explain-json 0 "$octroi" --db "$db" explain --format json --organisation soliha pas-de-calais-2023-phase4 && contains explain-json "$out" '"award": "t3-o1-01"'
expect explain-unknown-organisation 3 "$octroi" --db "$db" explain pas-de-calais-2023-phase4 --organisation personne && contains explain-unknown-organisation "$err" "aucune attribution pour la structure « personne »"
expect payments 0 "$octroi" --db "$db" payments schedule pas-de-calais-2023-phase4
for pair in "4 125,00|6 875,00" "24 000,00|40 000,00" "69 000,00|115 000,00"; do
  contains "payments-${pair%%|*}" "$out" "avance $(euros "${pair%%|*}") de $(euros "${pair##*|}")"
done
contains payments-rate "$out" "taux d'avance : 60"
expect simulate 0 "$octroi" --db "$db" simulate pas-de-calais-2023-phase4 --set segur_per_etp=5500
contains simulate-parameter "$out" "paramètre segur_per_etp : $(euros "5 270,00") → $(euros "5 500,00")"
contains simulate-award "$out" "montant retenu $(euros "20 804,00") → $(euros "21 275,50")"
contains simulate-operation "$out" "$(euros "434 636,00") → $(euros "440 075,50")"
contains simulate-budget "$out" "solde $(euros "1 248 691,00") → $(euros "1 242 929,50")"
expect simulate-nothing-saved 0 "$octroi" --db "$db" explain pas-de-calais-2023-phase4 --organisation "Accueil 9" && contains simulate-nothing-saved "$out" "2,05${nbsp}ETP × $(euros "5 270,00")"
expect simulate-json 0 "$octroi" --db "$db" simulate --format json pas-de-calais-2023-phase4 --set segur_per_etp=5500 && contains simulate-json "$out" '"kind": "budget_line"'
expect simulate-bad-setting 3 "$octroi" --db "$db" simulate pas-de-calais-2023-phase4 --set segur_per_etp && contains simulate-bad-setting "$err" "NOM=VALEUR"

# audit verify and backup: the journal of the imports above is intact; a backup opens on its own;
# an entry edited behind Octroi's back is named; PostgreSQL is pointed to pg_dump.
expect audit-verify 0 "$octroi" --db "$db" audit verify && contains audit-verify "$out" "Journal d'audit intact"
expect backup 0 "$octroi" --db "$db" backup "$scratch/copie.db" && contains backup "$out" "sauvegardée"
expect backup-show 0 "$octroi" --db "sqlite:$scratch/copie.db" show pas-de-calais-2023-phase4 && contains backup-show "$out" "$(euros "3 519 492,87")"
expect backup-postgres 2 "$octroi" --db postgresql://u@127.0.0.1:1/x backup "$scratch/x.dump" && contains backup-postgres "$err" "pg_dump"
sqlite3 "$scratch/copie.db" "DROP TRIGGER journal_no_update; UPDATE journal SET user_name = 'intrus' WHERE seq = 5"
expect audit-tampered 3 "$octroi" --db "sqlite:$scratch/copie.db" audit verify && contains audit-tampered "$err" "entrée n° 5"

# PostgreSQL (when `make test` started a server: scripts/test-postgres.sh): the same annex, byte for byte.
if [ -n "${OCTROI_TEST_POSTGRES_URL:-}" ]; then
  postgres="$OCTROI_TEST_POSTGRES_URL"
  expect postgres-import 0 "$octroi" --db "$postgres" import --replace "$reference" && contains postgres-import "$out" "89 lignes"
  "$octroi" --db "$db" show pas-de-calais-2023-phase4 >"$scratch/annex-sqlite.txt"
  "$octroi" --db "$postgres" show pas-de-calais-2023-phase4 >"$scratch/annex-postgres.txt"
  if [ -s "$scratch/annex-sqlite.txt" ] && cmp -s "$scratch/annex-sqlite.txt" "$scratch/annex-postgres.txt"; then ok; else
    echo "FAIL postgres-show: the annex differs from SQLite's"; diff "$scratch/annex-sqlite.txt" "$scratch/annex-postgres.txt" | head -20; failed=$((failed + 1)); fi
  expect postgres-audit 0 "$octroi" --db "$postgres" audit verify && contains postgres-audit "$out" "Journal d'audit intact"
else
  echo "cli: OCTROI_TEST_POSTGRES_URL non définie, comparaison PostgreSQL sautée (make test la lance)"
fi

# Documents (docs/documents.md): the Cheval Bleu agreement as ODT from the database and as DOCX
# from the dataset folder, unzipped and read; Annex 4 as XLSX with formulas; HTML; the errors.
templates="$root/data/templates"
expect help-docs 0 "$octroi" docs --help && contains help-docs "$out" "agreement"
expect docs-agreement-odt 0 "$octroi" --db "$db" docs agreement pas-de-calais-2023-phase4 --organisation "Cheval Bleu" --format odt --templates "$templates" -o "$scratch/convention.odt" && contains docs-agreement-odt "$out" "Écrit : $scratch/convention.odt"
if unzip -tq "$scratch/convention.odt" >/dev/null 2>&1; then ok; else echo "FAIL docs-agreement-odt: unzip -t"; failed=$((failed + 1)); fi
xml="$(unzip -p "$scratch/convention.odt" content.xml 2>/dev/null)"
contains docs-odt-name "$xml" "Le Cheval Bleu"
contains docs-odt-siret "$xml" "48054398200023"
contains docs-odt-amount "$xml" "$(euros "63 378,00")"
contains docs-odt-total "$xml" "$(euros "133 378,00")"
contains docs-odt-words "$xml" "cent trente-trois mille trois cent soixante-dix-huit euros"
contains docs-odt-date "$xml" "18 septembre 2023"
expect docs-agreement-docx 0 "$octroi" docs agreement "$reference" --organisation cheval-bleu --format docx --templates "$templates" -o "$scratch/convention.docx"
if unzip -tq "$scratch/convention.docx" >/dev/null 2>&1; then ok; else echo "FAIL docs-agreement-docx: unzip -t"; failed=$((failed + 1)); fi
xml="$(unzip -p "$scratch/convention.docx" word/document.xml 2>/dev/null)"
contains docs-docx-name "$xml" "Le Cheval Bleu"
contains docs-docx-amount "$xml" "$(euros "50 000,00")"
if [[ "$xml" == *"{{"* ]]; then echo "FAIL docs-docx: a placeholder is left"; failed=$((failed + 1)); else ok; fi
expect docs-annex-xlsx 0 "$octroi" --db "$db" docs annex pas-de-calais-2023-phase4 --format xlsx -o "$scratch/annexe.xlsx"
sheet="$(unzip -p "$scratch/annexe.xlsx" xl/worksheets/sheet1.xml 2>/dev/null)"
contains docs-xlsx-subtotal "$sheet" "<f>SUM(D"
contains docs-xlsx-total "$sheet" "<v>3519492.87</v>"
expect docs-annex-html 0 "$octroi" --db "$db" docs annex pas-de-calais-2023-phase4 --format html -o "$scratch/annexe.html"
html="$(cat "$scratch/annexe.html")"
contains docs-html-print "$html" "@media print"
contains docs-html-total "$html" "$(euros "3 519 492,87")"
expect docs-no-organisation 2 "$octroi" --db "$db" docs agreement pas-de-calais-2023-phase4 --format odt -o "$scratch/x.odt" && contains docs-no-organisation "$err" "--organisation"
expect docs-unknown-organisation 3 "$octroi" --db "$db" docs agreement pas-de-calais-2023-phase4 --organisation personne --format odt --templates "$templates" -o "$scratch/x.odt" && contains docs-unknown-organisation "$err" "aucune attribution pour la structure « personne »"
expect docs-unknown-kind 2 "$octroi" --db "$db" docs convention pas-de-calais-2023-phase4 --format odt && contains docs-unknown-kind "$err" "document inconnu « convention »"
expect docs-no-folder 4 "$octroi" --db "$db" docs annex pas-de-calais-2023-phase4 --format html -o "$scratch/absent/annexe.html" && contains docs-no-folder "$err" "absent"
if [ -e "$scratch/x.odt" ] || [ -e "$scratch/absent" ]; then echo "FAIL docs: a refused document left a file"; failed=$((failed + 1)); else ok; fi
expect docs-no-soffice 3 env OCTROI_SOFFICE=/nonexistent/soffice "$octroi" --db "$db" docs agreement pas-de-calais-2023-phase4 --organisation cheval-bleu --format pdf --templates "$templates" -o "$scratch/x.pdf" && contains docs-no-soffice "$err" "LibreOffice"

expect docs-amendment 0 "$octroi" --db "$db" docs amendment pas-de-calais-2023-phase4 --organisation "Cheval Bleu" --format docx --templates "$templates" -o "$scratch/avenant.docx"
xml="$(unzip -p "$scratch/avenant.docx" word/document.xml 2>/dev/null)"
for figure in "40 000,00" "115 000,00" "24 000,00" "69 000,00"; do contains "docs-amendment-$figure" "$xml" "$(euros "$figure")"; done
contains docs-amendment-agreement "$xml" "2023-01628"

expect docs-travel 0 "$octroi" --db "$db" docs travel-agreement pas-de-calais-2023-phase4 --organisation INTERMAIDES --format odt --templates "$templates" -o "$scratch/deplacements.odt"
xml="$(unzip -p "$scratch/deplacements.odt" content.xml 2>/dev/null)"
contains docs-travel-amount "$xml" "$(euros "210,00")"
contains docs-travel-words "$xml" "deux cent dix euros"
if [[ "$xml" == *xxxx* ]]; then echo "FAIL docs-travel: a blank (xxxx) is left"; failed=$((failed + 1)); else ok; fi

expect docs-deliberation 0 "$octroi" --db "$db" docs deliberation pas-de-calais-2023-phase4 --format odt --templates "$templates" -o "$scratch/deliberation.odt"
xml="$(unzip -p "$scratch/deliberation.odt" content.xml 2>/dev/null)"
for figure in "783 128,51" "1 614 364,36" "1 122 000,00"; do contains "docs-deliberation-$figure" "$xml" "$(euros "$figure")"; done

# The deliberation's imputation table on its own, and the deliberation as HTML.
expect docs-budget-html 0 "$octroi" --db "$db" docs budget pas-de-calais-2023-phase4 --format html -o "$scratch/imputations.html"
budget="$(cat "$scratch/imputations.html")"
contains docs-budget-line "$budget" "C02-446A05"
contains docs-budget-expense "$budget" "$(euros "682 328,51")"
contains docs-budget-balance "$budget" "$(euros "863 451,77")"
contains docs-budget-total "$budget" "$(euros "3 519 492,87")"
expect docs-deliberation-html 0 "$octroi" --db "$db" docs deliberation pas-de-calais-2023-phase4 --format html -o "$scratch/deliberation.html"
contains docs-deliberation-html "$(cat "$scratch/deliberation.html")" "$(euros "1 614 364,36")"
expect docs-travel-html 0 "$octroi" --db "$db" docs travel-agreement pas-de-calais-2023-phase4 --organisation intermaides --format html -o "$scratch/deplacements.html"
contains docs-travel-html "$(cat "$scratch/deplacements.html")" "deux cent dix euros"

# PDF through LibreOffice, first page rendered with pdftoppm, when both are installed.
if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then
  expect docs-agreement-pdf 0 "$octroi" --db "$db" docs agreement pas-de-calais-2023-phase4 --organisation cheval-bleu --format pdf --templates "$templates" -o "$scratch/convention.pdf"
  if [ "$(head -c 5 "$scratch/convention.pdf")" = "%PDF-" ] && pdftoppm -png -r 50 -f 1 -l 1 "$scratch/convention.pdf" "$scratch/page" &&
     [ "$(head -c 4 "$scratch/page-1.png" | tail -c 3)" = "PNG" ]; then ok; else
    echo "FAIL docs-agreement-pdf: no PDF or no first page"; failed=$((failed + 1)); fi
else
  echo "cli: soffice ou pdftoppm absent, conversion PDF sautée"
fi

# Sessions (issue 13): the reference sitting recorded from its programme, its
# vote flagged where it exceeds who could vote (exit 1), its heading
# regenerated; an interest in a funded organisation recuses the member and a
# vote counting her is refused (exit 3, nothing written); the SCDL export
# needs the authority's SIRET; every change is journaled.
expect help-session 0 "$octroi" session --help && contains help-session "$out" "interest"
expect session-empty 0 "$octroi" --db "$db" session list && contains session-empty "$out" "Aucune séance"
expect session-record 0 "$octroi" --db "$db" session record --programme pas-de-calais-2023-phase4 && contains session-record "$out" "48 élus"
expect session-record-twice 3 "$octroi" --db "$db" session record --programme pas-de-calais-2023-phase4 && contains session-record-twice "$err" "cp-2023-09-18"
expect session-show 1 "$octroi" --db "$db" session show cp-2023-09-18
contains session-show-roll "$out" "Peuvent voter : 36 (38 présents − 5 intéressés + 3 délégations)"
contains session-show-quorum "$out" "38 présents sur 44 membres en exercice (il en faut 23) : atteint"
contains session-show-total "$out" "ERREUR vote (total) : Le vote compte 41 voix"
expect session-text 0 "$octroi" --db "$db" session text cp-2023-09-18
contains session-text-present "$out" "Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA"
contains session-text-cottigny "$out" "Monsieur Jean-Louis COTTIGNY, intéressé à l'affaire et invité sans voix délibérative, n'a pas pris part au débat."
contains session-text-outcome "$out" "(Adopté)"
expect session-unknown 3 "$octroi" --db "$db" session show cp-1999-01-01 && contains session-unknown "$err" "séance inconnue"
expect interest-bad-date 3 "$octroi" --db "$db" session interest add cuvillier-valerie --organisation "Le Cheval Bleu" --role "présidente" --from 31/02/2022 && contains interest-bad-date "$err" "--from"
expect interest-unknown-member 3 "$octroi" --db "$db" session interest add nobody --organisation "Le Cheval Bleu" --role "présidente" --from 01/01/2022
expect interest-add 0 "$octroi" --db "$db" session interest add cuvillier-valerie --organisation "LE CHEVAL BLEU" --role "présidente du conseil d'administration" --from 01/01/2022 && contains interest-add "$out" "Intérêt n°1"
expect session-recusals 0 "$octroi" --db "$db" session recusals cp-2023-09-18 && contains session-recusals "$out" "Mme Valérie CUVILLIER : présidente du conseil d'administration de « Le Cheval Bleu »"
expect vote-counting-her 3 "$octroi" --db "$db" session vote cp-2023-09-18 rapport-70 --for 36 --against 0 --abstain 0 --absent 3 && contains vote-counting-her "$err" "35 élus au plus pouvaient voter"
expect vote-refused-unwritten 1 "$octroi" --db "$db" session show cp-2023-09-18 && contains vote-refused-unwritten "$out" "version 1"
expect vote-ok 0 "$octroi" --db "$db" session vote cp-2023-09-18 rapport-70 --for 30 --against 0 --abstain 5 --absent 3 --for-group "Groupe Socialiste, Républicain et Citoyen" && contains vote-ok "$out" "(version 2)"
expect session-show-ok 0 "$octroi" --db "$db" session show cp-2023-09-18 && contains session-show-ok "$out" "Mme Valérie CUVILLIER (registre"
expect scdl-no-siret 3 "$octroi" --db "$db" session scdl && contains scdl-no-siret "$err" "octroi session authority --siret"
expect authority-bad-siret 3 "$octroi" --db "$db" session authority --siret 12345678901234 && contains authority-bad-siret "$err" "--siret"
expect authority-siret 0 "$octroi" --db "$db" session authority --siret "226 200 012 00012" && contains authority-siret "$out" "SIRET : 226 200 012 00012"
expect scdl 0 "$octroi" --db "$db" session scdl --output "$scratch/deliberations.csv"
contains scdl-row "$(cat "$scratch/deliberations.csv")" "Département du Pas-de-Calais,22620001200012,2023-405,2023-09-18,7.5,finances locales/subventions"
expect session-audit 0 "$octroi" --db "$db" audit verify && contains session-audit "$out" "intact"

# Deliberation text (issue 7): `import` reads the reference deliberation's
# text itself; the dry run counts the rows and the unparsed lines and writes
# nothing; the real import (--as) is shown like any programme; the same text is
# refused a second time whatever its name; a never-seen document lists its
# unparsed lines and the total that does not reconcile.
reference_text="$reference/deliberation-cp-2023-09-18-n2023-405.txt"
expect text-dry-run 0 "$octroi" --db "$db" import --dry-run "$reference_text"
contains text-dry-run-rows "$out" "89 lignes de répartition, 31 totaux déclarés"
contains text-dry-run-unparsed "$out" "0 lignes non lues"
contains text-dry-run-written "$out" "rien n'a été écrit"
expect text-dry-run-unwritten 0 "$octroi" --db "$db" list
if [[ "$out" == *deliberation-cp-2023-09-18* ]]; then echo "FAIL text-dry-run wrote a programme"; failed=$((failed+1)); else ok; fi
expect text-import 0 "$octroi" --db "$db" import --as reference-texte "$reference_text" && contains text-import "$out" "89 lignes d'attribution"
contains text-import-total "$out" "$(euros "3 519 492,87")"
expect text-show 0 "$octroi" --db "$db" show reference-texte && contains text-show "$out" "Le Cheval Bleu"
contains text-show-total "$out" "$(euros "1 614 364,36")"
cp "$reference_text" "$scratch/copie.txt"
expect text-import-twice 3 "$octroi" --db "$db" import --as reference-texte-2 "$scratch/copie.txt" && contains text-import-twice "$err" "--replace"
expect text-import-replace 0 "$octroi" --db "$db" import --replace --as reference-texte "$reference_text" && contains text-import-replace "$out" "remplacement"
expect text-new-document 0 "$octroi" --db "$db" import --dry-run "$root/tests/corpus/deliberation-cp-2024-03-11-somme-phase1.txt"
contains text-new-unparsed "$out" "Ligne non lue 23"
contains text-new-territory "$out" "territoire non reconnu « Grand Amiénois »"
contains text-new-mismatch "$out" "Total non concordant ligne 29"

# Open data (issue 11): the SCDL subventions export of the reference (the
# authority's SIRET is set above) passes our validator; what an award lacks is
# listed; a spreadsheet-mangled SIRET is named with its line and column (exit
# 1); an unreadable file exits 4; import is all or nothing, refused the second
# time (exit 3) unless --replace, and journaled.
expect help-opendata 0 "$octroi" opendata --help && contains help-opendata "$out" "validate"
expect opendata-export-usage 2 "$octroi" --db "$db" opendata export && contains opendata-export-usage "$err" "--year"
expect opendata-export 0 "$octroi" --db "$db" opendata export pas-de-calais-2023-phase4 -o "$scratch/subventions.csv"
contains opendata-export-missing "$err" "non publiée : SIRET du bénéficiaire non renseigné"
contains opendata-export-summary "$err" "1 subvention(s) publiée(s)"
contains opendata-export-row "$(cat "$scratch/subventions.csv")" "Département du Pas-de-Calais,22620001200012,2023-07-03,2023-405,Le Cheval Bleu,48054398200023,,230 places d'accompagnement,115000.00,aide en numéraire,échelonné,2024-01-01/2024-12-31,,non,1.00,"
expect opendata-export-year 0 "$octroi" --db "$db" opendata export --year 2023 --all && contains opendata-export-year "$out" "nomAttribuant,idAttribuant,dateConvention"
expect opendata-validate 0 "$octroi" opendata validate "$scratch/subventions.csv" && contains opendata-validate "$out" "Fichier conforme"
sed 's/48054398200023/3.84578E+13/' "$scratch/subventions.csv" >"$scratch/bad-subventions.csv"
expect opendata-validate-bad 1 "$octroi" opendata validate "$scratch/bad-subventions.csv" && contains opendata-validate-bad "$out" "ligne 2, colonne 80, champ « idBeneficiaire » : SIRET en notation scientifique « 3.84578E+13 »"
expect opendata-validate-unreadable 4 "$octroi" opendata validate "$scratch/absent.csv" && contains opendata-validate-unreadable "$err" "fichier introuvable"
expect opendata-import-bad 3 "$octroi" --db "$db" opendata import "$scratch/bad-subventions.csv" && contains opendata-import-bad "$err" "rien n'a été écrit"
expect opendata-import 0 "$octroi" --db "$db" opendata import "$scratch/subventions.csv" && contains opendata-import "$out" "1 subvention(s) importée(s)"
expect opendata-import-twice 3 "$octroi" --db "$db" opendata import "$scratch/subventions.csv" && contains opendata-import-twice "$err" "--replace"
expect opendata-import-replace 0 "$octroi" --db "$db" opendata import --replace "$scratch/subventions.csv" && ok
expect opendata-audit 0 "$octroi" --db "$db" audit verify && contains opendata-audit "$out" "intact"
bash "$root/bench/opendata/run.sh" "$octroi" 200 >"$scratch/bench.txt" 2>&1 && contains opendata-bench-smoke "$(cat "$scratch/bench.txt")" "octroi opendata import" || { echo "FAIL opendata-bench-smoke: $(tail -5 "$scratch/bench.txt")"; failed=$((failed + 1)); }

# After the vote (docs/after-vote.md): agreements drafted, signed, amended from amendments.yaml; payments
# at the agreement's rate, refused beyond the agreement; reviews overdue on an injected day; a reduced
# settlement with its recovery order; retention until 31/12/2034. Every change journaled.
programme=pas-de-calais-2023-phase4
expect agreements-draft 0 "$octroi" --db "$db" agreements draft "$programme" t1-o6-01 --date 2023-06-20 && contains agreements-draft "$out" "convention n°2023-01628"
contains agreements-draft-2023 "$out" "tranche 2023 : $(euros "40 000,00")"
expect agreements-draft-twice 3 "$octroi" --db "$db" agreements draft "$programme" t1-o6-01 --date 2023-06-20 && contains agreements-draft-twice "$err" "existe déjà"
expect agreements-sign 0 "$octroi" --db "$db" agreements sign "$programme" t1-o6-01 --date 2023-07-03 --version 1 && contains agreements-sign "$out" "signée (version 2)"
expect agreements-stale 3 "$octroi" --db "$db" agreements amend "$programme" t1-o6-01 --date 2023-10-02 --version 1 && contains agreements-stale "$err" "depuis votre lecture (version 1)"
expect agreements-amend 0 "$octroi" --db "$db" agreements amend "$programme" t1-o6-01 --date 2023-10-02 && contains agreements-amend "$out" "modifiée par avenant (version 3)"
expect agreements-show 0 "$octroi" --db "$db" agreements show "$programme" t1-o6-01 && contains agreements-show "$out" "tranche 2024 : $(euros "115 000,00")"
contains agreements-history "$out" "avenant n°1 signé le 2 octobre 2023 (avenant-1-convention-2023-01628) : articles remplacés 3, 4, 7, 12"
contains agreements-retention "$out" "jusqu'au 31 décembre 2034"
expect agreements-standard 0 "$octroi" --db "$db" agreements draft "$programme" soliha --date 2023-09-20 && contains agreements-standard "$out" "projet de convention t3-o1-01"
expect agreements-send 0 "$octroi" --db "$db" agreements send "$programme" t3-o1-01 --date 2023-09-25
expect agreements-number 0 "$octroi" --db "$db" agreements sign "$programme" t3-o1-01 --date 2023-10-05 && contains agreements-number "$out" "convention n°2023-01629 : signée"
expect agreements-list 0 "$octroi" --db "$db" agreements list "$programme" && contains agreements-list "$out" "2 convention(s)"
expect agreements-close-early 3 "$octroi" --db "$db" agreements close "$programme" t1-o6-01 --date 2025-06-01 && contains agreements-close-early "$err" "la tranche 2023 n'est pas soldée"
expect payments-advance-2023 0 "$octroi" --db "$db" payments record "$programme" t1-o6-01 --tranche 2023 --date 2023-07-10 && contains payments-advance-2023 "$out" "Avance de $(euros "24 000,00")"
expect payments-advance-2024 0 "$octroi" --db "$db" payments record "$programme" t1-o6-01 --tranche 2024 --date 2023-10-16 && contains payments-advance-2024 "$out" "Avance de $(euros "69 000,00")"
expect payments-too-much 3 "$octroi" --db "$db" payments record "$programme" t1-o6-01 --tranche 2024 --kind balance_payment --amount "46 001" --date 2025-05-02
contains payments-too-much "$err" "au-delà de son montant de $(euros "115 000,00")"
expect payments-unknown-tranche 3 "$octroi" --db "$db" payments record "$programme" t3-o1-01 --tranche 2024 --date 2024-01-10 && contains payments-unknown-tranche "$err" "tranche « 2024 » inconnue"
expect payments-list 0 "$octroi" --db "$db" payments list "$programme" && contains payments-list "$out" "Total payé : $(euros "93 000,00")"
expect payments-lines 0 "$octroi" --db "$db" payments lines "$programme" && contains payments-lines "$out" "AE $(euros "6 193 643,00") ; disponible $(euros "1 545 780,28") ; engagé $(euros "155 000,00") ; payé $(euros "93 000,00")"
expect payments-export 0 "$octroi" --db "$db" payments export "$programme" -o "$scratch/ordres.csv" && contains payments-export "$(cat "$scratch/ordres.csv")" "2;2023-10-16;2023-01628;cheval-bleu;t1-o6-01;2024;advance;C02-446A05;6900000;"
expect reviews-none-late 0 "$octroi" --db "$db" reviews overdue "$programme" --today 2024-03-31 && contains reviews-none-late "$out" "Bilans en retard au 31 mars 2024 : 0"
expect reviews-late 0 "$octroi" --db "$db" reviews overdue "$programme" --today 2024-04-01 && contains reviews-late "$out" "convention n°2023-01628 (cheval-bleu, attribution t1-o6-01) : tranche 2023, bilan dû le 31 mars 2024, 1 jour(s) de retard"
expect reviews-bad-indicator 3 "$octroi" --db "$db" reviews record "$programme" t1-o6-01 --tranche 2023 --received 2024-03-28 --indicator places:lens=30 --actual-cost 18000 && contains reviews-bad-indicator "$err" "indicateur « places:lens=30 »"
expect reviews-record 0 "$octroi" --db "$db" reviews record "$programme" t1-o6-01 --tranche 2023 --received 2024-03-28 --indicator places:lens-lievin=30 --indicator places:henin-carvin=10 --indicator places:artois=5 --indicator contracts_signed=40 --actual-cost "18 333,33" --score 50%
OCTROI_TODAY=2025-04-10 expect reviews-late-env 0 "$octroi" --db "$db" reviews overdue "$programme" && contains reviews-late-env "$out" "tranche 2024, bilan dû le 31 mars 2025, 10 jour(s) de retard"
expect reviews-settle 0 "$octroi" --db "$db" reviews settle "$programme" t1-o6-01 --tranche 2023 --date 2024-05-02 -o "$scratch/reversement.html"
contains reviews-settle-places "$out" "places retenues : 45 sur 100 prévues"
contains reviews-settle-cap "$out" "plafond appliqué : coût réel de l'action $(euros "18 333,33") < $(euros "19 000,00")"
contains reviews-settle-recover "$out" "à reverser : $(euros "5 666,67")"
contains reviews-recovery-order "$out" "Somme à reverser au Département : $(euros "5 666,67") (cinq mille six cent soixante-six euros et soixante-sept centimes)"
contains reviews-recovery-html "$(cat "$scratch/reversement.html")" "<h1>ORDRE DE REVERSEMENT</h1>"
expect reviews-settle-twice 3 "$octroi" --db "$db" reviews settle "$programme" t1-o6-01 --tranche 2023 --date 2024-05-03 && contains reviews-settle-twice "$err" "déjà soldée"
expect retention-list 0 "$octroi" --db "$db" retention list "$programme" --today 2026-01-01 && contains retention-list "$out" "convention n°2023-01628 (cheval-bleu, attribution t1-o6-01, modifiée par avenant) : conserver jusqu'au 31 décembre 2034"
contains retention-unstated "$out" "convention n°2023-01629 (soliha, attribution t3-o1-01, signée) : durée non précisée"
expect retention-export 0 "$octroi" --db "$db" retention export "$programme" --today 2035-01-01 && contains retention-export "$out" "convention n°2023-01628;t1-o6-01;cheval-bleu;modifiée par avenant;2034-12-31;oui"
expect after-vote-audit 0 "$octroi" --db "$db" audit verify && contains after-vote-audit "$out" "intact"

# Annex tables (issue 7): the reference annex exported as CSV (BOM, ';',
# decimal comma) imports back with its 89 rows and 31 declared totals and no
# unparsed line, its identity read from its own columns; the workbook needs the
# identity options, and an SCDL file is sent to `opendata import`.
expect table-export-csv 0 "$octroi" --db "$db" docs annex pas-de-calais-2023-phase4 --format csv -o "$scratch/annexe-tableau.csv" && contains table-export-csv "$out" "Écrit : $scratch/annexe-tableau.csv"
contains table-export-csv-header "$(head -c 200 "$scratch/annexe-tableau.csv")" $'\xef\xbb\xbfThématique;Opération;Territoire;Structure'
expect table-import-csv 0 "$octroi" --db "$db" import --dry-run "$scratch/annexe-tableau.csv"
contains table-import-csv-encoding "$out" "Tableau CSV « annexe-tableau.csv » : encodage UTF-8 avec BOM, séparateur « ; », en-tête ligne 1."
contains table-import-csv-rows "$out" "89 lignes de répartition, 31 totaux déclarés"
contains table-import-csv-unparsed "$out" "0 lignes non lues"
contains table-import-csv-total "$out" "$(euros "3 519 492,87")"
contains table-import-csv-written "$out" "rien n'a été écrit"
expect table-import-xlsx-identity 3 "$octroi" --db "$db" import --dry-run "$scratch/annexe.xlsx" && contains table-import-xlsx-identity "$err" "--session-date"
expect table-import-xlsx 0 "$octroi" --db "$db" import --dry-run --title "Appels à projets 2023 - phase 4" --session-date 18/09/2023 --deliberation 2023-405 --body commission_permanente --authority "Département du Pas-de-Calais" "$scratch/annexe.xlsx" && contains table-import-xlsx "$out" "feuille « Annexe 4 », en-tête ligne 4"
contains table-import-xlsx-rows "$out" "89 lignes de répartition"
printf 'nomAttribuant;idAttribuant;dateConvention\n' >"$scratch/scdl.csv"
expect table-import-scdl 2 "$octroi" --db "$db" import "$scratch/scdl.csv" && contains table-import-scdl "$err" "octroi opendata import"

# Calls for projects (issue 12, docs/calls.md): a call made from the reference
# programme, published; an application drafted, refused without its required
# document and after the deadline, received with a receipt once its PDF is
# attached; proposed at the rule's amount; the session's annex printed.
expect call-create 0 "$octroi" --db "$db" call create aap-2023-phase4 --programme pas-de-calais-2023-phase4 --opens 01/03/2023 --closes 30/06/2023 --document "statuts=Statuts de la structure" && contains call-create "$out" "3 thématiques, 26 opérations"
expect call-publish 0 "$octroi" --db "$db" call publish aap-2023-phase4 && contains call-publish "$out" "publié (version 2)"
expect call-show 0 "$octroi" --db "$db" call show aap-2023-phase4 && contains call-show "$out" "pièce à joindre : Statuts de la structure"
expect call-list 0 "$octroi" --db "$db" call list && contains call-list "$out" "aap-2023-phase4"
expect application-draft 0 "$octroi" --db "$db" application draft aap-2023-phase4 dem-cheval-bleu --organisation cheval-bleu --name "Le Cheval Bleu" --siret 48054398200023 --operation t1-o6 --title "230 places d'accompagnement" --amount "115 000,00 €" --quantity 230:places --period "du 01/09/2023 au 31/08/2024" --territory lens-lievin,artois --direct-costs "100 000" --external-services "20 000" --indirect-costs "10 000"
expect application-incomplete 3 "$octroi" --db "$db" application submit dem-cheval-bleu --date 2023-06-15 && contains application-incomplete "$err" "pièce manquante : Statuts de la structure"
printf 'GIF89a' >"$scratch/statuts.gif"
expect application-attach-not-pdf 3 "$octroi" --db "$db" application attach dem-cheval-bleu "$scratch/statuts.gif" --document statuts && contains application-attach-not-pdf "$err" "ce n'est pas un PDF"
printf '%%PDF-1.4\n%%%%EOF\n' >"$scratch/statuts.pdf"
expect application-attach 0 "$octroi" --db "$db" application attach dem-cheval-bleu "$scratch/statuts.pdf" --document statuts && contains application-attach "$out" "SHA-256"
expect application-late 3 "$octroi" --db "$db" application submit dem-cheval-bleu --date 2023-07-01 && contains application-late "$err" "la date limite de dépôt était le 30 juin 2023"
expect application-submit 0 "$octroi" --db "$db" application submit dem-cheval-bleu --date 2023-06-15 && contains application-submit "$out" "récépissé n°aap-2023-phase4-00001"
expect instruct-propose 0 "$octroi" --db "$db" instruct pas-de-calais-2023-phase4 dem-cheval-bleu --session cp-2023-09-18 --propose "115 000,00 €" --notes "budget cohérent" --date 2023-07-20 && contains instruct-propose "$out" "montant selon la règle (places * specific_support_cost_per_place) : $(euros "115 000,00")"
expect application-show 0 "$octroi" --db "$db" application show dem-cheval-bleu && contains application-show "$out" "instruction : proposée $(euros "115 000,00") — séance cp-2023-09-18"
expect application-list 0 "$octroi" --db "$db" application list aap-2023-phase4 && contains application-list "$out" "proposée"
expect call-annex 0 "$octroi" --db "$db" call annex aap-2023-phase4 --session cp-2023-09-18 && contains call-annex "$out" "t1-o6-01"
contains call-annex-total "$out" "TOTAL thématique 1     $(euros "115 000,00")"
contains call-annex-budget "$out" "C02-446A05 : proposé 115${nnbsp}000,00"
contains call-annex-statement "$out" "  - Il est proposé d'attribuer un total de $(euros "115 000,00") à 1 structure au titre de 1 opération"
expect call-annex-none 3 "$octroi" --db "$db" call annex aap-2023-phase4 --session cp-2099-01-01 && contains call-annex-none "$err" "aucune demande"
# After the vote (rapport-70 adopted above): the proposal is awarded, once,
# and its applicant's decision letter written.
expect notify-no-template 4 "$octroi" --db "$db" notify aap-2023-phase4 --session cp-2023-09-18 --templates "$scratch/absent" -o "$scratch/lettres" && contains notify-no-template "$err" "decision.odt"
expect notify 0 "$octroi" --db "$db" notify aap-2023-phase4 --session cp-2023-09-18 --date 25/09/2023 --templates "$templates" -o "$scratch/lettres" && contains notify "$out" "1 demande(s) attribuée(s), 0 refusée(s)"
contains notify-letter "$out" "decision-aap-2023-phase4-00001.odt : Le Cheval Bleu — attribution"
# The programme was imported from its deliberation: the award is found there
# (its agreement was drafted by the after-vote steps above, and is kept).
contains notify-programme "$out" "Programme « pas-de-calais-2023-phase4 » déjà enregistré : 1 attribution(s) pour $(euros "115 000,00")."
contains notify-agreement "$out" "Conventions préparées : 0 (et 1 déjà préparée(s))."
if [[ -s "$scratch/lettres/decision-aap-2023-phase4-00001.odt" ]]; then ok; else echo "FAIL notify-file: no letter in $scratch/lettres"; failed=$((failed + 1)); fi
expect notify-again 0 "$octroi" --db "$db" notify aap-2023-phase4 --session cp-2023-09-18 --format html -o "$scratch/lettres" && contains notify-again "$out" "0 demande(s) attribuée(s) (et 1 déjà attribuée(s))"
contains notify-again-agreement "$out" "Conventions préparées : 0 (et 1 déjà préparée(s))."
expect notify-no-parameters 4 "$octroi" --db "$db" notify aap-2023-phase4 --session cp-2023-09-18 --format html --parameters "$scratch/absent" -o "$scratch/lettres" && contains notify-no-parameters "$err" "absent"
contains notify-html "$(cat "$scratch/lettres/decision-aap-2023-phase4-00001.html")" "une participation financière de <strong>115${nnbsp}000,00${nbsp}€</strong>"
expect application-awarded 0 "$octroi" --db "$db" application show dem-cheval-bleu && contains application-awarded "$out" "attribuée"
expect notify-unknown-session 3 "$octroi" --db "$db" notify aap-2023-phase4 --session cp-2099-01-01
expect calls-audit 0 "$octroi" --db "$db" audit verify && contains calls-audit "$out" "intact"

# Accounts and the web server: `user add` reads the password on stdin and
# refuses a short one or an unknown role; `serve` answers /api/health, refuses
# the API without a session, and stops on SIGTERM.
for command in serve user; do
  expect "help-$command" 0 "$octroi" "$command" --help && contains "help-$command" "$out" "$command"
done
expect user-add 0 bash -c "printf 'un-long-mot-de-passe\n' | '$octroi' --db '$db' user add alice --role instructor" && contains user-add "$out" "Compte « alice » créé (rôle : Instructeur)"
expect user-duplicate 3 bash -c "printf 'un-long-mot-de-passe\n' | '$octroi' --db '$db' user add alice --role reader" && contains user-duplicate "$err" "existe déjà"
expect user-short-password 3 bash -c "printf 'court\n' | '$octroi' --db '$db' user add bob --role reader" && contains user-short-password "$err" "mot de passe trop court"
expect user-bad-role 3 bash -c "printf 'un-long-mot-de-passe\n' | '$octroi' --db '$db' user add bob --role king" && contains user-bad-role "$err" "rôle inconnu « king »"
expect user-list 0 "$octroi" --db "$db" user list && contains user-list "$out" "alice  Instructeur"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
"$octroi" --db "$db" serve --port "$port" --web "$scratch/no-web" >"$scratch/serve.out" 2>"$scratch/serve.err" &
serve_pid=$!
health=""
for _ in $(seq 100); do health="$(curl -fs "http://127.0.0.1:$port/api/health" 2>/dev/null)" && break; sleep 0.1; done
contains serve-health "$health" '"status":"ok"'
anonymous="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/programmes")"
contains serve-needs-session "$anonymous" "401"
expect serve-port-taken 4 "$octroi" --db "$db" serve --port "$port" && contains serve-port-taken "$err" "impossible d'écouter"
kill -TERM "$serve_pid"; wait "$serve_pid"; serve_status=$?
if [ "$serve_status" -eq 0 ]; then ok; else echo "FAIL serve-stop: exit $serve_status"; failed=$((failed + 1)); fi
contains serve-started "$(cat "$scratch/serve.out")" "Octroi sert http://127.0.0.1:$port/"
contains serve-no-web "$(cat "$scratch/serve.err")" "interface web absente"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
