-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "p" point,
    "t" tsvector,
    "c" circle[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
