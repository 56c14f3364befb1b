CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "legacy" TEXT NOT NULL,
    "old" TEXT NOT NULL,
    "notes" TEXT,
    "fax" TEXT NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
