/*
  Warnings:

  - You are about to drop the column `o` on the `T` table. All the data in the column will be lost.
  - Added the required column `n` to the `T` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "New" AS ENUM ('B');

-- AlterTable
ALTER TABLE "T" DROP COLUMN "o",
ADD COLUMN     "n" "New" NOT NULL;

-- DropEnum
DROP TYPE "Old";
