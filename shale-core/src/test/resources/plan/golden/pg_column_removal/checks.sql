SELECT count(*) = 2 FROM "User";
SELECT string_agg("email", ',' ORDER BY "id") = 'a@x,b@x' FROM "User";
