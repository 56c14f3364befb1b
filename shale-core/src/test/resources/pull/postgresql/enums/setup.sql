CREATE TYPE "zz" AS ENUM ('a');
CREATE TYPE "Aa" AS ENUM ('b');
CREATE TYPE "_x" AS ENUM ('c');
CREATE TYPE "E" AS ENUM ('', 'ok', '1x', 'with space');
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "UsesE" (
  id int PRIMARY KEY,
  e "E" DEFAULT '',
  e2 "E" DEFAULT '1x',
  roles "Role"[] DEFAULT ARRAY['USER']::"Role"[],
  r "Role" NOT NULL DEFAULT 'ADMIN',
  z zz,
  a "Aa"
);
