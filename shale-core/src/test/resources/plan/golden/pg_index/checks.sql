SELECT count(*) = 50 FROM "Post";
SELECT indisvalid FROM pg_index WHERE indexrelid = '"Post_title_idx"'::regclass;
