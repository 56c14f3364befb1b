-- backup: the User table is in the nightly dump
ALTER TABLE "User" DROP COLUMN "legacy",
DROP COLUMN "old",
DROP COLUMN "notes",
DROP COLUMN "fax";
ALTER TABLE "Account" DROP COLUMN "pin";
