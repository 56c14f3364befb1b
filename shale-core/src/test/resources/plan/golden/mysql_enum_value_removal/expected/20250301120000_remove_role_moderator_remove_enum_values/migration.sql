-- Give up rather than queue behind long queries on the tables that use the enum.
SET SESSION lock_wait_timeout = 5;

-- AlterTable
ALTER TABLE `User` MODIFY `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER';
