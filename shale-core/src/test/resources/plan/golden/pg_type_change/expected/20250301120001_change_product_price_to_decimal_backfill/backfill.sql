-- One batch of the backfill of migration 20250301120001_change_product_price_to_decimal_backfill.
-- Run it again and again (each run is one short transaction) until it changes no row,
-- then deploy the migration, which finds nothing left to fill.

-- "Product"."price_new": the old values converted to the new type
UPDATE "Product" SET "price_new" = CAST("price" AS DECIMAL(12,2))
WHERE "id" IN (SELECT "id" FROM "Product" WHERE "price_new" IS NULL AND "price" IS NOT NULL AND (CAST("price" AS DECIMAL(12,2))) IS NOT NULL LIMIT 2);
