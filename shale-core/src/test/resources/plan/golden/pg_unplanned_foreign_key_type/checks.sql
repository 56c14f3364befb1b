SELECT count(*) = 3 FROM "Member";
SELECT string_agg("teamCode", ',' ORDER BY "id") = 'red,red,blue' FROM "Member";
SELECT character_maximum_length = 20 FROM information_schema.columns WHERE table_name = 'Member' AND column_name = 'teamCode';
