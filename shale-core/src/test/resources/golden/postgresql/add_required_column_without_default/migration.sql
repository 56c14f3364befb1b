/*
  Warnings:

  - Added the required column `alpha` to the `User` table without a default value. This is not possible if the table is not empty.
  - Added the required column `zeta` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "alpha" INTEGER NOT NULL,
ADD COLUMN     "zeta" TEXT NOT NULL;
