-- Give up rather than queue behind long queries on the tables that use the enum.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- Refuse to run while a row still holds a removed value (move them first: see README.md).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "User" WHERE "role"::text IN ('MODERATOR')) THEN
    RAISE EXCEPTION 'rows of "User"."role" still hold MODERATOR: move them to another value first (see README.md)';
  END IF;
END $$;

-- AlterEnum
-- shale:ignore SH208 planned removal: the guard above refuses rows holding the removed values (see README.md)
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
-- shale:ignore SH204,SH306 the enum's columns are converted to the recreated type, which rewrites their table (see README.md)
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
