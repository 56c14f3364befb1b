-- One batch of the backfill of migration 20250301120001_require_user_name_and_country_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "User"."name": the rows holding NULL, before the column becomes required
UPDATE "User" SET "name" = DEFAULT
WHERE "id" IN (SELECT "id" FROM "User" WHERE "name" IS NULL LIMIT 10000);

-- "User"."country": the rows holding NULL, before the column becomes required
UPDATE "User" SET "country" = 'unknown'
WHERE "id" IN (SELECT "id" FROM "User" WHERE "country" IS NULL AND ('unknown') IS NOT NULL LIMIT 10000);
