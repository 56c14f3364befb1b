/*
  Warnings:

  - A unique constraint covering the columns `[a]` on the table `T` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[a,b]` on the table `T` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b");
