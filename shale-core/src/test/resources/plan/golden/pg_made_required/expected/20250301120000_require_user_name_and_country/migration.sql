-- Shale: give up instead of queueing behind long queries on existing tables.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "name" SET DEFAULT 'anonymous';
