-- AlterTable
ALTER TABLE "UserProfile" ADD COLUMN "avatarUrl" TEXT;
