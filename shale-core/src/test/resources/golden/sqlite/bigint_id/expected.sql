-- CreateTable
CREATE TABLE "T" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "n" JSONB
);
