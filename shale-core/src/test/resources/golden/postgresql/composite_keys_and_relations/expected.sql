-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" INTEGER NOT NULL,
    "pa" INTEGER NOT NULL,
    "pb" TEXT NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Child_pa_pb_key" ON "Child"("pa", "pb");

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Parent"("a", "b") ON DELETE RESTRICT ON UPDATE CASCADE;
