-- shale:no-transaction

-- Fills the new columns in batches of 2 rows, walking the primary key. Each batch commits
-- on its own (PostgreSQL 11+), so locks stay short and a failure loses at most one batch. Safe to run
-- again: it only touches rows still to fill. It is the only statement of this file, because a DO block
-- can only commit when it runs on its own.
DO $$
BEGIN
  -- "Membership"."label": the new required column, for the rows that existed before it
  DECLARE
    last_1 "Membership"."userId"%TYPE;
    last_2 "Membership"."orgId"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "userId" AS k1, "orgId" AS k2 FROM "Membership"
        WHERE "label" IS NULL AND ("role" || '@' || "orgId") IS NOT NULL
          AND (last_1 IS NULL OR ("userId", "orgId") > (last_1, last_2))
        ORDER BY "userId", "orgId"
        LIMIT 2
      ), changed AS (
        UPDATE "Membership" SET "label" = "role" || '@' || "orgId"
        FROM batch WHERE "Membership"."userId" = batch.k1 AND "Membership"."orgId" = batch.k2
      )
      SELECT k1, k2 INTO last_1, last_2 FROM batch ORDER BY k1 DESC, k2 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
  -- "Tag"."slug": the new required column, for the rows that existed before it
  DECLARE
    last_1 tid;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT ctid AS k1 FROM "Tag"
        WHERE "slug" IS NULL AND (lower("name")) IS NOT NULL
          AND (last_1 IS NULL OR ctid > last_1)
        ORDER BY ctid
        LIMIT 2
      ), changed AS (
        UPDATE "Tag" SET "slug" = lower("name")
        FROM batch WHERE "Tag".ctid = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
END $$;
