-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver" (
    "id" INTEGER NOT NULL,
    "aVeryLongFieldNameThatIsAlsoQuiteLongIndeed" INTEGER NOT NULL,
    "anotherVeryLongFieldNameThatIsAlsoQuiteLong" INTEGER NOT NULL,
    "ref" INTEGER NOT NULL,

    CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_anothe_idx" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("anotherVeryLongFieldNameThatIsAlsoQuiteLong");

-- CreateIndex
CREATE UNIQUE INDEX "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_aVeryL_key" ON "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver"("aVeryLongFieldNameThatIsAlsoQuiteLongIndeed", "anotherVeryLongFieldNameThatIsAlsoQuiteLong");

-- AddForeignKey
ALTER TABLE "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver" ADD CONSTRAINT "AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEver_ref_fkey" FOREIGN KEY ("ref") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
