-- Fills the new columns. SQLite has no server-side loop, so this is one statement per column: on a
-- large database, run backfill.sql (one batch) repeatedly before deploying, and this finds nothing left.
UPDATE "Product" SET "price_new" = "price" WHERE "price_new" IS NULL AND "price" IS NOT NULL AND ("price") IS NOT NULL;
