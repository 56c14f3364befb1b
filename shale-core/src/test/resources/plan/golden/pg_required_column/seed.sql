INSERT INTO "User" ("email") VALUES ('Ada@Example.com'), ('bob@example.com'), ('Cy@Example.com'), ('dee@example.com'), ('Eve@example.com');
