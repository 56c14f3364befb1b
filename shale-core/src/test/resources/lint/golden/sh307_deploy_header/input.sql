-- shale:lock-timeout 5s
-- shale:statement-timeout 15min
ALTER TABLE "Order" ADD COLUMN "note" TEXT;
