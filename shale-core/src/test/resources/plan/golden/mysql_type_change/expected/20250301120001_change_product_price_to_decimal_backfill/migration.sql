-- Fills the new columns in batches of 10000 rows: a procedure repeats a LIMITed UPDATE (each
-- one committed on its own) until it changes no row, then is dropped. Safe to run again.
CREATE PROCEDURE `shale_backfill_Product_price_new`()
BEGIN
  -- "Product"."price_new": the old values converted to the new type (the conversion can fail or lose precision on some values)
  REPEAT
    UPDATE `Product` SET `price_new` = `price`
    WHERE `price_new` IS NULL AND `price` IS NOT NULL AND (`price`) IS NOT NULL
    ORDER BY `id`
    LIMIT 10000;
  UNTIL ROW_COUNT() = 0 END REPEAT;
END;
CALL `shale_backfill_Product_price_new`();
DROP PROCEDURE `shale_backfill_Product_price_new`;
