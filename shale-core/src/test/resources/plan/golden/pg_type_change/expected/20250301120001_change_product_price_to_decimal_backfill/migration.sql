-- shale:no-transaction

-- Fills the new columns in batches of 2 rows, walking the primary key. Each batch commits
-- on its own (PostgreSQL 11+), so locks stay short and a failure loses at most one batch. Safe to run
-- again: it only touches rows still to fill. It is the only statement of this file, because a DO block
-- can only commit when it runs on its own.
DO $$
BEGIN
  -- "Product"."price_new": the old values converted to the new type
  DECLARE
    last_1 "Product"."id"%TYPE;
  BEGIN
    LOOP
      WITH batch AS (
        SELECT "id" AS k1 FROM "Product"
        WHERE "price_new" IS NULL AND "price" IS NOT NULL AND (CAST("price" AS DECIMAL(12,2))) IS NOT NULL
          AND (last_1 IS NULL OR "id" > last_1)
        ORDER BY "id"
        LIMIT 2
      ), changed AS (
        UPDATE "Product" SET "price_new" = CAST("price" AS DECIMAL(12,2))
        FROM batch WHERE "Product"."id" = batch.k1
      )
      SELECT k1 INTO last_1 FROM batch ORDER BY k1 DESC LIMIT 1;
      EXIT WHEN NOT FOUND;
      COMMIT;
    END LOOP;
  END;
END $$;
