-- Give up rather than queue behind long queries.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- DropForeignKey
ALTER TABLE "Member" DROP CONSTRAINT "Member_teamCode_fkey";

-- AlterTable
ALTER TABLE "Team" ALTER COLUMN "code" SET DATA TYPE VARCHAR(20);

-- AlterTable
ALTER TABLE "Member" ALTER COLUMN "teamCode" SET DATA TYPE VARCHAR(20);

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamCode_fkey" FOREIGN KEY ("teamCode") REFERENCES "Team"("code") ON DELETE CASCADE ON UPDATE CASCADE;
