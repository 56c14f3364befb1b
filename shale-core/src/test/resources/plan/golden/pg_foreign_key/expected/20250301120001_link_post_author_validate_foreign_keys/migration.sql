-- VALIDATE CONSTRAINT reads the whole table but only takes a SHARE UPDATE EXCLUSIVE lock: reads and
-- writes go on. The statement timeout is long because the scan takes as long as the table is big.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1h';

ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";
