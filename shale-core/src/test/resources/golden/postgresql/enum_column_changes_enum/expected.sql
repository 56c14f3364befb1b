-- AlterTable
ALTER TABLE "T" DROP COLUMN "v",
ADD COLUMN     "v" "B" NOT NULL;
