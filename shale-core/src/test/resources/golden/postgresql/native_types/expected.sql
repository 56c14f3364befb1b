-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" SMALLINT NOT NULL,
    "a" VARCHAR(255) NOT NULL,
    "b" CHAR(10) NOT NULL,
    "c" UUID NOT NULL,
    "d" INET NOT NULL,
    "e" XML NOT NULL,
    "f" BIT(3) NOT NULL,
    "g" VARBIT(8) NOT NULL,
    "h" DECIMAL(10,2) NOT NULL,
    "i" MONEY NOT NULL,
    "j" REAL NOT NULL,
    "k" TIMESTAMPTZ(6) NOT NULL,
    "l" TIME(3) NOT NULL,
    "m" TIMETZ NOT NULL,
    "n" DATE NOT NULL,
    "o" TIMESTAMP NOT NULL,
    "p" JSON NOT NULL,
    "q" OID NOT NULL,
    "r" BIGINT NOT NULL,
    "s" TEXT NOT NULL,
    "t" BYTEA NOT NULL,
    "u" BOOLEAN NOT NULL,
    "v" VARCHAR,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
