-- AlterTable
ALTER TABLE "User" DROP COLUMN "fullname",
ADD COLUMN     "displayName" TEXT;
