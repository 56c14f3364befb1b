-- Added to the generated SQL: give up rather than queue behind a long query on a busy table.
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- AlterTable
ALTER TABLE "Companion" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3);
