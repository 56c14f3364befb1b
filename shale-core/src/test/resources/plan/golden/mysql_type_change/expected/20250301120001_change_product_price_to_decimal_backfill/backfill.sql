-- One batch of the backfill of migration 20250301120001_change_product_price_to_decimal_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "Product"."price_new": the old values converted to the new type (the conversion can fail or lose precision on some values)
UPDATE `Product` SET `price_new` = `price`
WHERE `price_new` IS NULL AND `price` IS NOT NULL AND (`price`) IS NOT NULL
ORDER BY `id`
LIMIT 10000;
