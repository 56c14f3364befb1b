SELECT count(*) = 2 FROM "Membership";
SELECT pg_get_constraintdef(oid) = 'PRIMARY KEY ("userId", "orgId")' FROM pg_constraint WHERE conname = 'Membership_pkey';
