CREATE TYPE "user_role" AS ENUM ('admin', 'member', 'new_val');
CREATE TABLE users (id serial PRIMARY KEY, email_address text NOT NULL, role user_role NOT NULL DEFAULT 'member', created_at timestamp(3) NOT NULL DEFAULT now(), updated_at timestamp(3) NOT NULL, token text, extra int);
CREATE UNIQUE INDEX users_email_address_key ON users(email_address);
CREATE TABLE posts (id serial PRIMARY KEY, author_id int NOT NULL REFERENCES users(id) ON DELETE CASCADE, title text NOT NULL, reviewer_id int REFERENCES users(id));
CREATE INDEX posts_title_idx ON posts(title);
CREATE INDEX posts_author_id_title_idx ON posts(author_id, title);
CREATE TABLE "Brand_New" (id int PRIMARY KEY);
CREATE TABLE composite (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE "Ignored" (id int PRIMARY KEY, x int);
