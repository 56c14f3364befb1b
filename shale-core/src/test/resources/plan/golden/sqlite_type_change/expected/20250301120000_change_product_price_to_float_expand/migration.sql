-- AlterTable
ALTER TABLE "Product" ADD COLUMN "price_new" REAL;
