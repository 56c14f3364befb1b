SELECT count(*) = 2 FROM "Product";
SELECT group_concat(typeof("price") || ':' || "price") = 'real:3.0,real:12.0' FROM (SELECT "price" FROM "Product" ORDER BY "id");
