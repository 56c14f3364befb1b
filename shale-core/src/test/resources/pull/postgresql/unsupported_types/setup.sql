CREATE TABLE gamma (id int PRIMARY KEY, p point, c int, iv interval, tsv tsvector, box1 box, ir int4range, arr_pt point[], "required_geo" circle NOT NULL);
CREATE TABLE keyed_by_unsupported (iv interval PRIMARY KEY, x int);
