SELECT count(*) = 3 FROM "User";
SELECT string_agg("role"::text, ',' ORDER BY "id") = 'USER,ADMIN,USER' FROM "User";
SELECT array_agg(enumlabel ORDER BY enumsortorder) = ARRAY['USER', 'ADMIN']::name[] FROM pg_enum WHERE enumtypid = '"Role"'::regtype;
