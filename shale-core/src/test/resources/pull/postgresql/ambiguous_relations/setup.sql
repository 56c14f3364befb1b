CREATE TABLE "Zeta" (id int PRIMARY KEY);
CREATE TABLE alpha (id int PRIMARY KEY, "zetaId" int REFERENCES "Zeta"(id) ON DELETE CASCADE, other int REFERENCES "Zeta"(id));
CREATE TABLE beta (id int PRIMARY KEY, "Zeta" int REFERENCES "Zeta"(id));
CREATE TABLE gamma (id int PRIMARY KEY, z1 int NOT NULL, z2 int NOT NULL);
ALTER TABLE gamma ADD CONSTRAINT gamma_z FOREIGN KEY (z1) REFERENCES "Zeta"(id);
ALTER TABLE gamma ADD CONSTRAINT gamma_z_dup FOREIGN KEY (z1) REFERENCES "Zeta"(id);
