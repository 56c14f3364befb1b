-- Give up rather than queue behind long queries: the renames need a brief exclusive lock.
SET SESSION lock_wait_timeout = 5;

-- Catch up the rows written since the backfill (only those, so this is quick).
UPDATE `Product` SET `price_new` = `price` WHERE `price_new` IS NULL AND `price` IS NOT NULL AND (`price`) IS NOT NULL;

-- AlterTable
ALTER TABLE `Product` MODIFY `price` INTEGER NULL DEFAULT 0;

-- RenameColumn
ALTER TABLE `Product` RENAME COLUMN `price` TO `price_old`;
ALTER TABLE `Product` RENAME COLUMN `price_new` TO `price`;

-- AlterTable
ALTER TABLE `Product` MODIFY `price` DECIMAL(12, 2) NULL DEFAULT 0;
