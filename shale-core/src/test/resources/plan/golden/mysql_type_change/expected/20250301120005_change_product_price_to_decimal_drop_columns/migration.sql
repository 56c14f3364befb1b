-- Give up rather than queue behind long queries: dropping a column needs a brief exclusive lock.
SET SESSION lock_wait_timeout = 5;
-- backup: take one before deploying (see README.md), the dropped columns cannot be recovered otherwise.

-- DropIndex
DROP INDEX `Product_price_idx` ON `Product`;

-- AlterTable
ALTER TABLE `Product` DROP COLUMN `price_old`;

-- RenameIndex
ALTER TABLE `Product` RENAME INDEX `Product_price_idx_new` TO `Product_price_idx`;
