-- shale:no-transaction

-- Builds the unique index "Membership_pkey_new" on "Membership" (userId, orgId): the unique index the new primary key is switched onto,
-- without blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration holds only this statement.
CREATE UNIQUE INDEX CONCURRENTLY "Membership_pkey_new" ON "Membership"("userId", "orgId");
