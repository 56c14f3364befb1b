CREATE TABLE "User" (id serial PRIMARY KEY);
CREATE TABLE "Post" (id serial PRIMARY KEY, "authorId" int NOT NULL);
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
