CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT NOT NULL);
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id");
ALTER TABLE "Order" ADD CONSTRAINT "Order_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") NOT VALID;
ALTER TABLE "Order" VALIDATE CONSTRAINT "Order_productId_fkey";
ALTER TABLE "Invoice" ADD COLUMN "orderId" INTEGER REFERENCES "Order"("id");
