-- Give up rather than queue behind long queries: the switch needs a brief exclusive lock.
SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '1min';

-- shale:ignore SH210 planned switch: the new key's index was built concurrently (see README.md)
-- The old key goes and the new one adopts the index built before (renamed to the key's name).
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_pkey",
ADD CONSTRAINT "Membership_pkey" PRIMARY KEY USING INDEX "Membership_pkey_new";
