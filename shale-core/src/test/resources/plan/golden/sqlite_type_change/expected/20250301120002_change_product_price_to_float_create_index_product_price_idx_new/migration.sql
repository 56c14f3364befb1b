-- Builds the index "Product_price_idx_new" on "Product" (price_new): the index "Product_price_idx" of the new column, renamed to that when the old column and its index are dropped.
-- SQLite cannot build an index without blocking writers: deploy at a quiet time.
CREATE INDEX "Product_price_idx_new" ON "Product"("price_new");
