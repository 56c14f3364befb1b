-- shale:no-transaction

-- Builds the index "Post_title_idx" on "Post" (title),
-- without blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration holds only this statement.
CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post"("title");
