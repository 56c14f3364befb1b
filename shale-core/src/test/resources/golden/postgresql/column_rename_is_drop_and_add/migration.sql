/*
  Warnings:

  - You are about to drop the column `oldName` on the `T` table. All the data in the column will be lost.
  - Added the required column `newName` to the `T` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "T" DROP COLUMN "oldName",
ADD COLUMN     "newName" TEXT NOT NULL;
