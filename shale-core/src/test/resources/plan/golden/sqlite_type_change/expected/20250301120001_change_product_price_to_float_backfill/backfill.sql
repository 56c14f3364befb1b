-- One batch of the backfill of migration 20250301120001_change_product_price_to_float_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "Product"."price_new": the old values converted to the new type (the conversion can fail or lose precision on some values)
UPDATE "Product" SET "price_new" = "price"
WHERE rowid IN (SELECT rowid FROM "Product" WHERE "price_new" IS NULL AND "price" IS NOT NULL AND ("price") IS NOT NULL LIMIT 10000);
