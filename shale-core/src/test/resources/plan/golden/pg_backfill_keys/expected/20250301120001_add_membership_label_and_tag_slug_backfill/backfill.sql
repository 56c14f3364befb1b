-- One batch of the backfill of migration 20250301120001_add_membership_label_and_tag_slug_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "Membership"."label": the new required column, for the rows that existed before it
UPDATE "Membership" SET "label" = "role" || '@' || "orgId"
WHERE ("userId", "orgId") IN (SELECT "userId", "orgId" FROM "Membership" WHERE "label" IS NULL AND ("role" || '@' || "orgId") IS NOT NULL LIMIT 2);

-- "Tag"."slug": the new required column, for the rows that existed before it
UPDATE "Tag" SET "slug" = lower("name")
WHERE ctid = ANY (ARRAY(SELECT ctid FROM "Tag" WHERE "slug" IS NULL AND (lower("name")) IS NOT NULL LIMIT 2));
