-- One batch of the backfill of migration 20250301120001_add_user_slug_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "User"."slug": the new required column, for the rows that existed before it
UPDATE "User" SET "slug" = lower("email")
WHERE rowid IN (SELECT rowid FROM "User" WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL LIMIT 10000);
