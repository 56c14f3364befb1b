-- shale:no-transaction

-- Each statement runs in its own transaction (Shale's runner), so no lock is held while the checks
-- scan the table. The statement timeout is long because validating reads the whole table.
SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "User" SET "slug" = lower("email") WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL;

-- SET NOT NULL on "User"."slug" without a long lock.
ALTER TABLE "User" ADD CONSTRAINT "User_slug_not_null" CHECK ("slug" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "User_slug_not_null";
ALTER TABLE "User" ALTER COLUMN "slug" SET NOT NULL;
ALTER TABLE "User" DROP CONSTRAINT "User_slug_not_null";

-- SET NOT NULL on "User"."score" without a long lock.
ALTER TABLE "User" ADD CONSTRAINT "User_score_not_null" CHECK ("score" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "User_score_not_null";
ALTER TABLE "User" ALTER COLUMN "score" SET NOT NULL;
ALTER TABLE "User" DROP CONSTRAINT "User_score_not_null";
