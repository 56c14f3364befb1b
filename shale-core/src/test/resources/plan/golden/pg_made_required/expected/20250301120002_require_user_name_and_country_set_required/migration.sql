-- shale:no-transaction

-- Each statement runs in its own transaction (Shale's runner), so no lock is held while the checks
-- scan the table. The statement timeout is long because validating reads the whole table.
SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "User" SET "name" = DEFAULT WHERE "name" IS NULL;

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "User" SET "country" = 'unknown' WHERE "country" IS NULL AND ('unknown') IS NOT NULL;

-- SET NOT NULL on "User"."name" without a long lock.
ALTER TABLE "User" ADD CONSTRAINT "User_name_not_null" CHECK ("name" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "User_name_not_null";
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
ALTER TABLE "User" DROP CONSTRAINT "User_name_not_null";

-- SET NOT NULL on "User"."country" without a long lock.
ALTER TABLE "User" ADD CONSTRAINT "User_country_not_null" CHECK ("country" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "User_country_not_null";
ALTER TABLE "User" ALTER COLUMN "country" SET NOT NULL;
ALTER TABLE "User" DROP CONSTRAINT "User_country_not_null";
