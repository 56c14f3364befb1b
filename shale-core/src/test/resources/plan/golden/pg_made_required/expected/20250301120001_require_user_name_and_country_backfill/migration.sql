-- shale:no-transaction

-- Fills the new columns in batches of 10000 rows, walking the primary key. Each batch commits
-- on its own (PostgreSQL 11+), so locks stay short and a failure loses at most one batch. Safe to run
-- again: it only touches rows still to fill. It is the only statement of this file, because a DO block
-- can only commit when it runs on its own.
DO $$
BEGIN
  -- "User"."name": the rows holding NULL, before the column becomes required
  DECLARE
    last_1 "User"."id"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "id" AS k1 FROM "User"
        WHERE "name" IS NULL
          AND (last_1 IS NULL OR "id" > last_1)
        ORDER BY "id"
        LIMIT 10000
      ), changed AS (
        UPDATE "User" SET "name" = DEFAULT
        FROM batch WHERE "User"."id" = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
  -- "User"."country": the rows holding NULL, before the column becomes required
  DECLARE
    last_1 "User"."id"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "id" AS k1 FROM "User"
        WHERE "country" IS NULL AND ('unknown') IS NOT NULL
          AND (last_1 IS NULL OR "id" > last_1)
        ORDER BY "id"
        LIMIT 10000
      ), changed AS (
        UPDATE "User" SET "country" = 'unknown'
        FROM batch WHERE "User"."id" = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
END $$;
