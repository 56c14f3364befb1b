-- backfill: every customer starts at zero
UPDATE "Customer" SET "score" = 0;
-- backfill only the rows that need it
UPDATE "Customer" SET "score" = 0 WHERE "score" IS NULL;
-- sessions are recreated at login
DELETE FROM "Session";
