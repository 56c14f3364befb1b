SELECT count(*) = 2 FROM "User";
SELECT indisunique AND indisvalid FROM pg_index WHERE indexrelid = '"User_email_key"'::regclass;
