-- DropTable
DROP TABLE "Old";

-- CreateTable
CREATE TABLE "New" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);
