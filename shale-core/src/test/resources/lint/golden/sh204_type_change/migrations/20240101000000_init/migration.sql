CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "price" DOUBLE PRECISION NOT NULL,
    "code" TEXT NOT NULL,
    "label" VARCHAR(50) NOT NULL,
    "qty" BIGINT NOT NULL,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
