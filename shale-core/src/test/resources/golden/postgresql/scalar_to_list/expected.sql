-- AlterTable
ALTER TABLE "T" DROP COLUMN "tags",
ADD COLUMN     "tags" TEXT[];
