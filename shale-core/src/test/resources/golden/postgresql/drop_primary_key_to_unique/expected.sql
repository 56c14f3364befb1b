-- AlterTable
ALTER TABLE "T" DROP CONSTRAINT "T_pkey";

-- CreateIndex
CREATE UNIQUE INDEX "T_id_key" ON "T"("id");
