#!/usr/bin/env bash
# `make run`: opens the embedded SQLite database var/octroi.db, loads the
# reference programme and its sitting (the Commission Permanente of 18
# September 2023) when the database holds none, creates a first
# administrator account when there is none (its password printed once and
# kept in var/admin-password.txt, readable by its owner only), and serves the
# web application on http://127.0.0.1:${OCTROI_PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
octroi=build/octroi
db="${OCTROI_DB:-sqlite:var/octroi.db}"
port="${OCTROI_PORT:-8080}"
reference=pas-de-calais-2023-phase4
mkdir -p var

if [ -z "$("$octroi" --db "$db" list --ids)" ]; then
  echo "Base vide : chargement du programme de référence ($reference)."
  "$octroi" --db "$db" import "data/$reference"
fi
if "$octroi" --db "$db" session list | grep -q "^Aucune séance"; then
  "$octroi" --db "$db" session record --programme "$reference"
fi

if "$octroi" --db "$db" user list | grep -q "^Aucun compte"; then
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)"
  printf '%s\n' "$password" | "$octroi" --db "$db" user add admin --role administrator
  (umask 077 && printf '%s\n' "$password" > var/admin-password.txt)
  echo "Premier compte créé : identifiant « admin », mot de passe « $password »"
  echo "(conservé dans var/admin-password.txt ; d'autres comptes : build/octroi user add LOGIN --role ROLE)"
elif [ -f var/admin-password.txt ]; then
  echo "Connexion : identifiant « admin », mot de passe dans var/admin-password.txt"
fi
echo "Ouvrez http://127.0.0.1:$port/ dans le navigateur."
exec "$octroi" --db "$db" serve --port "$port"
