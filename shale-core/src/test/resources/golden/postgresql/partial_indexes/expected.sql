-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_a_idx" ON "T"("a") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "T_active" ON "T"("status") WHERE (status = 'active');

-- CreateIndex
CREATE UNIQUE INDEX "T_a_live" ON "T"("a") WHERE ("deletedAt" IS NULL);
