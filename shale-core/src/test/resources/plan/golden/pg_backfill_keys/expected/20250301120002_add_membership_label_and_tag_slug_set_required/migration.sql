-- shale:no-transaction

-- Each statement runs in its own transaction (Shale's runner), so no lock is held while the checks
-- scan the table. The statement timeout is long because validating reads the whole table.
SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "Membership" SET "label" = "role" || '@' || "orgId" WHERE "label" IS NULL AND ("role" || '@' || "orgId") IS NOT NULL;

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "Tag" SET "slug" = lower("name") WHERE "slug" IS NULL AND (lower("name")) IS NOT NULL;

-- SET NOT NULL on "Membership"."label" without a long lock.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_label_not_null" CHECK ("label" IS NOT NULL) NOT VALID;
ALTER TABLE "Membership" VALIDATE CONSTRAINT "Membership_label_not_null";
ALTER TABLE "Membership" ALTER COLUMN "label" SET NOT NULL;
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_label_not_null";

-- SET NOT NULL on "Tag"."slug" without a long lock.
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_slug_not_null" CHECK ("slug" IS NOT NULL) NOT VALID;
ALTER TABLE "Tag" VALIDATE CONSTRAINT "Tag_slug_not_null";
ALTER TABLE "Tag" ALTER COLUMN "slug" SET NOT NULL;
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_slug_not_null";
