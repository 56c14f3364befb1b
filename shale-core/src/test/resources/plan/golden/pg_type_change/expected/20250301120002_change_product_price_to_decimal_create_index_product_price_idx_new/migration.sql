-- shale:no-transaction

-- Builds the index "Product_price_idx_new" on "Product" (price_new): the index "Product_price_idx" of the new column, renamed to that when the old column and its index are dropped,
-- without blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration holds only this statement.
CREATE INDEX CONCURRENTLY "Product_price_idx_new" ON "Product"("price_new");
