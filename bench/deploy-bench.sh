#!/usr/bin/env bash
# `shale migrate deploy` of N small migrations to an empty PostgreSQL, in the same run as the floor
# (`psql -f all.sql`: the same statements in one session, autocommit) and `prisma migrate deploy`
# (peers). Each round runs every command once, round-robin, each on a freshly created database
# (not timed); wall seconds include JVM / Node start. Prints the medians and the ratios.
#   bash bench/deploy-bench.sh [rounds=5] [migrations=1000]
# Environment: PGURL (default postgresql://postgres@127.0.0.1:5432), PSQL (default the real
# /usr/lib/postgresql/15/bin/psql, not Debian's Perl wrapper), PEERS (Prisma; skipped when missing).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-5}
N=${2:-1000}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432}
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
HIST="$OUT/history-$N"
"$SHALE" --version >/dev/null   # build once, outside the timings
[ -f "$HIST/all.sql" ] || java "$BENCH_DIR/GenHistory.java" "$N" "$HIST"
ln -sfn "$PEERS/node_modules" "$HIST/node_modules"   # prisma.config.ts loads `prisma/config` from here
have_prisma=1; [ -x "$PRISMA" ] || { have_prisma=0; echo "note: Prisma peers not installed at $PEERS: its column is skipped" >&2; }

q() { "$PSQL" -X -Atq -d "$PGURL/$1" -c "$2"; }
fresh() { q postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; q postgres "CREATE DATABASE $1" >/dev/null; }
tables() { q "$1" "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"; }
applied() { q "$1" "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL"; }
expected_tables=$(grep -c '^CREATE TABLE' "$HIST/all.sql")

# timed NAME CMD...: runs CMD once, appends its wall seconds to $OUT/deploy-NAME.times
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  if ! "$@" >"$OUT/deploy-$name.log" 2>&1; then echo "FAILED: $name (see $OUT/deploy-$name.log)" >&2; exit 1; fi
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l >> "$OUT/deploy-$name.times"
}

rm -f "$OUT"/deploy-*.times
for r in $(seq "$ROUNDS"); do
  fresh bench_shale
  timed shale env -C "$HIST" "$SHALE" migrate deploy --schema schema.prisma --url "$PGURL/bench_shale" --events "$OUT/deploy-events.jsonl"
  [ "$(applied bench_shale)" = "$N" ] && [ "$(tables bench_shale)" = "$((expected_tables + 1))" ] || { echo "shale: wrong result" >&2; exit 1; }

  fresh bench_floor
  timed psql "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$PGURL/bench_floor" -f "$HIST/all.sql"
  [ "$(tables bench_floor)" = "$expected_tables" ] || { echo "psql: wrong result" >&2; exit 1; }

  fresh bench_floor
  timed psql_tx "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$PGURL/bench_floor" -f "$HIST/all_tx.sql"

  if [ "$have_prisma" = 1 ]; then
    fresh bench_prisma
    timed prisma env -C "$HIST" DATABASE_URL="$PGURL/bench_prisma" "$PRISMA" migrate deploy
    [ "$(applied bench_prisma)" = "$N" ] || { echo "prisma: wrong result" >&2; exit 1; }
  fi
  echo "round $r done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
for db in bench_shale bench_floor bench_prisma; do q postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; done

med() { median < "$OUT/deploy-$1.times"; }
runs() { tr '\n' ' ' < "$OUT/deploy-$1.times" | xargs printf '%.2f '; }
shale=$(med shale); floor=$(med psql)
echo
echo "deploy of $N migrations to an empty PostgreSQL, $ROUNDS rounds, wall seconds (median, then every run)"
printf '%-44s %8.2f   %s\n' "shale migrate deploy" "$shale" "$(runs shale)"
printf '%-44s %8.2f   %s\n' "floor: psql -f all.sql (1 session, autocommit)" "$floor" "$(runs psql)"
printf '%-44s %8.2f   %s\n' "psql -f all_tx.sql (BEGIN/COMMIT per migration)" "$(med psql_tx)" "$(runs psql_tx)"
[ "$have_prisma" = 1 ] && printf '%-44s %8.2f   %s\n' "prisma migrate deploy" "$(med prisma)" "$(runs prisma)"
# Ratios of the medians, and the median of the per-round ratios (each round runs the commands
# back to back, so its ratio is less affected by load that changes between rounds).
round_ratio() { paste "$OUT/deploy-$1.times" "$OUT/deploy-$2.times" | awk '{print $1 / $2}' | median; }
echo
printf "shale / psql floor: %.2fx of medians, %.2fx median per round (target: within 2x)\n" \
  "$(ratio "$shale" "$floor")" "$(round_ratio shale psql)"
[ "$have_prisma" = 1 ] && printf "prisma / shale:     %.2fx of medians, %.2fx median per round (Shale must be faster: > 1)\n" \
  "$(ratio "$(med prisma)" "$shale")" "$(round_ratio prisma shale)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
exit 0
