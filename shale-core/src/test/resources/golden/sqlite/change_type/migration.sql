/*
  Warnings:

  - You are about to alter the column `b` on the `T` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.
  - You are about to alter the column `c` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Float` to `Decimal`.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "c" DECIMAL
);
INSERT INTO "new_T" ("a", "b", "c", "id") SELECT "a", "b", "c", "id" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
