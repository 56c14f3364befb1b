ALTR TABLE "User" ADD COLUMN "x" TEXT;
CREATE INDEX ON;
ALTER TABLE "User" ADD COLUMN "note" TEXT;
INSERT INTO "User" ("id", "name") VALUES ('1', 'unterminated);
