#!/usr/bin/env bash
# Proves the layering check can fail: in a scratch tree, money includes
# domain (a reverse include); the check must refuse it and name the line.
set -euo pipefail
root="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/src/money" "$scratch/src/domain"
printf '#pragma once\n' >"$scratch/src/domain/award.h"
printf '#include "base/result.h"\n#include "domain/award.h"\n' >"$scratch/src/money/amount.h"
if output="$(bash "$root/scripts/check-layering.sh" "$scratch" 2>&1)"; then
  echo "the layering check accepted money -> domain:"; echo "$output"; exit 1
fi
if ! grep -q 'src/money/amount.h:2 includes src/domain' <<<"$output"; then
  echo "the layering check failed without naming the line:"; echo "$output"; exit 1
fi
# And the same tree without the reverse include passes.
printf '#include "base/result.h"\n' >"$scratch/src/money/amount.h"
bash "$root/scripts/check-layering.sh" "$scratch" >/dev/null
echo "layering self-test: reverse include refused, clean tree accepted"
