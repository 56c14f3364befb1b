CREATE TYPE "Level" AS ENUM ('LOW', 'HIGH');
CREATE TABLE "Account" (id text PRIMARY KEY, slug text NOT NULL, tenant text NOT NULL, code text, level "Level" NOT NULL DEFAULT 'LOW', nick text);
CREATE UNIQUE INDEX "Account_slug_tenant_key" ON "Account"(slug, tenant);
CREATE TABLE "Legacy" (a int, b int);
CREATE VIEW "AccountView" AS SELECT id, slug FROM "Account";
CREATE VIEW "Fresh" AS SELECT id FROM "Account";
