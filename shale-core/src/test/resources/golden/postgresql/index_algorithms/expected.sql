-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "j" JSONB NOT NULL,
    "s" TEXT NOT NULL,
    "t" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_a_idx" ON "T" USING HASH ("a");

-- CreateIndex
CREATE INDEX "T_j_idx" ON "T" USING GIN ("j" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "T_s_idx" ON "T" USING SPGIST ("s");

-- CreateIndex
CREATE INDEX "T_t_idx" ON "T" USING BRIN ("t");
