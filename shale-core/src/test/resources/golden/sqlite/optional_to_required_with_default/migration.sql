/*
  Warnings:

  - Made the column `b` on table `T` required. This step will fail if there are existing NULL values in that column.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" INTEGER NOT NULL DEFAULT 5,
    "b" TEXT NOT NULL
);
INSERT INTO "new_T" ("a", "b", "id") SELECT coalesce("a", 5) AS "a", "b", "id" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
