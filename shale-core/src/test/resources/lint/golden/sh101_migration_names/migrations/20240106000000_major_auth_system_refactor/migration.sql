-- AlterTable
ALTER TABLE "User" ADD COLUMN "passwordHash" TEXT;
