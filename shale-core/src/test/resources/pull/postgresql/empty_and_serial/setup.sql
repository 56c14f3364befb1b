CREATE TABLE no_columns ();
CREATE TABLE serials (a smallserial PRIMARY KEY, b bigserial NOT NULL, c serial, d int GENERATED ALWAYS AS IDENTITY);
CREATE UNIQUE INDEX serials_b_key ON serials(b);
