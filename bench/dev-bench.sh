#!/usr/bin/env bash
# `shale migrate dev --create-only --name x` creating one migration on a history of N migrations,
# against `prisma migrate dev --create-only --name x` (peers), in the same run, round-robin.
# The history is the lifecycle baseline's (`$PEERS/lifecycle-bench/gen_history.cjs`: N migrations
# creating tables T<i> with an index, every 10th adding a column), deployed once (untimed) to one
# database per tool; the schema is the history's plus `note String?` on the last model. Every run is
# checked: exactly one new migration, equal to Prisma's `ALTER TABLE "T<last>" ADD COLUMN "note" TEXT;`,
# and nothing applied. Wall seconds include JVM / Node start.
#   Shale:  the default shadow database (the project's embedded PostgreSQL, started once before the
#           runs: `shale dev-db start`), warm (the history's state cached by an earlier run in
#           .shale/cache and its replay kept in the server, as in a developer's loop) and cold (both
#           dropped before the run: the whole history is replayed); and with --shadow-url on the same
#           server as Prisma's (the file cache dropped before the run: replayed there, emptied before
#           each use);
#   Prisma: its shadow database (CREATE DATABASE on the server, through the peers' engine shim).
#   bash bench/dev-bench.sh [rounds=5] [migrations=200]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-5}
N=${2:-200}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432}
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
GEN="$PEERS/lifecycle-bench/gen_history.cjs"
[ -f "$GEN" ] || GEN=/work/shared/peers/lifecycle-bench/gen_history.cjs
HIST="$OUT/devhist-$N"
"$SHALE" --version >/dev/null   # build once, outside the timings
[ -f "$HIST/schema.changed.prisma" ] || node "$GEN" "$N" "$HIST" 2>/dev/null
ln -sfn "$PEERS/node_modules" "$HIST/node_modules"   # prisma.config.ts loads `prisma/config` from here
have_prisma=1; [ -x "$PRISMA" ] || { have_prisma=0; echo "note: Prisma peers not installed at $PEERS: its column is skipped" >&2; }

q() { "$PSQL" -X -Atq -d "$PGURL/$1" -c "$2"; }
fresh() { q postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; q postgres "CREATE DATABASE $1" >/dev/null; }
last=$(grep -o '^model T[0-9]*' "$HIST/schema.base.prisma" | tail -1 | cut -d' ' -f2)
printf -- '-- AlterTable\nALTER TABLE "%s" ADD COLUMN     "note" TEXT;\n' "$last" > "$HIST/expected_x.sql"

# The history deployed once per tool (untimed); Shale's rows are Prisma's (same table, same checksums).
cp "$HIST/schema.base.prisma" "$HIST/schema.prisma"; rm -rf "$HIST"/migrations/*_x
for db in bench_dev_shale bench_dev_prisma; do
  fresh $db
  env -C "$HIST" DATABASE_URL="$PGURL/$db" "$SHALE" migrate deploy --events "$OUT/dev-events.jsonl" >/dev/null
done
fresh bench_dev_shadow
cp "$HIST/schema.changed.prisma" "$HIST/schema.prisma"
env -C "$HIST" "$SHALE" dev-db start >/dev/null   # the embedded server Shale keeps running between commands

# check DB: exactly one new migration equal to the expected one, nothing applied
check() {
  local f; f=$(ls -d "$HIST"/migrations/*_x/migration.sql 2>/dev/null | head -1)
  [ -n "$f" ] && [ "$(ls -d "$HIST"/migrations/*_x | wc -l)" = 1 ] && diff <(sed -e '$a\' "$f") "$HIST/expected_x.sql" >/dev/null \
    && [ "$(q "$1" 'SELECT count(*) FROM _prisma_migrations')" = "$N" ] || { echo "wrong result for $1: ${f:-no migration}" >&2; exit 1; }
  rm -rf "$HIST"/migrations/*_x
}
# timed NAME CMD...: one run, its wall seconds appended to $OUT/dev-NAME.times
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  if ! "$@" >"$OUT/dev-$name.log" 2>&1; then echo "FAILED: $name (see $OUT/dev-$name.log)" >&2; exit 1; fi
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l >> "$OUT/dev-$name.times"
}

# drop_cached: the history states Shale keeps in the project's .shale/cache (untimed)
drop_cached() { rm -f "$HIST"/.shale/cache/history-*.txt; }
# drop_kept: the replays Shale keeps in its embedded server and its file cache (untimed), for the cold runs
drop_kept() {
  drop_cached
  local port; port=$(cat "$HIST/.shale/dev-db/port")
  for db in $("$PSQL" -X -Atq -d "postgresql://postgres@localhost:$port/postgres" -c "SELECT datname FROM pg_database WHERE datname LIKE 'shale\_history\_%'"); do
    "$PSQL" -X -q -d "postgresql://postgres@localhost:$port/postgres" -c "DROP DATABASE \"$db\" WITH (FORCE)" >/dev/null
  done
}

rm -f "$OUT"/dev-*.times
for r in $(seq "$ROUNDS"); do
  drop_kept
  timed shale_cold env -C "$HIST" DATABASE_URL="$PGURL/bench_dev_shale" "$SHALE" migrate dev --create-only --name x
  check bench_dev_shale
  timed shale env -C "$HIST" DATABASE_URL="$PGURL/bench_dev_shale" "$SHALE" migrate dev --create-only --name x
  check bench_dev_shale
  drop_cached
  timed shale_shadow_url env -C "$HIST" DATABASE_URL="$PGURL/bench_dev_shale" "$SHALE" migrate dev --create-only --name x \
    --shadow-url "$PGURL/bench_dev_shadow"
  check bench_dev_shale
  if [ "$have_prisma" = 1 ]; then
    timed prisma env -C "$HIST" DATABASE_URL="$PGURL/bench_dev_prisma" "$PRISMA" migrate dev --create-only --name x
    check bench_dev_prisma
  fi
  echo "round $r done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
cp "$HIST/schema.base.prisma" "$HIST/schema.prisma"
env -C "$HIST" "$SHALE" dev-db stop >/dev/null
for db in bench_dev_shale bench_dev_prisma bench_dev_shadow; do q postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; done

med() { median < "$OUT/dev-$1.times"; }
runs() { tr '\n' ' ' < "$OUT/dev-$1.times" | xargs printf '%.2f '; }
echo
echo "migrate dev --create-only, one new column on a history of $N migrations, $ROUNDS rounds, wall seconds (median, then every run)"
printf '%-52s %8.2f   %s\n' "shale migrate dev (embedded shadow, warm)" "$(med shale)" "$(runs shale)"
printf '%-52s %8.2f   %s\n' "shale migrate dev (embedded shadow, cold)" "$(med shale_cold)" "$(runs shale_cold)"
printf '%-52s %8.2f   %s\n' "shale migrate dev --shadow-url (same server as Prisma)" "$(med shale_shadow_url)" "$(runs shale_shadow_url)"
if [ "$have_prisma" = 1 ]; then
  printf '%-52s %8.2f   %s\n' "prisma migrate dev" "$(med prisma)" "$(runs prisma)"
  round_ratio() { paste "$OUT/dev-$1.times" "$OUT/dev-$2.times" | awk '{print $1 / $2}' | median; }
  echo
  printf "prisma / shale:            %.2fx of medians, %.2fx median per round (Shale must be faster: > 1)\n" \
    "$(ratio "$(med prisma)" "$(med shale)")" "$(round_ratio prisma shale)"
  printf "prisma / shale cold:       %.2fx of medians, %.2fx median per round\n" \
    "$(ratio "$(med prisma)" "$(med shale_cold)")" "$(round_ratio prisma shale_cold)"
  printf "prisma / shale --shadow-url: %.2fx of medians, %.2fx median per round\n" \
    "$(ratio "$(med prisma)" "$(med shale_shadow_url)")" "$(round_ratio prisma shale_shadow_url)"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
exit 0
