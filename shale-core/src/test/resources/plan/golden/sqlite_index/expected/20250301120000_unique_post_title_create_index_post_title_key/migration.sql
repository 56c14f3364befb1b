-- Builds the unique index "Post_title_key" on "Post" (title).
-- SQLite cannot build an index without blocking writers: deploy at a quiet time.
CREATE UNIQUE INDEX "Post_title_key" ON "Post"("title");
