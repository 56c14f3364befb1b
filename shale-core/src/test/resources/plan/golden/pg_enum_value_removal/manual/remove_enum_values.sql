UPDATE "User" SET "role" = 'USER' WHERE "role" = 'MODERATOR';
