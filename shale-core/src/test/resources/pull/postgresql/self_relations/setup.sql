CREATE TABLE "User" (id serial, email text NOT NULL, "managerId" int, "mentorId" int, CONSTRAINT user_pk PRIMARY KEY (id));
CREATE UNIQUE INDEX "User_email_key" ON "User"(email);
ALTER TABLE "User" ADD CONSTRAINT "mgr" FOREIGN KEY ("managerId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE TABLE "Node" (id int PRIMARY KEY, "parentId" int REFERENCES "Node"(id));
CREATE TABLE "Twin" (id int PRIMARY KEY, "a" int REFERENCES "Twin"(id), "b" int REFERENCES "Twin"(id));
