-- Transactions and timeouts.
BEGIN;
CREATE INDEX CONCURRENTLY "Order_note_idx" ON "Order"("note");
COMMIT;
SET lock_timeout = '2s';
SET statement_timeout = '5min';
ALTER TABLE "Order" ADD COLUMN "note2" TEXT;
ALTER TABLE "Order" ALTER COLUMN "note2" SET DEFAULT 'x';
VACUUM ANALYZE "Order";
