-- shale:no-transaction

-- Each statement runs in its own transaction (Shale's runner), so no lock is held while the checks
-- scan the table. The statement timeout is long because validating reads the whole table.
SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- SET NOT NULL on "Product"."price" without a long lock.
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_not_null" CHECK ("price" IS NOT NULL) NOT VALID;
ALTER TABLE "Product" VALIDATE CONSTRAINT "Product_price_not_null";
ALTER TABLE "Product" ALTER COLUMN "price" SET NOT NULL;
ALTER TABLE "Product" DROP CONSTRAINT "Product_price_not_null";
