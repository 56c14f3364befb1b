INSERT INTO "Product" ("name", "price") VALUES ('pen', 3), ('book', 12), ('lamp', 40);
