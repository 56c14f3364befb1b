INSERT INTO "User" ("email") VALUES ('a@x'), ('b@x');
