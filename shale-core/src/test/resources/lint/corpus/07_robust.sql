-- Statements written to be rerun safely, and others.
SET lock_timeout = '1s';
SET statement_timeout = '10s';
ALTER TABLE "Order" ADD COLUMN IF NOT EXISTS "channel" TEXT;
ALTER TABLE "Order" DROP COLUMN IF EXISTS "channel";
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Order_channel_idx" ON "Order"("channel");
ALTER TABLE "Order" ADD CONSTRAINT "Order_channel_check" CHECK ("channel" IS NOT NULL) NOT VALID;
ALTER TABLE "Order" VALIDATE CONSTRAINT "Order_channel_check";
ALTER TABLE "Order" ALTER COLUMN "channel" SET NOT NULL;
ALTER TABLE "Order" DROP CONSTRAINT "Order_channel_check";
COMMENT ON COLUMN "Order"."channel" IS 'sales channel';
