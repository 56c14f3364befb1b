CREATE TABLE t (id int PRIMARY KEY, a int, deleted_at timestamp(3));
CREATE UNIQUE INDEX t_a_live ON t(a) WHERE deleted_at IS NULL;
