#!/usr/bin/env bash
# `make run`: opens the embedded SQLite database var/octroi.db, loads the
# reference programme when the database holds none, and shows it.
# (Once the web server exists, this serves it instead of printing the annex.)
set -euo pipefail
cd "$(dirname "$0")/.."
octroi=build/octroi
db="${OCTROI_DB:-sqlite:var/octroi.db}"
reference=pas-de-calais-2023-phase4
mkdir -p var

if [ -z "$("$octroi" --db "$db" list --ids)" ]; then
  echo "Base vide : chargement du programme de référence ($reference)."
  "$octroi" --db "$db" import "data/$reference"
fi
if "$octroi" --help | grep -qE "^[[:space:]]+serve\b"; then
  exec "$octroi" --db "$db" serve
fi
exec "$octroi" --db "$db" show "$reference"
