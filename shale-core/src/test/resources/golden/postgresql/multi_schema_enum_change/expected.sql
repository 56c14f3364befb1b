-- AlterEnum
BEGIN;
CREATE TYPE "a"."E_new" AS ENUM ('X', 'Z');
ALTER TABLE "a"."T" ALTER COLUMN "e" DROP DEFAULT;
ALTER TABLE "a"."T" ALTER COLUMN "e" TYPE "a"."E_new" USING ("e"::text::"a"."E_new");
ALTER TYPE "a"."E" RENAME TO "E_old";
ALTER TYPE "a"."E_new" RENAME TO "E";
DROP TYPE "a"."E_old";
ALTER TABLE "a"."T" ALTER COLUMN "e" SET DEFAULT 'X';
COMMIT;
