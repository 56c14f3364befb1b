-- CreateTable
CREATE TABLE "UserProfile" ("id" TEXT NOT NULL, CONSTRAINT "UserProfile_pkey" PRIMARY KEY ("id"));
