-- AlterTable
ALTER TABLE "User" ADD COLUMN "slug" TEXT;
