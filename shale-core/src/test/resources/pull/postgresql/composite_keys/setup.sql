CREATE TABLE "Member" ("orgId" int NOT NULL, "userId" int NOT NULL, role text, PRIMARY KEY ("orgId", "userId"));
CREATE UNIQUE INDEX "Member_role_orgId_key" ON "Member"(role, "orgId");
CREATE TABLE "Grant" (id int PRIMARY KEY, "orgId" int, "userId" int, FOREIGN KEY ("orgId", "userId") REFERENCES "Member"("orgId", "userId"));
CREATE TABLE "Named" (a int NOT NULL, b text NOT NULL, CONSTRAINT "named_pk" PRIMARY KEY (b, a));
CREATE TABLE "Child" (id int PRIMARY KEY, na int NOT NULL, nb text NOT NULL, CONSTRAINT "Child_na_nb_fkey" FOREIGN KEY (nb, na) REFERENCES "Named"(b, a) ON DELETE CASCADE);
