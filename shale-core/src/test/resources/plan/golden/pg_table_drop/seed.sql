INSERT INTO "User" ("id") VALUES (1), (2);
INSERT INTO "AuditLog" ("message") VALUES ('old');
