-- Fills the new columns. SQLite has no server-side loop, so this is one statement per column: on a
-- large database, run backfill.sql (one batch) repeatedly before deploying, and this finds nothing left.
UPDATE "User" SET "slug" = lower("email") WHERE "slug" IS NULL AND (lower("email")) IS NOT NULL;
