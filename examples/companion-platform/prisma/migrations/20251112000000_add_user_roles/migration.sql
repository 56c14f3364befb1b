-- Added to the generated SQL: give up rather than queue behind a long query on a busy table.
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'MODERATOR');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'USER';
