-- shale:no-transaction

-- Builds the index "Product_price_idx" for the new column (named "Product_price_idx_new" until the old column and its index are dropped) "Product_price_idx_new" on "Product"
-- without blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration holds only this statement.
CREATE INDEX CONCURRENTLY "Product_price_idx_new" ON "Product"("price_new");
