-- Give up rather than queue behind long queries: the renames need a brief exclusive lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- Catch up the rows written since the backfill (only those, so this is quick).
UPDATE "Product" SET "price_new" = CAST("price" AS DECIMAL(12,2)) WHERE "price_new" IS NULL AND "price" IS NOT NULL AND (CAST("price" AS DECIMAL(12,2))) IS NOT NULL;

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "price" DROP NOT NULL;

-- RenameColumn
ALTER TABLE "Product" RENAME COLUMN "price" TO "price_old";
ALTER TABLE "Product" RENAME COLUMN "price_new" TO "price";

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "price" SET DEFAULT 0;
