-- AlterTable
ALTER TABLE "T" DROP COLUMN "oldName",
ADD COLUMN     "newName" TEXT NOT NULL;
