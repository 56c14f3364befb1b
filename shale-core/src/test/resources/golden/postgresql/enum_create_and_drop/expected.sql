-- CreateEnum
CREATE TYPE "New" AS ENUM ('B');

-- AlterTable
ALTER TABLE "T" DROP COLUMN "o",
ADD COLUMN     "n" "New" NOT NULL;

-- DropEnum
DROP TYPE "Old";
