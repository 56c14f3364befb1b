-- AlterTable
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_pkey",
ADD CONSTRAINT "Tag_pkey" PRIMARY KEY ("slug");
