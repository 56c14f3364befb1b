-- Catch up the rows written since the backfill (only those, so this is quick).
UPDATE "Product" SET "price_new" = "price" WHERE "price_new" IS NULL AND "price" IS NOT NULL AND ("price") IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER,
    "price_new" REAL
);
INSERT INTO "new_Product" ("id", "price", "price_new") SELECT "id", "price", "price_new" FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE INDEX "Product_price_idx" ON "Product"("price");
CREATE INDEX "Product_price_idx_new" ON "Product"("price_new");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- RenameColumn
ALTER TABLE "Product" RENAME COLUMN "price" TO "price_old";
ALTER TABLE "Product" RENAME COLUMN "price_new" TO "price";
