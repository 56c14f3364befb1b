-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "kind_enum" AS ENUM ('one', 'two');

-- CreateTable
CREATE TABLE "things" (
    "thing_id" INTEGER NOT NULL,
    "kind_col" "kind_enum" NOT NULL DEFAULT 'one',
    "other_ref" INTEGER NOT NULL,

    CONSTRAINT "things_pkey" PRIMARY KEY ("thing_id")
);

-- CreateTable
CREATE TABLE "others" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "others_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "things_kind_col_idx" ON "things"("kind_col");

-- AddForeignKey
ALTER TABLE "things" ADD CONSTRAINT "things_other_ref_fkey" FOREIGN KEY ("other_ref") REFERENCES "others"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
