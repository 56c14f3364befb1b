-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Color" AS ENUM ('RED', 'GREEN');

-- CreateTable
CREATE TABLE "T" (
    "id" TEXT NOT NULL,
    "cuid" TEXT NOT NULL,
    "s" TEXT NOT NULL DEFAULT 'it''s "quoted"',
    "i" INTEGER NOT NULL DEFAULT -3,
    "big" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f" DOUBLE PRECISION NOT NULL DEFAULT 1.25,
    "d" DECIMAL(65,30) NOT NULL DEFAULT 3.1400,
    "b" BOOLEAN NOT NULL DEFAULT true,
    "at" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-02 03:04:05.678 +00:00',
    "now" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "j" JSONB NOT NULL DEFAULT '{"a": [1, 2]}',
    "bytes" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "color" "Color" NOT NULL DEFAULT 'GREEN',
    "colors" "Color"[] DEFAULT ARRAY['RED', 'GREEN']::"Color"[],
    "ints" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "strs" TEXT[] DEFAULT ARRAY['a', 'b''s']::TEXT[],
    "empty" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "gen" TEXT NOT NULL DEFAULT gen_random_uuid(),
    "updated" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
