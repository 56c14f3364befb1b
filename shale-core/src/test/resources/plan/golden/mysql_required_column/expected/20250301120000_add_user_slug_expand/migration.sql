-- Give up rather than queue behind long queries: every statement here only needs a brief lock.
SET SESSION lock_wait_timeout = 5;

-- AlterTable
ALTER TABLE `User` ADD COLUMN `slug` VARCHAR(191) NULL;
