SET lock_timeout = '2s';
ALTER TABLE "Order" ADD COLUMN "note" TEXT;
