-- Fills the new columns in batches of 2 rows: a procedure repeats a LIMITed UPDATE (each
-- one committed on its own) until it changes no row, then is dropped. Safe to run again.
CREATE PROCEDURE `shale_backfill_User_slug`()
BEGIN
  -- "User"."slug": the new required column, for the rows that existed before it
  REPEAT
    UPDATE `User` SET `slug` = lower(`email`)
    WHERE `slug` IS NULL AND (lower(`email`)) IS NOT NULL
    ORDER BY `id`
    LIMIT 2;
  UNTIL ROW_COUNT() = 0 END REPEAT;
END;
CALL `shale_backfill_User_slug`();
DROP PROCEDURE `shale_backfill_User_slug`;
