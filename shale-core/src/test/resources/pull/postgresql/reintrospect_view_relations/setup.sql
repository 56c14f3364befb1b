CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL);
CREATE TABLE "Post" (id serial PRIMARY KEY, "authorId" int NOT NULL, title text NOT NULL);
CREATE VIEW "PostStats" AS SELECT "authorId", title, count(*) AS n FROM "Post" GROUP BY "authorId", title;
