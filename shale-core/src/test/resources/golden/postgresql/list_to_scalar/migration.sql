/*
  Warnings:

  - Changed the type of `nums` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "T" ALTER COLUMN "tags" SET NOT NULL,
ALTER COLUMN "tags" SET DATA TYPE TEXT,
DROP COLUMN "nums",
ADD COLUMN     "nums" INTEGER NOT NULL;
