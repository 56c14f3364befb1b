CREATE TABLE "User" ("id" TEXT NOT NULL, "fullname" TEXT, "age" INTEGER, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
