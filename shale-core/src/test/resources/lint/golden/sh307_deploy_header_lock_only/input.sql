-- shale:lock-timeout 5s
ALTER TABLE "Order" ADD COLUMN "note" TEXT;
