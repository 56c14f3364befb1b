SELECT count(*) = 3 FROM "Post";
SELECT convalidated FROM pg_constraint WHERE conname = 'Post_authorId_fkey';
