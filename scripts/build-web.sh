#!/usr/bin/env bash
# Builds the front end (web/ → web/dist/), only what is out of date; prints
# nothing when web/dist is up to date. Idempotent, safe to run concurrently.
#   npm ci      when web/node_modules is missing or older than web/package-lock.json
#   vite build  when a source is newer than web/dist/index.html
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"

# One build at a time (make build and the e2e test may run together).
exec 9<"${BASH_SOURCE[0]}"
flock 9

if ! command -v npm >/dev/null 2>&1; then
  echo "build-web : npm est introuvable (Node.js 20 requis : scripts/install-deps.sh)" >&2
  exit 1
fi

stamp="$web/node_modules/.octroi-installed"
if [[ ! -e $stamp || $web/package-lock.json -nt $stamp ]]; then
  echo "build-web : npm ci (web/)"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi

index="$web/dist/index.html"
needs_build=0
if [[ ! -e $index ]]; then
  needs_build=1
elif [[ -n "$(find "$web/src" "$web/index.html" "$web/vite.config.ts" "$web/tsconfig.json" \
              "$web/package.json" "$web/package-lock.json" "$stamp" \
              -newer "$index" -print -quit 2>/dev/null)" ]]; then
  needs_build=1
fi
if (( needs_build )); then
  echo "build-web : vite build (web/ → web/dist/)"
  (cd "$web" && npx --no-install tsc --noEmit -p . && npx --no-install vite build --logLevel warn)
  touch "$index"
fi
