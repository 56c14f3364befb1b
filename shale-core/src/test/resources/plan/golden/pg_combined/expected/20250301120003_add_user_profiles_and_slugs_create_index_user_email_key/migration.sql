-- shale:no-transaction

-- Builds the unique index "User_email_key" on "User" (email),
-- without blocking writes. CONCURRENTLY cannot run inside a transaction, so this migration holds only this statement.
CREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User"("email");
