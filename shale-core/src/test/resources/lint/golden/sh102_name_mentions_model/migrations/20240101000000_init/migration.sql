CREATE TABLE "Companion" ("id" TEXT NOT NULL, CONSTRAINT "Companion_pkey" PRIMARY KEY ("id"));
CREATE TABLE "CompanionPermission" ("id" TEXT NOT NULL, CONSTRAINT "CompanionPermission_pkey" PRIMARY KEY ("id"));
