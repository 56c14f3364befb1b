-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."Plan" AS ENUM ('FREE', 'PRO');

-- CreateTable
CREATE TABLE "billing"."Account" (
    "id" INTEGER NOT NULL,
    "plan" "billing"."Plan" NOT NULL DEFAULT 'FREE',

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."User" (
    "id" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_accountId_idx" ON "auth"."User"("accountId");

-- AddForeignKey
ALTER TABLE "auth"."User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "billing"."Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
