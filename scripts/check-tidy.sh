#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy at the root) on every C++ source of src/, in
# parallel, against the compile database of build/. Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
jobs="${JOBS:-$(nproc)}"
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: $build/compile_commands.json is missing (run 'make build' first)" >&2
  exit 1
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if git ls-files -z 'src/*.cc' | xargs -0 -r -n 4 -P "$jobs" clang-tidy -p "$build" --quiet >"$log" 2>&1; then
  echo "tidy: $(git ls-files 'src/*.cc' | wc -l) files, no finding"
else
  grep -E '^(/|src/).*(warning|error):' "$log" | sort -u >&2 || cat "$log" >&2
  echo "tidy: findings above (.clang-tidy)" >&2
  exit 1
fi
