#!/usr/bin/env bash
# Rewrites the golden case folders from cases.py and records Prisma 7.10's output for each.
# Needs Node and the peers installed (bash ../shared/peers/setup.sh). Run from this folder.
set -euo pipefail
cd "$(dirname "$0")"
peers="${PEERS:-$HOME/.cache/peers}"
python3 cases.py
for dir in postgresql/*/ sqlite/*/; do
  dir=${dir%/}
  from="--from-empty"
  [ -f "$dir/before.prisma" ] && from="--from-schema $dir/before.prisma"
  node "$peers/bin/prisma-wasm.mjs" diff $from --to-schema "$dir/schema.prisma" --script > "$dir/expected.sql"
  node "$peers/bin/prisma-wasm.mjs" diff $from --to-schema "$dir/schema.prisma" > "$dir/expected_summary.txt"
done
echo "recorded $(ls -d postgresql/*/ sqlite/*/ | wc -l) cases"
