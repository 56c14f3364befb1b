CREATE TABLE types (
  id INT PRIMARY KEY,
  a integer, b int, c bigint, d real, e float, f double, g "double precision", h numeric(10,2), i decimal,
  j boolean, k bool, l text, m varchar(10), n nchar(5), o character varying(3), p clob, q string,
  r date, s datetime, t timestamp, u blob, v binary, w jsonb, x json, y serial, z "int(11)", aa "unsigned big int"
);
CREATE TABLE rowid_pk (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE composite (a INTEGER, b TEXT, PRIMARY KEY (a, b));
