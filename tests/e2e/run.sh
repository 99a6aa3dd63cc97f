#!/usr/bin/env bash
# Browser tests of the web application (issues 9, 13): a fresh SQLite database
# with the reference programme, its sitting and four accounts, `octroi serve` on a free port,
# then the scenarios in *.test.mjs (playwright-core driving Debian's
# /usr/bin/chromium, axe-core scans). The server is always stopped.
#   usage: tests/e2e/run.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
build_dir="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
octroi="$build_dir/octroi"
e2e="$source_dir/tests/e2e"
chromium="${OCTROI_CHROMIUM:-/usr/bin/chromium}"

[[ -x $octroi ]] || { echo "e2e : $octroi introuvable (construisez d'abord octroi)" >&2; exit 2; }
[[ -x $chromium ]] || { echo "e2e : $chromium introuvable (apt-get install chromium)" >&2; exit 2; }
command -v node >/dev/null || { echo "e2e : node introuvable" >&2; exit 2; }

# The front end, built only when out of date.
bash "$source_dir/scripts/build-web.sh"

# Test dependencies (playwright-core, axe-core), installed only when needed;
# no browser is downloaded: the tests drive the system's chromium.
(
  exec 9<"${BASH_SOURCE[0]}"
  flock 9
  stamp="$e2e/node_modules/.octroi-installed"
  if [[ ! -e $stamp || $e2e/package-lock.json -nt $stamp ]]; then
    echo "e2e : npm ci (tests/e2e/)"
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/octroi-e2e.XXXXXX")"
server_pid=""
cleanup() {
  local status=$?
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ $status -ne 0 && -s $tmp/server.log ]]; then
    echo "--- journal du serveur (fin) ---" >&2
    tail -n 40 "$tmp/server.log" >&2
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE

db="sqlite:$tmp/e2e.db"
"$octroi" --db "$db" import "$source_dir/data/pas-de-calais-2023-phase4" >"$tmp/import.log"
# The reference sitting (Commission Permanente, 18 September 2023) and its members.
"$octroi" --db "$db" session record --programme pas-de-calais-2023-phase4 >>"$tmp/import.log"
add_user() {
  printf 'secret-password\n' | "$octroi" --db "$db" user add "$1" --role "$2" >>"$tmp/users.log"
}
add_user alice instructor
add_user bob instructor
add_user elu reader
add_user claire head_of_service
add_user dora finance
# Finance for after_vote.test.mjs: account.test.mjs changes dora's password.
add_user fanny finance
# Calls for projects (issue 12): the reference programme as a published call
# open until 2099, and two organisations' accounts (tests/e2e/calls.test.mjs).
# From the source folder: `call create` reads the rules' parameters in data/parameters.
(cd "$source_dir" && "$octroi" --db "$db" call create aap-2023-phase4 --programme pas-de-calais-2023-phase4 --opens 01/01/2024 --closes 31/12/2099 --document "statuts=Statuts de la structure") >>"$tmp/import.log"
"$octroi" --db "$db" call publish aap-2023-phase4 >>"$tmp/import.log"
add_organisation() {
  printf 'secret-password\n' | "$octroi" --db "$db" user add "$1" --role organisation --siret "$2" --organisation "$3" --name "$4" >>"$tmp/users.log"
}
add_organisation cheval 48054398200023 cheval-bleu "Le Cheval Bleu"
add_organisation autre 12345678200010 autre-structure "Une autre structure"

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
# From the source folder: the defaults of --parameters and --templates are relative to it.
(cd "$source_dir" && exec "$octroi" --db "$db" serve --port "$port" --web "$source_dir/web/dist") >"$tmp/server.log" 2>&1 &
server_pid=$!

base="http://127.0.0.1:$port"
healthy() {
  node -e "fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
    "$base/api/health" 2>/dev/null
}
for _ in $(seq 100); do
  if healthy; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "e2e : le serveur s'est arrêté au démarrage" >&2
    exit 1
  fi
  sleep 0.1
done
healthy || { echo "e2e : $base/api/health ne répond pas" >&2; exit 1; }

export OCTROI_E2E_URL="$base"
export OCTROI_E2E_SOURCE_DIR="$source_dir"
export OCTROI_E2E_CHROMIUM="$chromium"
# Screenshots go to the build folder, so a test run leaves the tree clean;
# OCTROI_E2E_SCREENSHOTS=docs/screenshots refreshes the README's picture.
export OCTROI_E2E_SCREENSHOTS="${OCTROI_E2E_SCREENSHOTS:-$build_dir/screenshots}"
export OCTROI_E2E_TMP="$tmp"
cd "$e2e"
node --test --test-reporter=spec ./*.test.mjs
