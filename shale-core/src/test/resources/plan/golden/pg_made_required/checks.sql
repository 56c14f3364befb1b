SELECT count(*) = 3 FROM "User";
SELECT string_agg("name" || '/' || "country", ',' ORDER BY "id") = 'ada/UK,anonymous/unknown,anonymous/FR' FROM "User";
