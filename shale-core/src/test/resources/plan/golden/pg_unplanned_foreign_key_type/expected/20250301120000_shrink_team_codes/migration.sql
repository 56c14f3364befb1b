-- Give up rather than queue behind long queries on the existing tables (added by shale migrate plan).
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "note" TEXT;
