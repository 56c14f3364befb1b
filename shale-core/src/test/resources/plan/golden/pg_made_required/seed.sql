INSERT INTO "User" ("name", "country") VALUES ('ada', 'UK'), (NULL, NULL), (NULL, 'FR');
