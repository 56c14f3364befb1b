SELECT count(*) = 3 FROM `Post`;
SELECT count(*) = 1 FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND constraint_name = 'Post_authorId_fkey';
