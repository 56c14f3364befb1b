#!/usr/bin/env bash
# `shale lint --url` (data-aware checks) against a PostgreSQL table of 10 million rows, with a pending
# migration that touches it in four unsafe ways: a new unique index (duplicates?), a shortened VARCHAR
# (longest value?), an enum value removed (rows using it?) and SET NOT NULL (NULLs?). The table lives in
# a dedicated database (shale_lint_bench) and is kept between runs. The script proves the checks are
# bounded: it prints the EXPLAIN of the sampled queries and pg_stat_user_tables (seq_scan, seq_tup_read,
# idx_scan) before and after each lint run, and fails when a run read more than 5% of the rows.
#   bash bench/lint-data-bench.sh [rounds=5] [rows=10000000]
# Environment: PGURL (default postgresql://postgres@127.0.0.1:5432), PSQL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROUNDS=${1:-5}
ROWS=${2:-10000000}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432}
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
DB=shale_lint_bench
PROJECT="$OUT/lint-data-project"
"$SHALE" --version >/dev/null   # build once, outside the timings
q() { "$PSQL" -X -Atq -v ON_ERROR_STOP=1 -d "$PGURL/$1" -c "$2"; }

INIT='CREATE TYPE "Status" AS ENUM ('"'"'NEW'"'"', '"'"'PAID'"'"', '"'"'SHIPPED'"'"', '"'"'LEGACY'"'"');

CREATE TABLE "Order" (
    "id" BIGINT NOT NULL,
    "email" TEXT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "status" "Status" NOT NULL DEFAULT '"'"'NEW'"'"',
    "note" TEXT,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);'
# A pending migration as Prisma would write it for the changed schema.
PENDING='SET lock_timeout = '"'"'5s'"'"';
SET statement_timeout = '"'"'15min'"'"';
-- CreateIndex
CREATE UNIQUE INDEX "Order_email_key" ON "Order"("email");
-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "title" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "note" SET NOT NULL;
-- AlterEnum
BEGIN;
CREATE TYPE "Status_new" AS ENUM ('"'"'NEW'"'"', '"'"'PAID'"'"', '"'"'SHIPPED'"'"');
ALTER TABLE "Order" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");
ALTER TYPE "Status" RENAME TO "Status_old";
ALTER TYPE "Status_new" RENAME TO "Status";
DROP TYPE "Status_old";
ALTER TABLE "Order" ALTER COLUMN "status" SET DEFAULT '"'"'NEW'"'"';
COMMIT;'

if [ "$(q postgres "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 0 ]; then
  q postgres "CREATE DATABASE $DB"
fi
if [ "$(q $DB "SELECT count(*) FROM pg_class WHERE relname = 'Order' AND reltuples >= $ROWS * 0.95")" = 0 ]; then
  echo "creating \"Order\" with $ROWS rows in $DB (kept for the next runs)..." >&2
  q $DB "DROP TABLE IF EXISTS \"Order\"; DROP TABLE IF EXISTS _prisma_migrations; DROP TYPE IF EXISTS \"Status\";"
  q $DB "$INIT"
  # 1 row in 50,000 shares its e-mail with another; 1 in 1,000 has a 120-character title; 1 in 500 is
  # LEGACY; 1 in 20 has no note.
  q $DB "INSERT INTO \"Order\" SELECT i,
           CASE WHEN i % 50000 = 0 THEN 'user' || (i - 1) || '@example.com' ELSE 'user' || i || '@example.com' END,
           CASE WHEN i % 1000 = 0 THEN repeat('t', 120) ELSE 'order ' || i END,
           (CASE WHEN i % 500 = 0 THEN 'LEGACY' WHEN i % 3 = 0 THEN 'PAID' ELSE 'NEW' END)::\"Status\",
           CASE WHEN i % 20 = 0 THEN NULL ELSE 'note ' || i END
         FROM generate_series(1, $ROWS) i"
  q $DB "VACUUM ANALYZE \"Order\""
fi
rm -rf "$PROJECT"
mkdir -p "$PROJECT/prisma/migrations/20240101000000_init" "$PROJECT/prisma/migrations/20240201000000_tighten_order"
printf '%s\n' "$INIT" > "$PROJECT/prisma/migrations/20240101000000_init/migration.sql"
printf '%s\n' "$PENDING" > "$PROJECT/prisma/migrations/20240201000000_tighten_order/migration.sql"
# The init migration is deployed (as Prisma records it); the new one is pending.
q $DB "DROP TABLE IF EXISTS _prisma_migrations"
q $DB "CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
         migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         applied_steps_count INTEGER NOT NULL DEFAULT 0)"
sum=$(sha256sum "$PROJECT/prisma/migrations/20240101000000_init/migration.sql" | cut -d' ' -f1)
q $DB "INSERT INTO _prisma_migrations VALUES ('1', '$sum', now(), '20240101000000_init', NULL, NULL, now(), 1)"
rows=$(q $DB "SELECT reltuples::bigint FROM pg_class WHERE relname = 'Order'")
size=$(q $DB "SELECT pg_size_pretty(pg_table_size('\"Order\"'))")

stats() { q $DB "SELECT coalesce(seq_scan,0) || ' ' || coalesce(seq_tup_read,0) || ' ' || coalesce(idx_scan,0) || ' ' || coalesce(idx_tup_fetch,0)
                  FROM pg_stat_user_tables WHERE relname = 'Order'"; }
echo "table \"Order\": about $rows rows, $size; pending migration: unique index, VARCHAR(200) -> VARCHAR(40), enum value removed, SET NOT NULL"
echo
echo "EXPLAIN of the queries lint runs on a large table (sample of ~20,000 rows, see thresholds.sampleRows):"
pct=$(echo "scale=4; 100 * 20000 / $rows" | bc -l)
for sql in "SELECT count(*) FROM \"Order\" TABLESAMPLE SYSTEM ($pct) REPEATABLE (42) WHERE \"note\" IS NULL" \
           "SELECT count(*) FROM (SELECT 1 FROM \"Order\" TABLESAMPLE SYSTEM ($pct) REPEATABLE (42) WHERE \"email\" IS NOT NULL GROUP BY \"email\" HAVING count(*) > 1) d" \
           "SELECT coalesce(max(length(\"title\"::text)), 0) FROM \"Order\" TABLESAMPLE SYSTEM ($pct) REPEATABLE (42)" \
           "SELECT count(*) FROM \"Order\" TABLESAMPLE SYSTEM ($pct) REPEATABLE (42) WHERE \"status\"::text = 'LEGACY'"; do
  echo "  $sql"
  q $DB "EXPLAIN $sql" | sed 's/^/      /'
done
echo

rm -f "$OUT"/lintdata-*.times
for r in $(seq "$ROUNDS"); do
  sleep 1   # let the statistics of earlier sessions reach pg_stat_user_tables
  before=$(stats)
  t0=$(date +%s.%N)
  set +e
  (cd "$PROJECT" && "$SHALE" lint --no-pending --migrations prisma/migrations --url "$PGURL/$DB" > "$OUT/lintdata.out" 2> "$OUT/lintdata.err")
  rc=$?
  set -e
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l >> "$OUT/lintdata-shale.times"
  sleep 1
  after=$(stats)
  # Verified: exit 1 (errors found), and each data-aware finding carries the data.
  [ "$rc" = 1 ] || { echo "shale lint exited $rc, expected 1 (errors)" >&2; cat "$OUT/lintdata.out" "$OUT/lintdata.err" >&2; exit 1; }
  for code in SH205 SH206 SH207 SH208; do
    grep -q "error $code" "$OUT/lintdata.out" || { echo "no error $code in the report" >&2; cat "$OUT/lintdata.out" >&2; exit 1; }
  done
  if grep -q 'could not be checked' "$OUT/lintdata.out"; then echo "a check could not run:" >&2; grep 'could not be checked' "$OUT/lintdata.out" >&2; exit 1; fi
  read -r s0 t0r i0 f0 <<< "$before"; read -r s1 t1r i1 f1 <<< "$after"
  read_rows=$((t1r - t0r))
  printf 'run %d: %.2f s; seq_scan +%d (tuples read +%d = %.3f%% of the table), idx_scan +%d\n' \
    "$r" "$(echo "$t1 - $t0" | bc -l)" "$((s1 - s0))" "$read_rows" "$(echo "100 * $read_rows / $rows" | bc -l)" "$((i1 - i0))"
  [ "$read_rows" -lt $((rows / 20)) ] || { echo "lint read $read_rows rows: more than 5% of the table" >&2; exit 1; }
done
echo
echo "findings of the last run (data-aware):"
grep -E 'error SH20[5-8]|SH301|SH304' "$OUT/lintdata.out" | sed 's/^/  /'
echo
printf 'shale lint --url on %s rows: median %.2f s wall (every run: %s) -- target under 5 s\n' "$rows" \
  "$(median < "$OUT/lintdata-shale.times")" "$(tr '\n' ' ' < "$OUT/lintdata-shale.times" | xargs printf '%.2f ')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
