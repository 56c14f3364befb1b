-- Foreign keys and checks on existing tables.
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") NOT VALID;
ALTER TABLE "Order" VALIDATE CONSTRAINT "Order_productId_fkey";
ALTER TABLE "Invoice" ADD COLUMN "orderId" INTEGER REFERENCES "Order"("id");
ALTER TABLE "Order" ADD CONSTRAINT "Order_total_check" CHECK ("total" >= 0);
ALTER TABLE "Order" ADD CONSTRAINT "Order_qty_check" CHECK (qty > 0) NOT VALID;
ALTER TABLE "Order" VALIDATE CONSTRAINT "Order_qty_check";
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_email_key" UNIQUE ("email");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_email_key2" UNIQUE USING INDEX "Customer_email_idx";
ALTER TABLE "Order" DROP CONSTRAINT "Order_customerId_fkey";
