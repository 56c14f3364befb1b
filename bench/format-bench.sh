#!/usr/bin/env bash
# `shale format` against `prisma format` (peers), same machine, same run, JVM start included.
#   bash bench/format-bench.sh [runs=5] [sizes="2 500 5000 20000"]
#   SHALE_BASE=/path/to/other/checkout/shale bash bench/format-bench.sh   # adds a "base" column
# The input is the generated schema with its alignment taken out (every run of spaces made one), so
# both tools have the whole layout to redo. Each run formats a fresh copy in its own folder (the copy
# is inside the timing, for both); each output is checked byte-identical between the two tools.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_peers
RUNS=${1:-5}
SIZES=${2:-"2 500 5000 20000"}
"$SHALE" --version >/dev/null   # build once, outside the timings
[ -z "$SHALE_BASE" ] || "$SHALE_BASE" --version >/dev/null

work="$OUT/format"
mkdir -p "$work/shale" "$work/prisma" "$work/base"

# format_copy TOOL INPUT: copies INPUT to the tool's folder and formats it in place
format_copy() {
  local dest="$work/$1/schema.prisma"
  cp "$2" "$dest"
  if [ "$1" = shale ]; then
    "$SHALE" format --schema "$dest"
  elif [ "$1" = base ]; then
    "$SHALE_BASE" format --schema "$dest"
  else
    "$PRISMA" format --schema "$dest"
  fi
}

printf '%-8s %12s %12s %8s' models "shale s" "prisma s" "prisma/shale"
[ -z "$SHALE_BASE" ] && echo || printf ' %12s %8s\n' "base s" "base/shale"
for n in $SIZES; do
  input="$OUT/unformatted-$n.prisma"
  [ -s "$input" ] || sed -E 's/ +/ /g' "$(gen_schema "$n" postgresql 0)" > "$input"
  s_times=() p_times=() b_times=()
  for _ in $(seq "$RUNS"); do   # round robin, so load changes hit both tools alike
    s_times+=("$(time_runs 1 format_copy shale "$input")")
    p_times+=("$(time_runs 1 format_copy prisma "$input")")
    if [ -n "$SHALE_BASE" ]; then
      b_times+=("$(time_runs 1 format_copy base "$input")")
      cmp -s "$work/base/schema.prisma" "$work/prisma/schema.prisma" || { echo "FAILED: base output differs at $n models" >&2; exit 1; }
    fi
    if ! cmp -s "$work/shale/schema.prisma" "$work/prisma/schema.prisma"; then
      echo "FAILED: shale format and prisma format differ at $n models:" >&2
      diff "$work/prisma/schema.prisma" "$work/shale/schema.prisma" | head -20 >&2
      exit 1
    fi
    if cmp -s "$input" "$work/shale/schema.prisma"; then
      echo "FAILED: the input at $n models was already formatted; the benchmark would measure nothing" >&2
      exit 1
    fi
  done
  s=$(printf '%s\n' "${s_times[@]}" | median)
  p=$(printf '%s\n' "${p_times[@]}" | median)
  printf '%-8s %12.3f %12.3f %8.2fx' "$n" "$s" "$p" "$(ratio "$p" "$s")"
  if [ -z "$SHALE_BASE" ]; then echo; else
    b=$(printf '%s\n' "${b_times[@]}" | median)
    printf ' %12.3f %8.2fx\n' "$b" "$(ratio "$b" "$s")"
  fi
done
