/*
  Warnings:

  - The primary key for the `T` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - A unique constraint covering the columns `[id]` on the table `T` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "T" DROP CONSTRAINT "T_pkey";

-- CreateIndex
CREATE UNIQUE INDEX "T_id_key" ON "T"("id");
