-- AlterTable
ALTER TABLE "User" ADD COLUMN "slug" TEXT;

UPDATE "User" SET "slug" = lower("name") WHERE "slug" IS NULL;

-- Slugs are derived from names; users without a name get their id.
UPDATE "User" SET "slug" = "id" WHERE "slug" IS NULL;

CREATE OR REPLACE FUNCTION set_slug() RETURNS trigger AS $$
BEGIN
  NEW."slug" := lower(NEW."name"); -- keep in sync
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
