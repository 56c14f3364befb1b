INSERT INTO "User" ("email", "legacy") VALUES ('a@x', 'old-a'), ('b@x', 'old-b');
