/*
  Warnings:

  - You are about to alter the column `b` on the `T` table. The data in that column could be lost. The data in that column will be cast from `VarChar(200)` to `VarChar(100)`.

*/
-- AlterTable
ALTER TABLE "T" ALTER COLUMN "a" SET DATA TYPE VARCHAR(20),
ALTER COLUMN "b" SET DATA TYPE VARCHAR(100),
ALTER COLUMN "c" SET DATA TYPE TEXT;
