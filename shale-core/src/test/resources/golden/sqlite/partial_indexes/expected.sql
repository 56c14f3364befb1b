-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "deletedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "T_a_idx" ON "T"("a") WHERE "deletedAt" IS NULL;

-- CreateIndex
CREATE INDEX "T_active" ON "T"("status") WHERE status = 'active';

-- CreateIndex
CREATE UNIQUE INDEX "T_a_live" ON "T"("a") WHERE "deletedAt" IS NULL;
