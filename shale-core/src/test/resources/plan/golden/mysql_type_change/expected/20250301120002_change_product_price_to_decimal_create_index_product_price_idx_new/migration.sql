-- Builds the index "Product_price_idx_new" on "Product" (price_new): the index "Product_price_idx" of the new column, renamed to that when the old column and its index are dropped,
-- with online DDL: ALGORITHM=INPLACE, LOCK=NONE makes the statement fail rather than block writes.
SET SESSION lock_wait_timeout = 5;
CREATE INDEX `Product_price_idx_new` ON `Product`(`price_new`) ALGORITHM=INPLACE LOCK=NONE;
