SELECT count(*) = 5 FROM "User";
SELECT count(*) = 0 FROM "User" WHERE "slug" IS DISTINCT FROM lower("email");
