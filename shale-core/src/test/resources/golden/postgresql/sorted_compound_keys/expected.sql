-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("a","b")
);

-- CreateIndex
CREATE INDEX "T_b_c_idx" ON "T"("b", "c" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "T_c_a_key" ON "T"("c" DESC, "a");
