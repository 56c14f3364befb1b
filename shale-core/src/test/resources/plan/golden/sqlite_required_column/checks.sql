SELECT count(*) = 3 FROM "User";
SELECT count(*) = 0 FROM "User" WHERE "slug" IS NOT lower("email");
