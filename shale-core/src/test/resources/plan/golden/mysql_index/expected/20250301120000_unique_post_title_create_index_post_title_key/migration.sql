-- Builds the unique index "Post_title_key" on "Post" (title),
-- with online DDL: ALGORITHM=INPLACE, LOCK=NONE makes the statement fail rather than block writes.
SET SESSION lock_wait_timeout = 5;
CREATE UNIQUE INDEX `Post_title_key` ON `Post`(`title`) ALGORITHM=INPLACE LOCK=NONE;
