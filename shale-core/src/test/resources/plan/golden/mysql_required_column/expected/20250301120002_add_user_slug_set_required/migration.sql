-- Give up rather than queue behind long queries on the tables involved.
SET SESSION lock_wait_timeout = 5;

-- Catch up the rows written since the backfill, so the column can become required.
UPDATE `User` SET `slug` = lower(`email`) WHERE `slug` IS NULL AND (lower(`email`)) IS NOT NULL;

-- AlterTable
ALTER TABLE `User` MODIFY `slug` VARCHAR(191) NOT NULL;
