#!/usr/bin/env bash
# Regenerates the expected output of the db pull golden cases with the real Prisma 7.10 CLI from
# ../shared/peers (installed in $PEERS, default ~/.cache/peers): for each case folder it creates a
# database, runs setup.sql, runs `prisma db pull --print` with the case's schema.prisma, and writes
#   expected.prisma        the schema Prisma printed, as it writes it to the schema file
#   expected.warnings.txt  the warning block Prisma printed on stderr (empty when none)
# PostgreSQL cases need 127.0.0.1:5432 (user postgres, trust); SQLite cases need sqlite3.
# Usage: bash regenerate.sh [postgresql/case ...]   (default: every case)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PEERS="${PEERS:-$HOME/.cache/peers}"
export PRISMA_SCHEMA_ENGINE_BINARY="$PEERS/bin/schema-engine"
oracle="$PEERS/pull-oracle"
mkdir -p "$oracle"
cat > "$oracle/prisma.config.ts" <<'TS'
import { defineConfig } from 'prisma/config'
export default defineConfig({
  schema: process.env.PULL_SCHEMA ?? 'schema.prisma',
  datasource: { url: process.env.DATABASE_URL! },
})
TS
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  mapfile -t cases < <(cd "$here" && ls -d postgresql/*/ sqlite/*/ 2>/dev/null | sed 's#/$##')
fi
for c in "${cases[@]}"; do
  dir="$here/$c"
  kind="${c%%/*}"
  name="$(basename "$c")"
  case "$kind" in
    postgresql)
      db="pull_golden_$name"
      psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\"" >/dev/null
      psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$db" -f "$dir/setup.sql" >/dev/null
      url="postgresql://postgres@127.0.0.1:5432/$db" ;;
    sqlite)
      file="$(mktemp -d)/golden.db"
      sqlite3 "$file" < "$dir/setup.sql"
      url="file:$file" ;;
    *) echo "unknown kind $kind" >&2; exit 2 ;;
  esac
  cp "$dir/schema.prisma" "$oracle/golden.prisma"
  out="$(mktemp)"; err="$(mktemp)"
  (cd "$oracle" && DATABASE_URL="$url" PULL_SCHEMA=golden.prisma "$PEERS/node_modules/.bin/prisma" db pull --print >"$out" 2>"$err") || {
    echo "prisma failed on $c:" >&2; cat "$err" >&2; exit 1; }
  if [ ! -s "$out" ]; then echo "prisma printed nothing for $c (the Wasm engine failed silently):" >&2; cat "$err" >&2; exit 1; fi
  python3 - "$out" "$err" "$dir" <<'PY'
import sys
out, err, d = sys.argv[1:]
# --print adds blank lines after the schema; the file Prisma writes ends with one newline.
s = open(out).read().rstrip('\n') + '\n'
open(d + '/expected.prisma', 'w').write(s)
lines = [l for l in open(err).read().split('\n') if not l.startswith('Loaded Prisma config') and not l.startswith('Prisma schema loaded')]
w = '\n'.join(lines).lstrip('\n')
open(d + '/expected.warnings.txt', 'w').write(w)
PY
  [ "$kind" = postgresql ] && psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  echo "regenerated $c"
done
