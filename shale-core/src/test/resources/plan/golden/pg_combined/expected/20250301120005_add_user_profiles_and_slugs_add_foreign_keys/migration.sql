-- Give up rather than queue behind long queries on the tables involved.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userEmail_fkey" FOREIGN KEY ("userEmail") REFERENCES "User"("email") ON DELETE CASCADE ON UPDATE CASCADE NOT VALID;
