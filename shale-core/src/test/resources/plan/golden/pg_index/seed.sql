INSERT INTO "Post" ("title") SELECT 'post ' || g FROM generate_series(1, 50) g;
