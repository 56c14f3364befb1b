CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "note" VARCHAR(10),
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
