-- AlterEnum
BEGIN;
CREATE TYPE "Mood_new" AS ENUM ('A');
ALTER TABLE "T" ALTER COLUMN "m" DROP DEFAULT;
ALTER TABLE "V" ALTER COLUMN "m" TYPE "Mood_new" USING ("m"::text::"Mood_new");
ALTER TYPE "Mood" RENAME TO "Mood_old";
ALTER TYPE "Mood_new" RENAME TO "Mood";
DROP TYPE "Mood_old";
COMMIT;

-- AlterTable
ALTER TABLE "T" DROP COLUMN "k",
DROP COLUMN "m";

-- DropTable
DROP TABLE "U";
