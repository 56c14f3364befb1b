-- Give up rather than queue behind long queries: the renames need a brief exclusive lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- Catch up the rows written since the backfill (only those, so this is quick).
UPDATE "User" SET "score_new" = CAST("score" AS BIGINT) WHERE "score_new" IS NULL AND "score" IS NOT NULL AND (CAST("score" AS BIGINT)) IS NOT NULL;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "score" DROP NOT NULL;

-- RenameColumn
ALTER TABLE "User" RENAME COLUMN "score" TO "score_old";
ALTER TABLE "User" RENAME COLUMN "score_new" TO "score";

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "score" SET DEFAULT 0;
