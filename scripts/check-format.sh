#!/usr/bin/env bash
# Fails when a C++ source of ours is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -d '' files < <(git ls-files -z 'src/*.h' 'src/*.cc' 'tests/*.cc' 'fuzz/*.cc' 'bench/*.cc' 2>/dev/null; \
  git ls-files -z --others --exclude-standard 'src/*.h' 'src/*.cc' 'tests/*.cc' 'fuzz/*.cc' 'bench/*.cc' 2>/dev/null)
if [ "${#files[@]}" -eq 0 ]; then echo "format: no sources"; exit 0; fi
bad=()
for file in "${files[@]}"; do
  [ -f "$file" ] || continue
  if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then bad+=("$file"); fi
done
if [ "${#bad[@]}" -ne 0 ]; then
  echo "format: these files differ from .clang-format (run 'make format'):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "format: ${#files[@]} files follow .clang-format"
