SELECT count(*) = 2 FROM "User";
SELECT to_regclass('"AuditLog"') IS NULL;
