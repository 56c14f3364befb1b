-- One batch of the backfill of migration 20250301120002_add_user_profiles_and_slugs_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "User"."slug": the new required column, for the rows that existed before it
UPDATE "User" SET "slug" = lower("email")
WHERE "id" IN (SELECT "id" FROM "User" WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL LIMIT 3);

-- "User"."score_new": the old values converted to the new type
UPDATE "User" SET "score_new" = CAST("score" AS BIGINT)
WHERE "id" IN (SELECT "id" FROM "User" WHERE "score_new" IS NULL AND "score" IS NOT NULL AND (CAST("score" AS BIGINT)) IS NOT NULL LIMIT 3);
