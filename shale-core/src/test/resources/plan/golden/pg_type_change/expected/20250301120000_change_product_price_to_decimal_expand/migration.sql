-- Give up rather than queue behind long queries: every statement here only needs a brief lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "price_new" DECIMAL(12,2);
