#!/usr/bin/env bash
# Crash safety of `octroi import` on SQLite: the reference programme is
# imported under another id and killed with SIGKILL at several points, some
# while a pause between rows (OCTROI_TEST_PAUSE_PER_AWARD_MS) holds the write
# transaction open. After each kill the database must pass PRAGMA
# integrity_check and hold the whole import (89 rows, 3 519 492,87 €) or none
# of it; a new import must then succeed.
# Usage: tests/store/crash_test.sh PATH_TO_OCTROI REPOSITORY_ROOT
set -uo pipefail
octroi="$1"
root="$2"
reference="$root/data/pas-de-calais-2023-phase4"
programme="crash-test"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
command -v sqlite3 >/dev/null || { echo "FAIL: sqlite3 introuvable (scripts/install-deps.sh)"; exit 1; }

nnbsp=$'\xe2\x80\xaf'
total="3${nnbsp}519${nnbsp}492,87"
failed=0
killed=0
mid_transaction=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

# The database must be intact and hold all of the programme or none of it.
verify() {  # verify NAME DB_FILE
  local name="$1" file="$2"
  local integrity ids rows
  integrity="$(sqlite3 "$file" 'PRAGMA integrity_check' 2>&1)"
  [ "$integrity" = "ok" ] || { fail "$name: integrity_check: $integrity"; return; }
  ids="$("$octroi" --db "sqlite:$file" list --ids 2>&1)" || { fail "$name: list: $ids"; return; }
  if [ -z "$ids" ]; then
    rows="$(sqlite3 "$file" "SELECT count(*) FROM awards")"
    [ "$rows" = "0" ] || fail "$name: no programme but $rows award rows"
    outcome=none
  elif [ "$ids" = "$programme" ]; then
    rows="$(sqlite3 "$file" "SELECT count(*) FROM awards WHERE programme_id = '$programme'")"
    [ "$rows" = "89" ] || fail "$name: $rows rows instead of 89"
    "$octroi" --db "sqlite:$file" show "$programme" | grep -q "TOTAL GÉNÉRAL.*$total" ||
      fail "$name: show lacks the total $total"
    outcome=whole
  else
    fail "$name: unexpected programmes: $ids"
    return
  fi
  local journal
  journal="$("$octroi" --db "sqlite:$file" audit verify 2>&1)" || fail "$name: audit verify: $journal"
}

# True while another connection holds the write lock: the import is mid-transaction.
writing() {
  ! sqlite3 "$1" '.timeout 0' 'BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1
}

# Waits (at most 20 s) until the import holds the write lock, or has ended.
wait_for_write_lock() {  # wait_for_write_lock PID DB_FILE
  for _ in $(seq 2000); do
    kill -0 "$1" 2>/dev/null || return
    writing "$2" && return
    sleep 0.01
  done
}

# run_case NAME DELAY_SECONDS PAUSE_PER_AWARD_MS [after-lock]: with "after-lock",
# the delay counts from the moment the import is seen holding the write lock.
run_case() {
  local name="$1" delay="$2" pause="$3" start="${4:-}"
  local file="$scratch/$name.db"
  "$octroi" --db "sqlite:$file" list --ids >/dev/null || { fail "$name: cannot create the database"; return; }
  OCTROI_TEST_PAUSE_PER_AWARD_MS="$pause" "$octroi" --db "sqlite:$file" import "$reference" \
    --as "$programme" >/dev/null 2>&1 &
  local pid=$!
  [ "$start" = "after-lock" ] && wait_for_write_lock "$pid" "$file"
  sleep "$delay"
  local state="after"
  if kill -0 "$pid" 2>/dev/null; then
    state="before-or-during"
    if writing "$file"; then state="mid-transaction"; fi
    kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
    [ "$state" = "mid-transaction" ] && mid_transaction=$((mid_transaction + 1))
  fi
  wait "$pid" 2>/dev/null
  outcome=""
  verify "$name" "$file"
  echo "$name: kill after ${delay}s (pause ${pause} ms/row), $state -> $outcome"
  # Recovery: the same import now goes through (or is refused as a duplicate when whole).
  if [ "$outcome" = "none" ]; then
    "$octroi" --db "sqlite:$file" import "$reference" --as "$programme" >/dev/null 2>&1 ||
      fail "$name: the import after the crash failed"
    verify "$name-reimport" "$file"
    [ "$outcome" = "whole" ] || fail "$name: the import after the crash is not whole"
  fi
}

for delay in 0.005 0.02 0.05 0.1 0.2 0.3; do run_case "plain-$delay" "$delay" 0; done
for delay in 0.1 0.3 0.5 0.8; do run_case "paused-$delay" "$delay" 5; done
for delay in 0 0.1 0.25; do run_case "in-transaction-$delay" "$delay" 5 after-lock; done

echo "crash_test: $killed kills, $mid_transaction inside the write transaction"
[ "$mid_transaction" -ge 1 ] || fail "no kill landed inside the write transaction"
[ "$failed" -eq 0 ] || { echo "crash_test: $failed failure(s)"; exit 1; }
echo "crash_test: ok"
