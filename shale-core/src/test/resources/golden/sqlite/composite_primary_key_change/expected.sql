-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);
INSERT INTO "new_T" ("a", "b") SELECT "a", "b" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
