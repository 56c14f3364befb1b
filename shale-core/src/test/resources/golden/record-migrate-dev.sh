#!/bin/bash
# Records migration.sql for one golden case with the Prisma CLI (peers installed, PostgreSQL on 127.0.0.1:5432).
# usage: run-dev.sh <connector> <before.prisma> <schema.prisma> <out.sql>
# Runs Prisma 7.10 migrate dev twice: before (applied), then schema (--create-only), and copies the second migration.sql.
set -e
conn=$1; before=$2; after=$3; out=$4
work=$(mktemp -d /tmp/shale-golden.XXXX)
cd $work
ln -s ~/.cache/peers/node_modules node_modules
export PRISMA_SCHEMA_ENGINE_BINARY=~/.cache/peers/bin/schema-engine
P=~/.cache/peers/node_modules/.bin/prisma
if [ "$conn" = postgresql ]; then
  db=devh_$(basename $work | tr -dc 'a-z0-9' | tr 'A-Z' 'a-z')$RANDOM
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" >/dev/null
  url="postgresql://postgres@127.0.0.1:5432/$db"
else
  url="file:$work/dev.db"
fi
cat > prisma.config.ts <<CFG
import { defineConfig } from 'prisma/config'
export default defineConfig({ schema: 'schema.prisma', migrations: { path: 'migrations' }, datasource: { url: '$url' } })
CFG
cp $before schema.prisma
$P migrate dev --name a > log1.txt 2>&1 || { cat log1.txt; exit 1; }
cp $after schema.prisma
(sleep 6; printf 'y\r'; sleep 2; printf 'y\r') | script -qc "$P migrate dev --create-only --name b" /dev/null > log2.txt 2>&1 || true
f=$(ls -d migrations/*_b 2>/dev/null | head -1)
if [ -z "$f" ]; then echo "no second migration"; cat log2.txt | tail -20; exit 1; fi
cp $f/migration.sql $out
cd /; rm -rf $work
[ "$conn" = postgresql ] && psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
exit 0
