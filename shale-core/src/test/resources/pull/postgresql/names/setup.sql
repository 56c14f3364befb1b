CREATE TABLE "class" (id int PRIMARY KEY);
CREATE TABLE "1bad-name" (id int PRIMARY KEY, "2col" int, "my col" text, "model" int, "ÿ" int);
CREATE TABLE "_b" (id int PRIMARY KEY);
CREATE TABLE "select" (x int PRIMARY KEY);
CREATE TABLE "Order Items" (id int PRIMARY KEY, "order-id" int REFERENCES "select"(x));
CREATE TABLE "PrismaClient" (id int PRIMARY KEY);
