-- DropTable
DROP TABLE "T";

-- CreateTable
CREATE TABLE "auth"."T" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
