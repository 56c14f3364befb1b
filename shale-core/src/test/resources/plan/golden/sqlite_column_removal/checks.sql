SELECT count(*) = 2 FROM "User";
SELECT group_concat("email") = 'a@x,b@x' FROM (SELECT "email" FROM "User" ORDER BY "id");
