SELECT count(*) = 2 FROM "Post";
SELECT count(*) = 1 FROM sqlite_master WHERE type = 'index' AND name = 'Post_title_key';
