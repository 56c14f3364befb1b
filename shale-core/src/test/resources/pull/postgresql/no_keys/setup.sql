CREATE TABLE beta (a int, b text);
CREATE TABLE "Owner" (id int PRIMARY KEY);
CREATE TABLE loose (owner_id int REFERENCES "Owner"(id), note text);
CREATE TABLE nullable_unique (x int UNIQUE, y int);
CREATE TABLE good_unique (x int NOT NULL UNIQUE, y int);
