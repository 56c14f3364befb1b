#!/usr/bin/env bash
# `shale migrate diff` against `prisma migrate diff` (peers), same machine, same run, round-robin,
# wall seconds with JVM / Node start. Two cases per size (bench/GenSchema.java schemas):
#   empty:   --from-empty --to-schema S --script
#   changed: --from-schema S --to-schema S' --script, S' = S with every 10th model changed
#            (an added column, an added index, a changed default, a dropped column)
# Every run is verified: as many CREATE TABLE as models (empty), the expected ALTER TABLE count (changed),
# and Shale's script compared with Prisma's byte for byte. Prints medians and prisma/shale ratios.
#   bash bench/diff-bench.sh [runs=3] [sizes="500 5000 20000"]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require_peers
RUNS=${1:-3}
SIZES=${2:-"500 5000 20000"}
"$SHALE" --version >/dev/null   # build once, outside the timings

# timed NAME OUTFILE CMD...: runs CMD once, its stdout to OUTFILE; appends the wall seconds to $OUT/diff-NAME.times
timed() {
  local name=$1 out=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  if ! "$@" >"$out" 2>"$OUT/diff-$name.err"; then echo "FAILED: $name: $*" >&2; cat "$OUT/diff-$name.err" >&2; exit 1; fi
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l >> "$OUT/diff-$name.times"
}

# verify NAME FILE EXPECTED_CREATE_TABLES: the script has the expected number of CREATE TABLE
verify() {
  local n; n=$(grep -c '^CREATE TABLE' "$2" || true)
  [ "$n" = "$3" ] || { echo "WRONG: $1 wrote $n CREATE TABLE, expected $3 ($2)" >&2; exit 1; }
}

rm -f "$OUT"/diff-*.times
summary=()
for n in $SIZES; do
  s=$(gen_schema "$n" postgresql 0)
  s2=$(gen_schema "$n" postgresql 10)
  for r in $(seq "$RUNS"); do
    timed "shale-empty-$n" "$OUT/diff-shale-empty-$n.sql" "$SHALE" migrate diff --from-empty --to-schema "$s" --script
    timed "prisma-empty-$n" "$OUT/diff-prisma-empty-$n.sql" "$PRISMA" migrate diff --from-empty --to-schema "$s" --script
    timed "shale-changed-$n" "$OUT/diff-shale-changed-$n.sql" "$SHALE" migrate diff --from-schema "$s" --to-schema "$s2" --script
    timed "prisma-changed-$n" "$OUT/diff-prisma-changed-$n.sql" "$PRISMA" migrate diff --from-schema "$s" --to-schema "$s2" --script
    verify shale "$OUT/diff-shale-empty-$n.sql" "$n"
    verify prisma "$OUT/diff-prisma-empty-$n.sql" "$n"
    verify shale-changed "$OUT/diff-shale-changed-$n.sql" 0
    changed=$(( n / 10 ))
    alters=$(grep -c '^-- AlterTable' "$OUT/diff-shale-changed-$n.sql" || true)
    indexes=$(grep -c '^CREATE INDEX' "$OUT/diff-shale-changed-$n.sql" || true)
    [ "$alters" = "$changed" ] && [ "$indexes" = "$changed" ] \
      || { echo "WRONG: shale altered $alters tables and created $indexes indexes, expected $changed of each" >&2; exit 1; }
    for c in empty changed; do
      cmp -s "$OUT/diff-shale-$c-$n.sql" "$OUT/diff-prisma-$c-$n.sql" \
        || { echo "WRONG: shale and prisma scripts differ ($c, $n models): diff $OUT/diff-shale-$c-$n.sql $OUT/diff-prisma-$c-$n.sql" >&2; exit 1; }
    done
    echo "$n models, run $r done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  done
done

med() { median < "$OUT/diff-$1.times"; }
runs() { tr '\n' ' ' < "$OUT/diff-$1.times" | xargs printf '%.2f '; }
echo
echo "migrate diff --script, $RUNS runs each, round-robin, wall seconds (median; every run); outputs identical byte for byte"
printf '%-8s %-8s %9s %9s %8s   %s\n' models case "shale s" "prisma s" "prisma/shale" "runs shale | prisma"
for n in $SIZES; do
  for c in empty changed; do
    sh=$(med "shale-$c-$n"); pr=$(med "prisma-$c-$n")
    printf '%-8s %-8s %9.2f %9.2f %8.2fx   %s| %s\n' "$n" "$c" "$sh" "$pr" "$(ratio "$pr" "$sh")" "$(runs "shale-$c-$n")" "$(runs "prisma-$c-$n")"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
