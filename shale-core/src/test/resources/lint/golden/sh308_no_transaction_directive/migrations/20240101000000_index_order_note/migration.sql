-- shale:no-transaction
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Order_note_idx" ON "Order"("note");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Order_total_idx" ON "Order"("total");
