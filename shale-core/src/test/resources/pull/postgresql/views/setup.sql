CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW "ActiveUser" AS SELECT id, email FROM "User" WHERE active;
CREATE VIEW "UserCount" AS SELECT count(*) AS n FROM "User";
