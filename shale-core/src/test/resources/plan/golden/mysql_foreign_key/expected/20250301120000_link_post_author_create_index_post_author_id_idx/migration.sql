-- Builds the index "Post_authorId_idx" on "Post" (authorId),
-- with online DDL: ALGORITHM=INPLACE, LOCK=NONE makes the statement fail rather than block writes.
SET SESSION lock_wait_timeout = 5;
CREATE INDEX `Post_authorId_idx` ON `Post`(`authorId`) ALGORITHM=INPLACE LOCK=NONE;
