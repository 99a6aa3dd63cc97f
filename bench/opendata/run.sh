#!/usr/bin/env bash
# Benchmark of the SCDL subventions validation and import (bench/README.md,
# "Open data"): in one run, on the same files, `wc -l`, sqlite3's `.import`
# (raw load, no validation), `octroi opendata validate` and `octroi opendata
# import`; rows/s, MB/s, ratios and peak memory (/usr/bin/time -v). `wc -l`
# and validate: the fastest of OPENDATA_BENCH_REPEAT (5) more runs.
# Not part of `make test` (figures depend on the machine).
# Usage: bench/opendata/run.sh PATH_TO_OCTROI [ROWS...]   (default: 100000 1000000)
#   OPENDATA_BENCH_DIR: where the generated files are kept (default: a temporary folder).
set -euo pipefail
octroi="$(realpath "$1")"; shift
sizes=("$@"); [ "${#sizes[@]}" -gt 0 ] || sizes=(100000 1000000)
here="$(cd "$(dirname "$0")" && pwd)"
work="${OPENDATA_BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${OPENDATA_BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
for tool in sqlite3 /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "opendata bench: $tool is missing" >&2; exit 2; }
done

# measure NAME COMMAND...: runs COMMAND under /usr/bin/time -v; sets $seconds and $peak_kb.
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || true
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")"
  peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
}

# measure_best COMMAND...: as measure (peak memory of that first run), then
# OPENDATA_BENCH_REPEAT more runs (default 5) timed to the microsecond
# (`time`'s 10 ms are too coarse for `wc -l`); $seconds is the fastest.
repeat="${OPENDATA_BENCH_REPEAT:-5}"
measure_best() {
  measure "$@"
  local best="" start end elapsed i
  for ((i = 0; i < repeat; i++)); do
    start="$(date +%s%N)"; "$@" >/dev/null 2>&1 || true; end="$(date +%s%N)"
    elapsed="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", (b - a) / 1e9}')"
    if [ -z "$best" ] || awk -v e="$elapsed" -v b="$best" 'BEGIN {exit !(e < b)}'; then
      best="$elapsed"
    fi
  done
  [ -z "$best" ] || seconds="$best"
}

printf '%-9s %-26s %8s %12s %9s %10s %9s\n' rows step seconds rows/s MB/s "x wc -l" "peak MB"
for rows in "${sizes[@]}"; do
  invalid="$work/subventions-$rows-errors.csv"
  valid="$work/subventions-$rows-valid.csv"
  [ -s "$invalid" ] || python3 "$here/generate.py" "$rows" "$invalid" --error-rate 0.02
  [ -s "$valid" ] || python3 "$here/generate.py" "$rows" "$valid" --error-rate 0
  cat "$invalid" "$valid" >/dev/null  # both in the page cache
  megabytes="$(awk -v b="$(stat -c %s "$invalid")" 'BEGIN {printf "%.1f", b / 1e6}')"

  report() {  # report STEP FILE_MEGABYTES
    awk -v r="$rows" -v s="$seconds" -v mb="$2" -v base="${wc_seconds:-$seconds}" -v kb="$peak_kb" -v step="$1" \
      'BEGIN { if (s <= 0) s = 0.005; printf "%-9d %-26s %8.3f %12.0f %9.1f %10.2f %9.1f\n",
               r, step, s, r / s, mb / s, (mb / s) / (mb / base), kb / 1024 }'
  }
  wc_seconds=""
  measure_best wc -l "$invalid"; wc_seconds="$seconds"; report "wc -l" "$megabytes"
  measure_best "$octroi" opendata validate --max 0 "$invalid"; validate_seconds="$seconds"
  report "octroi opendata validate" "$megabytes"
  grep -m1 "^Fichier .*ligne" "$work/out.log" | sed 's/^/          /' || true

  valid_megabytes="$(awk -v b="$(stat -c %s "$valid")" 'BEGIN {printf "%.1f", b / 1e6}')"
  rm -f "$work/sqlite.db"
  measure sqlite3 "$work/sqlite.db" ".mode csv" ".import $valid subventions"; sqlite_seconds="$seconds"
  report "sqlite3 .import (valid)" "$valid_megabytes"
  rm -f "$work/octroi.db" "$work/octroi.db-wal" "$work/octroi.db-shm"
  measure "$octroi" --db "sqlite:$work/octroi.db" opendata import "$valid"; import_seconds="$seconds"
  report "octroi opendata import" "$valid_megabytes"
  grep -m1 "importée" "$work/out.log" | sed 's/^/          /' || true
  awk -v v="$validate_seconds" -v w="$wc_seconds" -v i="$import_seconds" -v q="$sqlite_seconds" 'BEGIN {
    if (v <= 0) v = 0.005; if (i <= 0) i = 0.005
    printf "          validate throughput = %.0f %% of wc -l (aim >= 25 %%); import time = %.2f x sqlite3 .import (aim <= 1)\n",
           100 * w / v, i / q }'
done
