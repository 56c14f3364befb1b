INSERT INTO "Membership" ("userId", "orgId", "role") VALUES (1, 10, 'owner'), (2, 10, 'member');
