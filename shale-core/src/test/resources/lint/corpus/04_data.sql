-- Data changes inside a migration.
UPDATE "Customer" SET "score" = 0;
UPDATE "Customer" SET "score" = 0 WHERE "score" IS NULL AND id < 10000;
DELETE FROM "Session";
DELETE FROM "Session" WHERE "expiresAt" < now();
INSERT INTO "Role" ("name") VALUES ('ADMIN'), ('USER');
TRUNCATE "AuditLog";
