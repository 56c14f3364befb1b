SELECT count(*) = 1 FROM "User";
