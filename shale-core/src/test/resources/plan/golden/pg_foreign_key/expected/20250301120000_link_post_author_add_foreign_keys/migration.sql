-- Give up rather than queue behind long queries on the tables involved.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
