SELECT count(*) = 3 FROM "Product";
SELECT string_agg("name" || '=' || "price"::text, ',' ORDER BY "id") = 'pen=3.00,book=12.00,lamp=40.00' FROM "Product";
SELECT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'Product' AND column_name LIKE 'price\_%');
