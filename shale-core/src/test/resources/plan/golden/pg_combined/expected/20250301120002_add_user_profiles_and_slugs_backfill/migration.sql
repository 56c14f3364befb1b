-- shale:no-transaction

-- Fills the new columns in batches of 3 rows, walking the primary key. Each batch commits
-- on its own (PostgreSQL 11+), so locks stay short and a failure loses at most one batch. Safe to run
-- again: it only touches rows still to fill. It is the only statement of this file, because a DO block
-- can only commit when it runs on its own.
DO $$
BEGIN
  -- "User"."slug": the new required column, for the rows that existed before it
  DECLARE
    last_1 "User"."id"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "id" AS k1 FROM "User"
        WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL
          AND (last_1 IS NULL OR "id" > last_1)
        ORDER BY "id"
        LIMIT 3
      ), changed AS (
        UPDATE "User" SET "slug" = lower("email")
        FROM batch WHERE "User"."id" = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
  -- "User"."score_new": the old values converted to the new type
  DECLARE
    last_1 "User"."id"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "id" AS k1 FROM "User"
        WHERE "score_new" IS NULL AND "score" IS NOT NULL AND (CAST("score" AS BIGINT)) IS NOT NULL
          AND (last_1 IS NULL OR "id" > last_1)
        ORDER BY "id"
        LIMIT 3
      ), changed AS (
        UPDATE "User" SET "score_new" = CAST("score" AS BIGINT)
        FROM batch WHERE "User"."id" = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
END $$;
