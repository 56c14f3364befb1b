-- Give up rather than queue behind long queries: dropping a column needs a brief exclusive lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';
-- backup: take one before deploying (see README.md), the dropped columns cannot be recovered otherwise.

-- DropIndex
DROP INDEX "User_legacy_idx";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "legacy",
DROP COLUMN "nickname";
