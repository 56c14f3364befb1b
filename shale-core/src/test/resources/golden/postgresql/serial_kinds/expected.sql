-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" SMALLSERIAL NOT NULL,
    "n" SERIAL NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" TEXT NOT NULL,
    "d" DECIMAL(5,2) NOT NULL DEFAULT 1.1,
    "t" TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "g" TEXT,
    "u" tsvector DEFAULT to_tsvector('english', ''),

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);
