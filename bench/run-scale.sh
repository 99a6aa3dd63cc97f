#!/usr/bin/env bash
# Runs the scale benchmark (issue 4) on both backends: starts a throwaway
# PostgreSQL cluster with scripts/test-postgres.sh (stopped and removed at the
# end), points the benchmark at it and prints the figures (markdown) on
# standard output, progress on standard error.
# Usage: bench/run-scale.sh [BUILD_DIR] [octroi_scale_bench options...]
#   BUILD_DIR defaults to build/ (make build); options: --programmes N,
#   --awards N, --annex-runs N, --backend sqlite|postgresql|both.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
if [ "$#" -gt 0 ]; then shift; fi
bench="$build/bench/octroi_scale_bench"
if [ ! -x "$bench" ]; then
  echo "run-scale : $bench introuvable : construisez d'abord (make build, ou cmake --build $build --target octroi_scale_bench)" >&2
  exit 1
fi

echo "command: bench/run-scale.sh $build $*" >&2
# The benchmark reads OCTROI_BENCH_POSTGRES_URL, else OCTROI_TEST_POSTGRES_URL
# (exported by test-postgres.sh).
exec bash "$root/scripts/test-postgres.sh" "$bench" "$@"
