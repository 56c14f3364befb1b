CREATE INDEX CONCURRENTLY "Order_note_idx" ON "Order"("note");
