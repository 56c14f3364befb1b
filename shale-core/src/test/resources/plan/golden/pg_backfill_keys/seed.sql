INSERT INTO "Membership" ("userId", "orgId", "role") VALUES (1, 1, 'owner'), (1, 2, 'member'), (2, 1, 'member'), (2, 2, 'owner'), (3, 1, 'guest');
INSERT INTO "Tag" ("name") VALUES ('Java'), ('SQL'), ('Rust'), ('Go'), ('Zig');
