-- Other statements a hand-written migration may hold.
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'Tier') THEN
    CREATE TYPE "Tier" AS ENUM ('FREE', 'PRO');
  END IF;
END
$$;
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $body$
BEGIN
  NEW."updatedAt" := now(); -- keep the timestamp fresh; it has a ; inside
  RETURN NEW;
END;
$body$ LANGUAGE plpgsql;
CREATE TRIGGER customer_touch BEFORE UPDATE ON "Customer" FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TABLE "Customer" ALTER COLUMN "bio" TYPE TEXT;
ALTER TABLE "Customer" ADD COLUMN "tier" "Tier" NOT NULL DEFAULT 'FREE';
GRANT SELECT ON "Customer" TO reporting;
CREATE VIEW active_customers AS SELECT * FROM "Customer" WHERE "deletedAt" IS NULL;
ALTER TABLE "Customer" SET (fillfactor = 90);
LOCK TABLE "Customer" IN ACCESS EXCLUSIVE MODE;
