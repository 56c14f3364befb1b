/*
  Warnings:

  - The `b` column on the `T` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - Changed the type of `a` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "T" DROP COLUMN "a",
ADD COLUMN     "a" INTEGER NOT NULL,
DROP COLUMN "b",
ADD COLUMN     "b" INTEGER;
