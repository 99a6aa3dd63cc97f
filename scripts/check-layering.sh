#!/usr/bin/env bash
# Fails when a module of src/ includes a module it must not depend on.
# Dependencies point inwards (docs/architecture.md): each module lists the
# modules it may include; an include of any other module is an error.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"

declare -A allowed=(
  [base]=""
  [money]="base"
  [calendar]="base"
  [domain]="base money calendar"
  [rules]="base money calendar domain"
  [checks]="base money calendar domain rules"
  [service]="base money calendar domain rules checks"
  [store]="base money calendar domain rules checks service"
  [import]="base money calendar domain rules checks service opendata docs"
  [docs]="base money calendar domain rules checks service"
  [opendata]="base money calendar domain rules checks service"
  [api]="base money calendar domain rules checks service store import docs opendata"
  [cli]="base money calendar domain rules checks service store import docs opendata api"
)

status=0
while IFS= read -r -d '' file; do
  module="${file#"$root"/src/}"
  module="${module%%/*}"
  if [[ ! -v "allowed[$module]" ]]; then
    echo "layering: module src/$module is not declared in scripts/check-layering.sh" >&2
    status=1
    continue
  fi
  while IFS= read -r line; do
    number="${line%%:*}"
    included="${line#*\"}"
    included="${included%%/*}"
    [ "$included" = "$module" ] && continue
    # Only our own modules are checked: a quoted include of another folder.
    [ -d "$root/src/$included" ] || continue
    if [[ " ${allowed[$module]} " != *" $included "* ]]; then
      echo "layering: ${file#"$root"/}:$number includes src/$included, which $module must not depend on" >&2
      status=1
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
done < <(find "$root/src" -type f \( -name '*.h' -o -name '*.cc' \) -print0)

if [ "$status" -eq 0 ]; then echo "layering: every include points inwards"; fi
exit "$status"
