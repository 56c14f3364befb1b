/*
  Warnings:

  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "Old";

-- CreateTable
CREATE TABLE "New" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);
