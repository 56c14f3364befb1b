-- Give up rather than queue behind long queries: dropping a column needs a brief exclusive lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';
-- backup: take one before deploying (see README.md), the dropped columns cannot be recovered otherwise.

-- DropIndex
DROP INDEX "Product_price_idx";

-- AlterTable
ALTER TABLE "Product" DROP COLUMN "price_old";

-- RenameIndex
ALTER INDEX "Product_price_idx_new" RENAME TO "Product_price_idx";
