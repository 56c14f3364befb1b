#!/usr/bin/env bash
# `shale lint` on a generated project: a 5,000-model PostgreSQL schema and a 200-migration history that
# builds it (GenLintHistory: the differ's own scripts), the schema then changed in 1% of its models, so
# the pending change holds 50 new indexes, 50 new columns, 50 drops and 50 new defaults. Each round,
# round-robin, with wall seconds including JVM / Node start:
#   shale cold  : `shale lint` with .shale/cache removed (the history replayed on the embedded dev server,
#                 which stays up between commands by design; its first start is timed once, separately)
#   shale warm, schema edited: `shale lint` after a comment was added to the schema (the history state
#                 read from .shale/cache; the schema validated, calculated and diffed again)
#   shale warm  : `shale lint` again, nothing changed (the rendered pending change read from .shale/cache)
#   shale --no-pending: the migrations and the schema only
#   squawk      : squawk on the same 200 migration.sql files (its SQL lint; no schema, no pending change)
#   prisma-lint : prisma-lint on the same schema (its naming/index rules; no SQL)
# Every run is verified (exit code, finding counts). Prints medians, every run, CPU seconds and ratios.
#   bash bench/lint-bench.sh [rounds=3] [models=5000] [migrations=200]
# SHALE_BASE=<other checkout>/shale times that build's warm cases too, in the same round robin (before/after).
# LINT_BENCH_WARM_ONLY=1 skips the first-run and cold-cache cases (about a minute each): the cache is made
# once, untimed, and only the warm cases and the peers are timed (for iterating on the warm path).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-3}
MODELS=${2:-5000}
N=${3:-200}
WARM_ONLY=${LINT_BENCH_WARM_ONLY:-0}
SQUAWK="$PEERS/node_modules/.bin/squawk"
PRISMA_LINT="$PEERS/node_modules/.bin/prisma-lint"
PROJECT="$OUT/lint-project-$MODELS-$N"
"$SHALE" --version >/dev/null   # build once, outside the timings

if [ ! -f "$PROJECT/prisma/schema.prisma" ]; then
  base=$(gen_schema "$MODELS" postgresql 0)
  java -cp "$ROOT/shale-cli/target/shale.jar" "$BENCH_DIR/GenLintHistory.java" "$base" "$N" "$PROJECT/prisma"
  gen_schema "$MODELS" postgresql 1 >/dev/null
  cp "$(gen_schema "$MODELS" postgresql 1)" "$PROJECT/prisma/schema.prisma"
  cp "$ROOT/shale-core/src/test/resources/lint/prisma-lint/.prismalintrc.json" "$PROJECT/"
  # The history must end at the unchanged schema: with it the pending change is empty.
  cp "$base" "$PROJECT/base.prisma"
  (cd "$PROJECT" && "$SHALE" lint --schema base.prisma --migrations prisma/migrations --format json > "$OUT/lint-base.json")
  if grep -q '(pending change)' "$OUT/lint-base.json"; then echo "history does not end at the base schema" >&2; exit 1; fi
fi
changed=$((MODELS / 100))
have_squawk=1; [ -x "$SQUAWK" ] || { have_squawk=0; echo "note: squawk not installed at $PEERS: skipped" >&2; }
have_pl=1; [ -x "$PRISMA_LINT" ] || { have_pl=0; echo "note: prisma-lint not installed at $PEERS: skipped" >&2; }

# timed NAME CMD...: runs CMD in the project, appends wall and CPU seconds; the output is kept for checks
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  set +e
  (cd "$PROJECT" && /usr/bin/time -f '%U %S' -o "$OUT/lint-$name.cpu1" "$@" >"$OUT/lint-$name.out" 2>"$OUT/lint-$name.err")
  local rc=$?
  set -e
  t1=$(date +%s.%N)
  echo "$rc" > "$OUT/lint-$name.rc"
  echo "$t1 - $t0" | bc -l >> "$OUT/lint-$name.times"
  tail -n1 "$OUT/lint-$name.cpu1" | awk '{print $1 + $2}' >> "$OUT/lint-$name.cpu"
}
# The pending change must have been linted: one SH301 per new index, in the schema, plus the history's findings.
check_shale() {
  local name=$1 want_pending=$2
  [ "$(cat "$OUT/lint-$name.rc")" = 0 ] || { echo "shale $name: exit $(cat "$OUT/lint-$name.rc")" >&2; cat "$OUT/lint-$name.err" >&2; exit 1; }
  local sh301; sh301=$(grep -c 'warning SH301' "$OUT/lint-$name.out" || true)
  local sh401; sh401=$(grep -c 'warning SH401' "$OUT/lint-$name.out" || true)
  [ "$sh401" = "$MODELS" ] || { echo "shale $name: $sh401 SH401 findings, expected $MODELS" >&2; exit 1; }
  if [ "$want_pending" = 1 ]; then
    [ "$sh301" = "$changed" ] || { echo "shale $name: $sh301 SH301 findings, expected $changed" >&2; exit 1; }
  else
    [ "$sh301" = 0 ] || { echo "shale $name: pending change checked with --no-pending" >&2; exit 1; }
  fi
}

rm -f "$OUT"/lint-*.times "$OUT"/lint-*.cpu
# The embedded development server's first start (once; it then stays up, as between a developer's commands).
if [ "$WARM_ONLY" = 1 ]; then
  (cd "$PROJECT" && "$SHALE" lint >/dev/null 2>&1) || true   # makes the cache when missing, untimed
  [ -z "$SHALE_BASE" ] || (cd "$PROJECT" && "$SHALE_BASE" lint >/dev/null 2>&1) || true
else
  (cd "$PROJECT" && "$SHALE" dev-db stop >/dev/null 2>&1) || true
  rm -rf "$PROJECT/.shale"
  timed first_start "$SHALE" lint
  check_shale first_start 1
fi
for r in $(seq "$ROUNDS"); do
  if [ "$WARM_ONLY" != 1 ]; then
    rm -rf "$PROJECT/.shale/cache"
    timed cold "$SHALE" lint; check_shale cold 1
  fi
  echo "// edited in round $r" >> "$PROJECT/prisma/schema.prisma"
  timed warm_edit "$SHALE" lint; check_shale warm_edit 1
  [ -z "$SHALE_BASE" ] || { timed base_warm_edit "$SHALE_BASE" lint; check_shale base_warm_edit 1; }
  timed warm "$SHALE" lint; check_shale warm 1
  [ -z "$SHALE_BASE" ] || { timed base_warm "$SHALE_BASE" lint; check_shale base_warm 1; }
  timed nopending "$SHALE" lint --no-pending; check_shale nopending 0
  [ -z "$SHALE_BASE" ] || { timed base_nopending "$SHALE_BASE" lint --no-pending; check_shale base_nopending 0; }
  if [ "$have_squawk" = 1 ]; then
    timed squawk "$SQUAWK" 'prisma/migrations/*/migration.sql'   # squawk expands the pattern itself
    grep -q "checked $N source files" "$OUT/lint-squawk.out" || { echo "squawk did not check $N files" >&2; exit 1; }
  fi
  if [ "$have_pl" = 1 ]; then
    timed prismalint "$PRISMA_LINT" prisma/schema.prisma
    [ "$(cat "$OUT/lint-prismalint.rc")" = 0 ] || { echo "prisma-lint failed" >&2; cat "$OUT/lint-prismalint.out" >&2; exit 1; }
  fi
  echo "round $r done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done

(cd "$PROJECT" && "$SHALE" dev-db stop >/dev/null 2>&1) || true

med() { median < "$OUT/lint-$1.times"; }
cpu() { median < "$OUT/lint-$1.cpu"; }
runs() { tr '\n' ' ' < "$OUT/lint-$1.times" | xargs printf '%.2f '; }
row() { printf '%-52s %8.2f %8.2f   %s\n' "$1" "$(med "$2")" "$(cpu "$2")" "$(runs "$2")"; }
echo
echo "lint of $MODELS models + $N migrations (pending change: $changed models changed), $ROUNDS rounds"
printf '%-52s %8s %8s   %s\n' "" "wall s" "cpu s" "every run (wall)"
if [ "$WARM_ONLY" != 1 ]; then
  row "shale lint, first run (dev server start + replay)" first_start
  row "shale lint, cold cache (replay on the dev server)" cold
fi
row "shale lint, warm cache, schema edited" warm_edit
row "shale lint, warm cache, nothing changed" warm
row "shale lint --no-pending" nopending
if [ -n "$SHALE_BASE" ]; then
  row "SHALE_BASE lint, warm cache, schema edited" base_warm_edit
  row "SHALE_BASE lint, warm cache, nothing changed" base_warm
  row "SHALE_BASE lint --no-pending" base_nopending
fi
[ "$have_squawk" = 1 ] && row "squawk, the $N migration.sql files" squawk
[ "$have_pl" = 1 ] && row "prisma-lint, the schema" prismalint
echo
if [ "$WARM_ONLY" = 1 ]; then
  printf "target: shale lint under 2 s wall (warm %.2f s, schema edited %.2f s)\n" "$(med warm)" "$(med warm_edit)"
else
  printf "target: shale lint under 2 s wall (warm %.2f s, schema edited %.2f s, cold %.2f s)\n" "$(med warm)" "$(med warm_edit)" "$(med cold)"
fi
for s in warm warm_edit; do
  [ "$have_squawk" = 1 ] && printf "squawk / shale %s: %.2fx wall, %.2fx cpu\n" "$s" "$(ratio "$(med squawk)" "$(med $s)")" "$(ratio "$(cpu squawk)" "$(cpu $s)")"
  [ "$have_pl" = 1 ] && printf "prisma-lint / shale %s: %.2fx wall, %.2fx cpu\n" "$s" "$(ratio "$(med prismalint)" "$(med $s)")" "$(ratio "$(cpu prismalint)" "$(cpu $s)")"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
