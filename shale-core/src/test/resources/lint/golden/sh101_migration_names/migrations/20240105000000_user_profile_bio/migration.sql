-- AlterTable
ALTER TABLE "UserProfile" ADD COLUMN "bio" TEXT;
