INSERT INTO "User" ("email", "nickname", "score") VALUES ('Ada@x', 'ada', 5), ('Bob@x', 'bob', 2147483647), ('Cy@x', 'cy', 0), ('Dee@x', 'dee', 7);
INSERT INTO "Post" ("title", "authorId") VALUES ('one', 1), ('two', 2), ('three', 4);
INSERT INTO "Session" ("id", "token") VALUES ('s1', 't1');
