INSERT INTO "Team" ("code") VALUES ('red'), ('blue');
INSERT INTO "Member" ("teamCode") VALUES ('red'), ('red'), ('blue');
