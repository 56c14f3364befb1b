INSERT INTO "User" ("role") VALUES ('USER'), ('ADMIN'), ('MODERATOR');
