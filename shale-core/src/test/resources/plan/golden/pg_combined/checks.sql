SELECT count(*) = 4 FROM "User";
SELECT string_agg("slug" || ':' || "score", ',' ORDER BY "id") = 'ada@x:5,bob@x:2147483647,cy@x:0,dee@x:7' FROM "User";
SELECT string_agg("title", ',' ORDER BY "id") = 'one,two,three' FROM "Post";
SELECT to_regclass('"Session"') IS NULL;
SELECT bool_and(convalidated) FROM pg_constraint WHERE contype = 'f';
