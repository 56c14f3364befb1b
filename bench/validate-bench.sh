#!/usr/bin/env bash
# `shale validate` against `prisma validate` (peers), same machine, same run, JVM start included.
#   bash bench/validate-bench.sh [runs=5] [sizes="2 500 5000 20000"]
#   SHALE_BASE=/path/to/other/checkout/shale bash bench/validate-bench.sh   # adds a "base" column
# Runs alternate between the two tools (round robin), so a change of load hits both alike; every run
# must exit 0 and say the schema is valid.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_peers
RUNS=${1:-5}
SIZES=${2:-"2 500 5000 20000"}
"$SHALE" --version >/dev/null   # build once, outside the timings
[ -z "$SHALE_BASE" ] || "$SHALE_BASE" --version >/dev/null

# validate_checked TOOL SCHEMA: validates and fails unless the tool reports the schema valid
validate_checked() {
  local tool=$SHALE
  [ "$1" = prisma ] && tool=$PRISMA
  [ "$1" = base ] && tool=$SHALE_BASE
  "$tool" validate --schema "$2" 2>&1 | grep -q 'is valid'
}

printf '%-8s %12s %12s %8s' models "shale s" "prisma s" "prisma/shale"
[ -z "$SHALE_BASE" ] && echo || printf ' %12s %8s\n' "base s" "base/shale"
for n in $SIZES; do
  schema=$(gen_schema "$n" postgresql 0)
  s_times=() p_times=() b_times=()
  for _ in $(seq "$RUNS"); do
    s_times+=("$(time_runs 1 validate_checked shale "$schema")")
    p_times+=("$(time_runs 1 validate_checked prisma "$schema")")
    [ -z "$SHALE_BASE" ] || b_times+=("$(time_runs 1 validate_checked base "$schema")")
  done
  s=$(printf '%s\n' "${s_times[@]}" | median)
  p=$(printf '%s\n' "${p_times[@]}" | median)
  printf '%-8s %12.3f %12.3f %8.2fx' "$n" "$s" "$p" "$(ratio "$p" "$s")"
  if [ -z "$SHALE_BASE" ]; then echo; else
    b=$(printf '%s\n' "${b_times[@]}" | median)
    printf ' %12.3f %8.2fx\n' "$b" "$(ratio "$b" "$s")"
  fi
done
