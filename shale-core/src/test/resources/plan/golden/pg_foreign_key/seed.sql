INSERT INTO "User" ("id") VALUES (1), (2);
INSERT INTO "Post" ("authorId") VALUES (1), (1), (2);
