-- shale:ignore-file SH307 the deploy job sets both timeouts
CREATE INDEX "Order_customerId_idx" ON "Order"("customerId"); -- shale:ignore SH301 Order has 300 rows
CREATE INDEX "Order_status_idx" ON "Order"("status");
