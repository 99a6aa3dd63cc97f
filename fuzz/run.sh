#!/usr/bin/env bash
# Runs every built libFuzzer target for a bounded time, starting from its seed
# corpus (fuzz/seeds/<target>/), in a scratch copy so seeds are never changed.
# Usage: fuzz/run.sh BUILD_DIR SECONDS_PER_TARGET
set -euo pipefail
build="${1:-build-fuzz}"
seconds="${2:-20}"
root="$(cd "$(dirname "$0")/.." && pwd)"
shopt -s nullglob
targets=("$build"/fuzz/*_fuzz)
if [ "${#targets[@]}" -eq 0 ]; then echo "fuzz: no target built in $build/fuzz" >&2; exit 1; fi
failed=0
for target in "${targets[@]}"; do
  name="$(basename "$target")"
  work="$(mktemp -d)"
  if [ -d "$root/fuzz/seeds/$name" ]; then cp -r "$root/fuzz/seeds/$name/." "$work/"; fi
  if "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
       -artifact_prefix="$build/fuzz/$name-" "$work" >"$build/fuzz/$name.log" 2>&1; then
    echo "fuzz: $name ran ${seconds}s with no finding"
  else
    echo "fuzz: $name FAILED (log: $build/fuzz/$name.log)" >&2
    tail -n 40 "$build/fuzz/$name.log" >&2
    failed=1
  fi
  rm -rf "$work"
done
exit "$failed"
