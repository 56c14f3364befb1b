CREATE TABLE "a_really_long_table_name_that_goes_on_and_on_and_on_forever" (id int PRIMARY KEY, "a_really_long_column_name_for_the_relation_scalar_here" int NOT NULL, other int NOT NULL);
CREATE TABLE target (id int PRIMARY KEY);
ALTER TABLE "a_really_long_table_name_that_goes_on_and_on_and_on_forever" ADD CONSTRAINT "a_really_long_table_name_that_goes_on_and_on_and_on_forever_a_fkey" FOREIGN KEY ("a_really_long_column_name_for_the_relation_scalar_here") REFERENCES target(id) ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "a_really_long_table_name_that_goes_on_and_on_and_on_forever__idx" ON "a_really_long_table_name_that_goes_on_and_on_and_on_forever"(other, "a_really_long_column_name_for_the_relation_scalar_here");
CREATE UNIQUE INDEX "a_really_long_table_name_that_goes_on_and_on_and_on_forever_key" ON "a_really_long_table_name_that_goes_on_and_on_and_on_forever"(other);
