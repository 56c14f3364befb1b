#!/usr/bin/env bash
# `shale validate` against `prisma validate` (peers), same machine, same run, JVM start included.
#   bash bench/validate-bench.sh [runs=5] [sizes="2 500 5000 20000"]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_peers
RUNS=${1:-5}
SIZES=${2:-"2 500 5000 20000"}
"$SHALE" --version >/dev/null   # build once, outside the timings

printf '%-8s %12s %12s %8s\n' models "shale s" "prisma s" "prisma/shale"
for n in $SIZES; do
  schema=$(gen_schema "$n" postgresql 0)
  s=$(time_runs "$RUNS" "$SHALE" validate --schema "$schema")
  p=$(time_runs "$RUNS" "$PRISMA" validate --schema "$schema")
  printf '%-8s %12.3f %12.3f %8.2fx\n' "$n" "$s" "$p" "$(ratio "$p" "$s")"
done
