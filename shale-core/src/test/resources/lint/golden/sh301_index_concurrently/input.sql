CREATE TABLE "Tag" ("id" INTEGER NOT NULL, "label" TEXT NOT NULL);
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");
CREATE INDEX "Order_customerId_idx" ON "Order"("customerId");
CREATE INDEX CONCURRENTLY "Order_createdAt_idx" ON "Order"("createdAt");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_email_key" UNIQUE ("email");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_code_key" UNIQUE USING INDEX "Customer_code_idx";
