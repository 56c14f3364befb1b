-- Indexes on existing tables, safe and unsafe.
CREATE INDEX "Order_customerId_idx" ON "Order"("customerId");
CREATE UNIQUE INDEX "Customer_email_key" ON "Customer"("email");
CREATE INDEX CONCURRENTLY "Order_createdAt_idx" ON "Order"("createdAt");
CREATE INDEX CONCURRENTLY IF NOT EXISTS order_status_idx ON public."Order" USING btree (status) WHERE status <> 'done';
CREATE INDEX idx_lower_email ON customer (lower(email));
DROP INDEX "Order_customerId_idx";
DROP INDEX CONCURRENTLY IF EXISTS "Order_createdAt_idx";
REINDEX INDEX "Customer_email_key";
