ALTER TABLE "Companion" ADD COLUMN "tags" TEXT[];
