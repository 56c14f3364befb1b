SELECT count(*) = 2 FROM `Post`;
SELECT count(*) = 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'Post_title_key' AND non_unique = 0;
