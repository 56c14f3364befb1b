-- Catch up the rows written since the backfill, so the column can become required.
UPDATE "User" SET "slug" = lower("email") WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "slug" TEXT NOT NULL
);
INSERT INTO "new_User" ("email", "id", "slug") SELECT "email", "id", "slug" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
