-- Give up rather than queue behind long queries on the tables to drop.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';
-- backup: take one of each table before deploying (see README.md).

-- DropTable
-- shale:ignore SH203 planned drop: the README's checks (no reads, backup taken) come first
DROP TABLE "Session";
