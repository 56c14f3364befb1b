-- Give up rather than queue behind long queries: every statement here only needs a brief lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "score_new" BIGINT,
ADD COLUMN     "slug" TEXT,
ALTER COLUMN "nickname" DROP NOT NULL;
