-- Added to the generated SQL: give up rather than queue behind a long query on a busy table.
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PRIVATE', 'SHARED', 'PUBLIC');

-- AlterTable
ALTER TABLE "Companion" ADD COLUMN     "description" TEXT,
ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE';
