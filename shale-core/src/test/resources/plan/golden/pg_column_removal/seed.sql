INSERT INTO "User" ("email", "legacy", "nickname") VALUES ('a@x', 'old-a', 'A'), ('b@x', 'old-b', NULL);
