CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE "Profile" (id serial PRIMARY KEY, "userId" int NOT NULL UNIQUE REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE, bio text);
CREATE TABLE "Settings" ("userId" int PRIMARY KEY REFERENCES "User"(id), theme text);
CREATE TABLE "Avatar" (id int PRIMARY KEY, "userEmail" text UNIQUE REFERENCES "User"(email));
