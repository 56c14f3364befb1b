-- Give up rather than queue behind long queries on the tables involved.
SET SESSION lock_wait_timeout = 5;

-- AlterTable
ALTER TABLE `Product` MODIFY `price` DECIMAL(12, 2) NOT NULL DEFAULT 0;
